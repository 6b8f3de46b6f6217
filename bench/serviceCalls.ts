// Service calls per runner action: in Apps Script each is a round trip, so setup and import must
// batch. An action is measured only when its entry point is in dist/Code.js and a spreadsheet
// double can run it; otherwise its row says what is missing — never a made-up number.
//   import (issue 7): counted by the SpreadsheetApp fake the import tests use;
//   setup (issue 4) and inserting a plan (issue 5): need the emulator of issue 4.

import { performance } from 'node:perf_hooks';
import { loadBundle } from '../tests/support/bundle';
import { fakeServices } from '../tests/support/fakeSpreadsheet';
import { stravaExport } from './stravaExport';

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

/** Actions that need the emulator: named here so their rows say what they wait for. */
const EMULATOR_ACTIONS = [
  { action: 'setup, empty spreadsheet', entry: /^setupTracker$/, entryName: 'setupTracker', issue: 4 },
  { action: 'setup, 10-year log', entry: /^setupTracker$/, entryName: 'setupTracker', issue: 4 },
  { action: 'insert a plan', entry: /^insert\w*Plan\w*$/i, entryName: 'a sidebar function inserting a plan', issue: 5 },
];

function emulatorRows(entries: string[]): ServiceCallCount[] {
  return EMULATOR_ACTIONS.map(({ action, entry, entryName, issue }) => ({
    action,
    missing: entries.some((e) => entry.test(e))
      ? `not built yet: the spreadsheet emulator (issue 4) to run ${entryName} in`
      : `not built yet: ${entryName} in dist/Code.js (issue ${issue})`,
  }));
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

export function countServiceCalls(code: string, zone: string, importSizes: readonly number[]): ServiceCallCount[] {
  const entries = entryPoints(code);
  return [...emulatorRows(entries), ...importRows(code, entries, zone, importSizes)];
}
