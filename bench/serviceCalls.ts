// Service calls per runner action: in Apps Script each is a round trip, so setup and import must
// batch. An action is measured only when its entry point is in dist/Code.js and a spreadsheet
// double can run it; otherwise its row says what is missing — never a made-up number.
//   setup (issue 4): the spreadsheet emulator (emulator/), on an empty spreadsheet and on one whose
//     Log already holds a long log, then once more on that one (nothing left to build);
//   import (issue 7): the SpreadsheetApp fake the import tests use;
//   inserting a plan (issue 5): waits for its sidebar function in dist/Code.js.

import { performance } from 'node:perf_hooks';
import { createEmulator, Emulator } from '../emulator';
import { loadBundle } from '../tests/support/bundle';
import { fakeServices } from '../tests/support/fakeSpreadsheet';
import { stravaExport } from './stravaExport';
import type { LogFixture } from './formulas';

export interface ServiceCallCount {
  action: string;
  calls?: number;
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

/** Actions whose entry point is not in dist/Code.js yet: their rows say what they wait for. */
const PLAN_INSERT = { entry: /^insert\w*Plan\w*$/i, name: 'a sidebar function inserting a plan', issue: 5 };

function planRows(entries: string[]): ServiceCallCount[] {
  const built = entries.some((e) => PLAN_INSERT.entry.test(e));
  return [{ action: 'insert a plan', missing: built ? 'not wired into the bench yet' : `not built yet: ${PLAN_INSERT.name} in dist/Code.js (issue ${PLAN_INSERT.issue})` }];
}

/** Set up tracker on an empty spreadsheet, on one whose Log holds `log`, and again on that one. */
function setupRows(code: string, entries: string[], zone: string, log: LogFixture): ServiceCallCount[] {
  const actions = ['setup, empty spreadsheet', `setup, ${log.label} log`, `setup again, ${log.label} log`];
  if (!entries.includes('setupTracker')) return actions.map((action) => ({ action, missing: 'not built yet: setupTracker in dist/Code.js (issue 4)' }));
  const run = (emu: Emulator, action: string): ServiceCallCount => {
    emu.calls.reset();
    const t0 = performance.now();
    const report = emu.run('setupTracker') as { created: string[]; repaired: string[]; problems: string[] };
    const ms = performance.now() - t0;
    const made = report.created.length ? `created ${report.created.join(', ')}` : `repaired ${report.repaired.length} cells`;
    const most = Object.entries(emu.calls.byName()).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name} ×${n}`);
    return { action, ms, calls: emu.calls.total(), outcome: `${made}; ${report.problems.length} problems; most: ${most.join(', ')}` };
  };
  const empty = createEmulator({ timeZone: zone, code });
  const withLog = createEmulator({ timeZone: zone, code });
  // The runner's Log, typed before the add-on was installed (the test's own writes are not counted).
  const sheet = withLog.spreadsheet.insertSheet('Log');
  sheet.data.maxRows = log.table.length + 100;
  sheet.getRange(1, 1, log.table.length, log.table[0].length).setValues(log.table);
  return [run(empty, actions[0]), run(withLog, actions[1]), run(withLog, actions[2])];
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
  return [...setupRows(code, entries, zone, setupLog), ...planRows(entries), ...importRows(code, entries, zone, importSizes)];
}
