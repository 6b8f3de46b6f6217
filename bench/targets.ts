// The targets of issue 8 (and of issues 12–14 since), each checked against the figure it is about. A miss is a finding
// reported next to the figure; the bench still exits 0.

import type { BenchResults } from './main';
import { FormulaRun } from './formulas';
import { Timing } from './stats';

/** The eight formulas of the contract (docs/spec/formulas.md). */
export const CONTRACT_FORMULAS = [
  'WEEKLY_MILES', 'TRAINING_LOAD', 'RECOVERY_SCORE', 'BURNOUT_ALERTS',
  'CROSS_TRAIN_MILES', 'LOG_ISSUES', 'SUGGEST_PLAN', 'PLAN_CHECK',
] as const;

export interface TargetCheck {
  figure: string;
  target: string;
  /** The measured value in words, or why there is none. */
  value: string;
  /** undefined: not measured (feature not built, or a smoke run without that log). */
  met?: boolean;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const KB = 1024;

const find = (runs: readonly FormulaRun[], formula: string, log: string) => runs.find((r) => r.formula === formula && r.log === log);

/**
 * 20-year ÷ 10-year time of warm calls (the algorithm's growth, without fixed costs), on their 10th
 * percentiles: other work on the machine only ever adds time, and the low percentile of many
 * samples is the figure it disturbs least.
 */
export function growth(runs: readonly FormulaRun[], formula: string): number | undefined {
  const a = find(runs, formula, '20y')?.warm?.p10;
  const b = find(runs, formula, '10y')?.warm?.p10;
  return a !== undefined && b !== undefined ? a / b : undefined;
}

/**
 * Formula targets are judged twice: on the first call in a fresh context (as Apps Script runs a
 * formula cell) and on a warm call (the code's own cost, once V8 has optimised it).
 */
const KINDS = [['fresh', (r: FormulaRun) => r.fresh], ['warm', (r: FormulaRun) => r.warm]] as const;

/** The contract's formulas measured on the 10-year log, each a separate cell execution: their times add up. */
export function together(runs: readonly FormulaRun[], time: (r: FormulaRun) => Timing | undefined): { ms: number; formulas: string[] } | undefined {
  const measured = runs.filter((r) => r.log === '10y' && time(r) && (CONTRACT_FORMULAS as readonly string[]).includes(r.formula));
  if (measured.length === 0) return undefined;
  return { ms: measured.reduce((s, r) => s + time(r)!.median, 0), formulas: measured.map((r) => r.formula) };
}

function check(figure: string, target: string, value: number | undefined, limit: number, show: (x: number) => string, atLeast = false): TargetCheck {
  if (value === undefined) return { figure, target, value: 'not measured' };
  return { figure, target, value: show(value), met: atLeast ? value >= limit : value <= limit };
}

export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const [kind, time] of KINDS) {
    const load = find(r.formulas, 'TRAINING_LOAD', '10y');
    checks.push(check(`TRAINING_LOAD, 10-year log, ${kind}`, '≤ 20 ms', load && time(load)?.median, 20, ms));
    const all = together(r.formulas, time);
    const built = all && all.formulas.length < CONTRACT_FORMULAS.length ? ` (${all.formulas.length} of ${CONTRACT_FORMULAS.length} built)` : '';
    const c = check(`all eight formulas together, 10-year log, ${kind}`, '≤ 100 ms', all?.ms, 100, ms);
    checks.push({ ...c, value: c.value + built });
  }
  // Issue 12: the planners; issue 13: the alerts (each a separate formula cell).
  for (const [f, limit] of [['SUGGEST_PLAN', 80], ['SEASON_PLAN', 80], ['BURNOUT_ALERTS', 90], ['RECOVERY_SCORE', 60]] as const) {
    const run = find(r.formulas, f, '10y');
    checks.push(check(`${f}, 10-year log, fresh`, `≤ ${limit} ms`, run?.fresh?.median, limit, ms));
  }
  checks.push(
    ...[...new Set(r.formulas.map((f) => f.formula))].map((f) => check(`${f} 20y ÷ 10y`, '≤ 2.3', growth(r.formulas, f), 2.3, (x) => x.toFixed(2))),
    check('dist/Code.js size', '≤ 150 KB', r.bundle.bytes, 150 * KB, (x) => `${(x / KB).toFixed(1)} KB`),
    // Issue 14 allows the type table's growth on top.
    check('dist/Code.js size, with the type table', '≤ 160 KB', r.bundle.bytes, 160 * KB, (x) => `${(x / KB).toFixed(1)} KB`),
    check('cold load', '≤ 15 ms', r.bundle.coldLoad.median, 15, ms),
    // Issue 14: the import's type names in every language.
    check('type table in dist/Code.js', '≤ 10 KB', r.bundle.typeTableBytes, 10 * KB, (x) => `${(x / KB).toFixed(1)} KB`),
  );
  for (const c of r.recalc) {
    checks.push(check(`Dashboard recalculation, plain ÷ custom, ${c.log}`, '≥ 10×', c.editRatio, 10, (x) => `${x.toFixed(1)}×`, true));
  }
  for (const s of r.serviceCalls) {
    if (s.action.startsWith('setup')) checks.push(check(`${s.action}: round trips`, '≤ 40', s.calls, 40, String));
    if (s.action === 'import 5,000 activities') {
      checks.push(check(`${s.action}: round trips`, '≤ 10', s.calls, 10, String), check(`${s.action}: time`, '≤ 2 s', s.ms, 2000, ms));
    }
  }
  return checks;
}
