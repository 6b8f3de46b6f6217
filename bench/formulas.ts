// Times every custom formula the built bundle declares, called the way Sheets calls it: a
// top-level function in a vm context, handed values created inside that context.
//   warm: the same context called again and again — the algorithm's steady cost;
//   fresh: the first call in a freshly loaded context (source made unique, so V8 compiles it
//         again) — what one recalculation of a formula cell costs in Apps Script, which runs
//         every custom-function call in a fresh global scope. Loading itself is timed apart.
//         Fresh calls run in a worker thread with a heap of their own (./freshCalls.ts).

import { loadBundle } from '../tests/support/bundle';
import { Timing, summarize, timeOnce } from './stats';
import { FreshCalls } from './freshCalls';

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
  // SEASON_PLAN's race: a 100-miler 16 weeks after the log's last day (the longest season a race date usually asks for).
  race_date: (log) => {
    const last = Math.max(...log.table.slice(1).map((r) => (r[0] instanceof Date ? r[0].getTime() : -Infinity)));
    return new Date(last + 16 * 7 * 86_400_000 + 12 * 3_600_000).toISOString().slice(0, 10);
  },
  race_distance: () => '100 mi',
};

/** Arguments only some formulas get: SUGGEST_PLAN is timed as runners mostly call it, without a race. */
const ONLY_FOR: Partial<Record<string, readonly string[]>> = { race_date: ['SEASON_PLAN'], race_distance: ['SEASON_PLAN'] };

export function argumentsFor(f: Declared, log: LogFixture, formulas: Declared[], call: Caller): unknown[] {
  const known = f.params.map((p) => (ONLY_FOR[p] && !ONLY_FOR[p]!.includes(f.name) ? undefined : ARGUMENTS[p]));
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
  fresh?: Timing;
  /** Why there is no figure: the formula could not be called, or threw. */
  problem?: string;
}

/** One formula on one log, ready to be timed: a warm call, or its arguments for a fresh one (FreshCalls). */
interface Subject {
  run: FormulaRun;
  warm(): unknown;
  args: unknown[];
  samples: { warm: number[]; fresh: number[] };
}

function prepare(code: string, zone: string, f: Declared, log: LogFixture, formulas: Declared[]): Subject | FormulaRun {
  const run: FormulaRun = { formula: f.name, log: log.label, logRows: log.table.length - 1 };
  try {
    const warm = loadBundle({ spreadsheetZone: zone }, code);
    const args = argumentsFor(f, log, formulas, warm.call);
    const fn = warm.context[f.name] as (...a: unknown[]) => unknown[];
    const inner = warm.toInner(args) as unknown[];
    run.resultRows = fn(...inner).length; // also the first, untimed warm-up call
    fn(...inner);
    return { run, warm: () => fn(...inner), args, samples: { warm: [], fresh: [] } };
  } catch (e) {
    run.problem = e instanceof NotCallable ? e.message : `error: ${e instanceof Error ? e.message : String(e)}`;
    return run;
  }
}

/** Warm calls are short and cheap to repeat: more of them steady their low percentiles. */
const WARM_PER_ROUND = 3;

/**
 * Times every declared formula (or those named in `only`) on every log. Samples are taken in
 * rounds — each round three warm and one fresh call of every formula on every log — so a burst of load from elsewhere on the
 * machine spreads over all figures instead of skewing one, and ratios between logs stay fair.
 */
export function timeFormulas(code: string, zone: string, logs: readonly LogFixture[], rounds: number, only?: readonly string[]): FormulaRun[] {
  const formulas = declaredFormulas(code);
  const timed = only ? formulas.filter((f) => only.includes(f.name)) : formulas;
  const prepared = logs.flatMap((log) => timed.map((f) => prepare(code, zone, f, log, formulas)));
  const subjects = prepared.filter((p): p is Subject => 'samples' in p);
  const fresh = new FreshCalls(code, zone);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const s of subjects) {
        for (let i = 0; i < WARM_PER_ROUND; i++) s.samples.warm.push(timeOnce(s.warm));
        s.samples.fresh.push(fresh.time(s.run.formula, s.args));
      }
    }
  } finally {
    void fresh.close();
  }
  for (const s of subjects) {
    s.run.warm = summarize(s.samples.warm);
    s.run.fresh = summarize(s.samples.fresh);
  }
  return prepared.map((p) => ('samples' in p ? p.run : p));
}
