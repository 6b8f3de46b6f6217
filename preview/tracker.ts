// The spreadsheet behind the preview: the emulator running dist/Code.js, started from the demo Log
// or a runner's export, set up by the add-on's own onOpen and Set up tracker, and changed only the
// ways a runner changes a spreadsheet — typing into cells, the add-on menu, the sidebar's server
// calls. Every change that writes is journalled (./store.ts) so a restart replays it.

import { createEmulator, Emulator } from '../emulator';
import { answerScriptRun, errorMessage, scriptRunShim, ScriptRunReply } from '../emulator/scriptRun';
import { COLUMNS, LOG_HEADER, STANDARD_KEYS } from '../src/core/log/columns';
import type { ImportResult } from '../src/sheets/sidebarContract';
import type { EditReply, RunReply, SpreadsheetView, UiEvents } from './contract';
import { demoLog } from './demoLog';
import { cellRef, sheetView } from './sheetView';
import { JournalEntry, SavedState, PreviewError } from './store';

export const SPREADSHEET_TITLE = 'Ultra Tracker preview';

/** google.script.run in the sidebar: each call is a POST to /rpc, answered by answerScriptRun. */
const SHIM = scriptRunShim(`(name, args) => fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args }) }).then((r) => r.json())`);

export interface TrackerOptions {
  /** dist/Code.js, as built. */
  code: string;
  /** The folder holding dist/Sidebar.html. */
  dist: string;
  /** Called with the state after every change that wrote to the spreadsheet. */
  save: (state: SavedState) => void;
}

export interface Opened {
  tracker: Tracker;
  /** What importing the runner's export added (for --log). */
  imported?: ImportResult;
  /** Journal entries that failed to replay (they are dropped). */
  notReplayed: string[];
}

export class Tracker {
  constructor(readonly emu: Emulator, private readonly state: SavedState, private readonly save: (state: SavedState) => void) {}

  spreadsheet(): SpreadsheetView {
    const ss = this.emu.spreadsheet;
    const menu = this.emu.ui.menus.find((m) => m.caption === undefined)?.items ?? [];
    return {
      title: SPREADSHEET_TITLE,
      timeZone: ss.getSpreadsheetTimeZone(),
      sheets: ss.getSheets().map((s) => s.getName()),
      active: ss.getActiveSheet().getName(),
      menu: menu.map((item) => (item ? { caption: item.caption, functionName: item.functionName } : null)),
      revision: this.emu.revision(),
    };
  }

  sheet(name: string) {
    return sheetView(this.emu, name);
  }

  /** Types text into a cell, as the runner does in Sheets. */
  edit(sheet: string, row: number, col: number, text: string): EditReply {
    const target = this.emu.spreadsheet.getSheetByName(sheet);
    if (!target) throw new PreviewError(`There is no sheet named "${sheet}".`);
    if (row >= target.getMaxRows() || col >= target.getMaxColumns()) throw new PreviewError(`${cellRef(sheet, row, col)} is outside the sheet.`);
    const entry: JournalEntry = { kind: 'edit', sheet: target.getName(), row, col, text };
    const refused = this.record(entry, () => this.emu.type(cellRef(target.getName(), row, col), text), (message) => message !== undefined);
    return { ...(refused === undefined ? {} : { refused }), sheet: this.sheet(target.getName()) };
  }

  /** Runs an item of the add-on menu; returns what it showed. */
  runMenuItem(functionName: string): RunReply {
    if (!this.spreadsheet().menu.some((item) => item?.functionName === functionName)) {
      return { ui: emptyUi(), error: `The add-on menu has no item running ${functionName}.` };
    }
    const ui = this.emu.ui;
    const seen = { toasts: ui.toasts.length, alerts: ui.alerts.length, sidebars: ui.sidebars.length, dialogs: ui.dialogs.length };
    let error: string | undefined;
    try {
      this.record({ kind: 'run', name: functionName, args: [] }, () => this.emu.run(functionName));
    } catch (e) {
      error = errorMessage(e);
    }
    const sidebar = ui.sidebars.length > seen.sidebars ? ui.sidebars.length - 1 : undefined;
    const dialog = ui.dialogs.length > seen.dialogs ? ui.dialogs.length - 1 : undefined;
    return {
      ui: {
        toasts: ui.toasts.slice(seen.toasts).map(({ title, message, timeoutSeconds }) => ({ title, message, timeoutSeconds })),
        alerts: ui.alerts.slice(seen.alerts).map(({ title, prompt }) => ({ title, prompt })),
        ...(sidebar === undefined ? {} : { sidebar: { id: sidebar, title: ui.sidebars[sidebar].title } }),
        ...(dialog === undefined ? {} : { dialog: { id: dialog, title: ui.dialogs[dialog].title, width: ui.dialogs[dialog].width, height: ui.dialogs[dialog].height } }),
      },
      ...(error === undefined ? {} : { error }),
    };
  }

