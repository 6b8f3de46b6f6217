// Times every custom formula the built bundle declares, called the way Sheets calls it: a
// top-level function in a vm context, handed values created inside that context.
//   warm: the same context called again and again — the algorithm's steady cost;
//   cold: the first call in a freshly loaded context (source made unique, so V8 compiles it
//         again) — what one recalculation of a formula cell costs in Apps Script, which runs
//         every custom-function call in a fresh global scope. Loading itself is timed apart.

import { loadBundle } from '../tests/support/bundle';
import { Timing, timeRuns } from './stats';

export interface Declared {
  name: string;
  params: string[];
}

const DECLARATION = /@customfunction\s*\*\/\s*function\s+(\w+)\s*\(([^)]*)\)/g;

/** The formulas Sheets would see in dist/Code.js: the `@customfunction` declarations. */
export function declaredFormulas(code: string): Declared[] {
  return [...code.matchAll(DECLARATION)].map((m) => ({
    name: m[1],
    params: m[2].split(',').map((p) => p.trim()).filter(Boolean),
  }));
}

/** A log as Sheets passes a range (header row first) plus what the bench knows of it. */
export interface LogFixture {
  label: string;
  table: unknown[][];
}

/** Why a formula could not be called: shown in its row instead of a number. */
export class NotCallable extends Error {}

type Caller = (name: string, ...args: unknown[]) => unknown;

/** A column of the log without its header, as a one-column range (for element-wise formulas). */
function column(log: LogFixture, header: string): unknown[][] {
  const i = log.table[0].indexOf(header);
  if (i < 0) throw new NotCallable(`the log has no ${header} column`);
  return log.table.slice(1).map((row) => [row[i]]);
}

/**
 * The argument each parameter name gets. Parameters the bench does not know are left out, as a
 * runner omits optional arguments; a formula that needs one anyway reports its own error.
 */
const ARGUMENTS: Partial<Record<string, (log: LogFixture, formulas: Declared[], call: Caller) => unknown>> = {
  log: (log) => log.table,
  type: (log) => column(log, 'Type'),
  minutes: (log) => column(log, 'Duration'),
  plan: (log, formulas, call) => {
    // A plan table as the runner gets it: the suggestion for the week after the log.
    if (!formulas.some((f) => f.name === 'SUGGEST_PLAN')) throw new NotCallable('needs SUGGEST_PLAN for a plan table');
    return call('SUGGEST_PLAN', log.table);
  },
};

export function argumentsFor(f: Declared, log: LogFixture, formulas: Declared[], call: Caller): unknown[] {
  const known = f.params.map((p) => ARGUMENTS[p]);
  const count = known.reduce((n, make, i) => (make ? i + 1 : n), 0);
  return f.params.slice(0, count).map((p, i) => {
    const make = known[i];
    if (!make) throw new NotCallable(`does not know what to pass as ${p}`);
    return make(log, formulas, call);
  });
}

export interface FormulaRun {
  formula: string;
  log: string;
  /** Rows of the log (header excluded) and of the result (header included). */
  logRows: number;
  resultRows?: number;
  warm?: Timing;
  cold?: Timing;
  /** Why there is no figure: the formula could not be called, or threw. */
  problem?: string;
}

export interface FormulaRuns {
  warm: number;
  cold: number;
}

export function timeFormula(code: string, zone: string, f: Declared, log: LogFixture, formulas: Declared[], runs: FormulaRuns): FormulaRun {
  const row: FormulaRun = { formula: f.name, log: log.label, logRows: log.table.length - 1 };
  const stubs = { spreadsheetZone: zone };
  try {
    const warm = loadBundle(stubs, code);
    const args = argumentsFor(f, log, formulas, warm.call);
    const fn = warm.context[f.name] as (...a: unknown[]) => unknown;
    const inner = warm.toInner(args) as unknown[];
    const result = fn(...inner) as unknown[];
    row.resultRows = result.length;
    row.warm = timeRuns(runs.warm, () => undefined, () => fn(...inner));
    row.cold = timeRuns(
      runs.cold,
      (i) => {
        const fresh = loadBundle(stubs, `${code}\n// fresh load ${i}\n`);
        return { fn: fresh.context[f.name] as (...a: unknown[]) => unknown, args: fresh.toInner(args) as unknown[] };
      },
      (p) => p.fn(...p.args),
    );
  } catch (e) {
    row.problem = e instanceof NotCallable ? e.message : `error: ${e instanceof Error ? e.message : String(e)}`;
  }
  return row;
}
