// Service calls per runner action, counted by the spreadsheet emulator: each one is a round
// trip in Apps Script, so setup and import must batch. A row is measured only when both the
// add-on's entry point (in dist/Code.js) and the emulator exist; otherwise it says what is
// missing — never a made-up number.

import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceCallScenario {
  action: string;
  /** The top-level function of dist/Code.js the action runs, and its name in words. */
  entry: RegExp;
  entryName: string;
  /** Issue that builds the entry point. */
  issue: number;
}

export const SCENARIOS: readonly ServiceCallScenario[] = [
  { action: 'setup, empty spreadsheet', entry: /^setupTracker$/, entryName: 'setupTracker', issue: 4 },
  { action: 'setup, 10-year log', entry: /^setupTracker$/, entryName: 'setupTracker', issue: 4 },
  { action: 'insert a plan', entry: /^insert\w*Plan\w*$/i, entryName: 'a sidebar function inserting a plan', issue: 5 },
  { action: 'import 1,000 activities', entry: /^importActivities$/, entryName: 'importActivities', issue: 7 },
  { action: 'import 5,000 activities', entry: /^importActivities$/, entryName: 'importActivities', issue: 7 },
];

export interface ServiceCallCount {
  action: string;
  calls?: number;
  /** What is missing when there is no count. */
  missing?: string;
}

/** Top-level non-formula functions of dist/Code.js (menu handlers, triggers, sidebar calls). */
export const entryPoints = (code: string): string[] =>
  [...code.matchAll(/^function\s+(\w+)\s*\(\.\.\.args\)/gm)].map((m) => m[1]);

/** Where the emulator (issue 4) is expected; the bench looks for it there. */
export const EMULATOR_MODULE = join('tests', 'support', 'emulator');

export function countServiceCalls(root: string, code: string): ServiceCallCount[] {
  const entries = entryPoints(code);
  const emulator = existsSync(join(root, EMULATOR_MODULE)) || existsSync(join(root, `${EMULATOR_MODULE}.ts`));
  return SCENARIOS.map((s) => {
    const missing = [
      ...(entries.some((e) => s.entry.test(e)) ? [] : [`${s.entryName} in dist/Code.js (issue ${s.issue})`]),
      ...(emulator ? [] : ['the spreadsheet emulator (issue 4)']),
    ];
    return { action: s.action, missing: missing.length ? `not built yet: ${missing.join(', ')}` : 'emulator found but not wired into the bench yet' };
  });
}
