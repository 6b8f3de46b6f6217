// Service calls per runner action: in Apps Script each is a round trip, so setup and import must
// batch. An action is measured only when its entry point is in dist/Code.js and a spreadsheet
// double can run it; otherwise its row says what is missing — never a made-up number.
//   setup (issue 4) and the planner's "Insert into Plan sheet" (issue 5): the spreadsheet emulator
//     (emulator/) — setup on an empty spreadsheet and on one whose Log already holds a long log, then
//     once more on that one (nothing left to build); then the suggested week inserted there, and
//     inserted again replacing itself;
//   import (issue 7): the SpreadsheetApp fake the import tests use.

import { performance } from 'node:perf_hooks';
import { createEmulator, Emulator } from '../emulator';
import { loadBundle } from '../tests/support/bundle';
import { fakeServices } from '../tests/support/fakeSpreadsheet';
import { stravaExport } from './stravaExport';
import type { LogFixture } from './formulas';

export interface ServiceCallCount {
  action: string;
  /** Round trips: calls that reach the spreadsheet or a service (the budgets are judged on these). */
  calls?: number;
  /** Calls on builders and what they build, local in Apps Script (emulator actions only). */
  builderCalls?: number;
  /** Wall time of the call, ms (one run: these actions are not repeated by a runner). */
  ms?: number;
  /** What the action returned, in words. */
  outcome?: string;
  /** What is missing when there is no count. */
  missing?: string;
}

/** Top-level non-formula functions of dist/Code.js (menu handlers, triggers, sidebar calls). */
export const entryPoints = (code: string): string[] =>
  [...code.matchAll(/^function\s+(\w+)\s*\(\.\.\.args\)/gm)].map((m) => m[1]);

const topCalls = (emu: Emulator): string =>
  Object.entries(emu.calls.byName()).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name} ×${n}`).join(', ');

/** Runs one top-level function in the emulator and counts the round trips and builder calls it makes. */
function counted(emu: Emulator, action: string, entry: string, args: unknown[], outcome: (result: never) => string): ServiceCallCount {
  emu.calls.reset();
  emu.builderCalls.reset();
  const t0 = performance.now();
  const result = emu.run(entry, ...args) as never;
  const ms = performance.now() - t0;
  return { action, ms, calls: emu.calls.total(), builderCalls: emu.builderCalls.total(), outcome: `${outcome(result)}; most: ${topCalls(emu)}` };
}

interface SetupReport {
  created: string[];
  repaired: string[];
  problems: string[];
}
const setupOutcome = (r: SetupReport) =>
  `${r.created.length ? `created ${r.created.join(', ')}` : `repaired ${r.repaired.length} cells`}; ${r.problems.length} problems`;

/** The rows the planner's sidebar would insert: the week it suggests for the log. */
function suggestedWeek(emu: Emulator): { weekStart: string; rows: unknown[] } {
  const result = emu.run('suggestWeek', {}) as { plan: { weekStart: string; rows: unknown[] } | null; message?: string };
  if (!result.plan) throw new Error(`suggestWeek gave no plan: ${result.message}`);
  return result.plan;
}

/**
 * Set up tracker on an empty spreadsheet, on one whose Log holds `log`, and again on that one; then
 * the planner's suggested week inserted into that spreadsheet's Plan sheet, and again replacing it.
 */
function emulatorRows(code: string, entries: string[], zone: string, log: LogFixture): ServiceCallCount[] {
  const setup = ['setup, empty spreadsheet', `setup, ${log.label} log`, `setup again, ${log.label} log`];
  const plan = ['insert a plan', 'insert it again, replacing it'];
  if (!entries.includes('setupTracker')) {
    return [...setup, ...plan].map((action) => ({ action, missing: 'not built yet: setupTracker in dist/Code.js (issue 4)' }));
  }
  const empty = createEmulator({ timeZone: zone, code });
  const withLog = createEmulator({ timeZone: zone, code });
  // The runner's Log, typed before the add-on was installed (the bench's own writes are not counted).
  const sheet = withLog.spreadsheet.insertSheet('Log');
  sheet.data.maxRows = log.table.length + 100;
  sheet.getRange(1, 1, log.table.length, log.table[0].length).setValues(log.table);
  const rows = [
    counted(empty, setup[0], 'setupTracker', [], setupOutcome),
    counted(withLog, setup[1], 'setupTracker', [], setupOutcome),
    counted(withLog, setup[2], 'setupTracker', [], setupOutcome),
  ];
  if (!entries.includes('suggestWeek') || !entries.includes('insertPlan')) {
    return [...rows, ...plan.map((action) => ({ action, missing: 'not built yet: suggestWeek and insertPlan in dist/Code.js (issue 5)' }))];
  }
  const { weekStart, rows: planRows } = suggestedWeek(withLog);
  const inserted = (r: { status: string; rows: number; replaced?: number }) => `${r.status} ${r.rows} rows${r.replaced ? `, replacing ${r.replaced}` : ''}`;
  return [
    ...rows,
    counted(withLog, plan[0], 'insertPlan', [{ weekStart, rows: planRows, replace: false }], inserted),
    counted(withLog, plan[1], 'insertPlan', [{ weekStart, rows: planRows, replace: true }], inserted),
  ];
}

const summary = (r: Record<string, unknown>): string =>
  'added' in r ? `added ${r.added}, duplicates ${r.duplicates}, skipped ${r.skipped}` : `${(r.rows as unknown[]).length} new rows previewed`;

/**
 * Imports of `sizes` Strava activities into an empty spreadsheet, then, with the largest, a
 * re-import that finds them all in the Log and a preview over that Log.
 */
function importRows(code: string, entries: string[], zone: string, sizes: readonly number[]): ServiceCallCount[] {
  const labels = sizes.map((n) => `import ${n.toLocaleString('en-US')} activities`);
  const largest = sizes[sizes.length - 1].toLocaleString('en-US');
  labels.push(`import the same ${largest} again`, `preview ${largest} over that Log`);
  if (!entries.includes('importActivities') || !entries.includes('previewImport')) {
    return labels.map((action) => ({ action, missing: 'not built yet: importActivities and previewImport in dist/Code.js (issue 7)' }));
  }
  const rows: ServiceCallCount[] = [];
  let services = fakeServices(zone);
  let csv = '';
  const run = (action: string, entry: string) => {
    const bundle = loadBundle({ globals: services.globals }, code);
    const fn = bundle.context[entry] as (text: string) => Record<string, unknown>;
    services.calls.length = 0;
    const t0 = performance.now();
    const result = fn(csv);
    rows.push({ action, ms: performance.now() - t0, calls: services.calls.length, outcome: summary(result) });
  };
  sizes.forEach((n, i) => {
    services = fakeServices(zone);
    csv = stravaExport(n);
    run(labels[i], 'importActivities');
  });
  run(labels[sizes.length], 'importActivities');
  run(labels[sizes.length + 1], 'previewImport');
  return rows;
}

export function countServiceCalls(code: string, zone: string, setupLog: LogFixture, importSizes: readonly number[]): ServiceCallCount[] {
  const entries = entryPoints(code);
  return [...emulatorRows(code, entries, zone, setupLog), ...importRows(code, entries, zone, importSizes)];
}