  /** A google.script.run call from the sidebar. */
  scriptRun(name: unknown, args: unknown): ScriptRunReply {
    if (typeof name !== 'string' || !Array.isArray(args)) return answerScriptRun(this.emu, name, args);
    return this.record({ kind: 'run', name, args }, () => answerScriptRun(this.emu, name, args), (reply) => !reply.ok);
  }

  /** A sidebar the add-on opened, with google.script.run reaching this server. */
  sidebarHtml(id: number): string | undefined {
    const content = this.emu.ui.sidebars[id]?.content;
    if (content === undefined) return undefined;
    const script = `<script>${SHIM}</script>`;
    const head = /<head[^>]*>/i.exec(content);
    return head ? `${content.slice(0, head.index + head[0].length)}${script}${content.slice(head.index + head[0].length)}` : `${script}${content}`;
  }

  dialogHtml(id: number): string | undefined {
    return this.emu.ui.dialogs[id]?.content;
  }

  /** Runs a change; journals it (and saves) when it wrote to the spreadsheet and did not fail. */
  private record<T>(entry: JournalEntry, change: () => T, failed: (result: T) => boolean = () => false): T {
    const before = this.emu.revision();
    const result = change();
    if (this.emu.revision() !== before && !failed(result)) {
      this.state.journal.push(entry);
      this.save(this.state);
    }
    return result;
  }
}

const emptyUi = (): UiEvents => ({ toasts: [], alerts: [] });

/** The demo Log: the standard columns and Elevation gain, as after an import from a watch. */
function writeDemoLog(emu: Emulator, lastDay: string): void {
  const header = [...LOG_HEADER, COLUMNS.elevation.title];
  const rows = demoLog(lastDay).map((r) => [...STANDARD_KEYS.map((k) => r[k]), r.elevation]);
  emu.spreadsheet.insertSheet('Log').getRange(1, 1, rows.length + 1, header.length).setValues([header, ...rows]);
}

/** The spreadsheet as the saved state says: its start, the add-on's onOpen and setup, then the journal. */
export function openTracker(state: SavedState, options: TrackerOptions): Opened {
  const emu = createEmulator({ timeZone: state.timeZone, code: options.code, files: options.dist });
  if (state.base.kind === 'demo') writeDemoLog(emu, state.base.lastDay);
  emu.trigger('onOpen', 'FULL');
  emu.run('setupTracker');
  let imported: ImportResult | undefined;
  if (state.base.kind === 'csv') {
    const reply = answerScriptRun(emu, 'importActivities', [state.base.csv]);
    if (!reply.ok) throw new PreviewError(`${state.base.file}: ${reply.message}`);
    imported = reply.value as ImportResult;
  }
  const notReplayed: string[] = [];
  const journal = state.journal.filter((entry) => {
    try {
      if (entry.kind === 'edit') emu.type(cellRef(entry.sheet, entry.row, entry.col), entry.text);
      else {
        // Through the same check as a call from the page: a saved file is input like any other.
        const reply = answerScriptRun(emu, entry.name, entry.args);
        if (!reply.ok) throw new Error(reply.message);
      }
      return true;
    } catch (e) {
      notReplayed.push(`${entry.kind === 'edit' ? `typing into ${cellRef(entry.sheet, entry.row, entry.col)}` : entry.name}: ${errorMessage(e)}`);
      return false;
    }
  });
  const kept = { ...state, journal };
  options.save(kept);
  return { tracker: new Tracker(emu, kept, options.save), imported, notReplayed };
}
