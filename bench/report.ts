// The bench's results as Markdown tables: printed on stdout and pasted into the README.

import type { BenchResults } from './main';
import { FormulaRun } from './formulas';
import { Timing } from './stats';
import { growth } from './targets';

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

const fixed = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** "4.12 (3.98–4.40)": median and the 10th–90th percentile spread, in ms. */
export const timing = (t: Timing | undefined): string => (t ? `${fixed(t.median)} (${fixed(t.p10)}–${fixed(t.p90)})` : '');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Each formula's fresh and warm times on each log, and its growth on the 20-year row. */
export function formulaTable(runs: readonly FormulaRun[]): string[] {
  return markdownTable(
    ['formula', 'log', 'log rows → result rows', 'fresh call', 'warm call', '20y ÷ 10y (warm, p10)'],
    runs.map((f) => [
      f.formula, f.log,
      f.problem ? '' : `${f.logRows} → ${f.resultRows}`,
      f.problem ?? timing(f.fresh), timing(f.warm),
      f.log === '20y' ? growth(runs, f.formula)?.toFixed(2) ?? '' : '',
    ]),
  );
}

export function report(r: BenchResults): string[] {
  const out: string[] = [
    `Ultra Tracker bench (${r.mode}) — ${r.date.slice(0, 10)}, Node ${r.node}, ${r.cpu}, load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' → ')}; spreadsheet zone ${r.zone}.`,
    'Times in ms: median (10th–90th percentile).',
    '',
    '**Formulas** on the built dist/Code.js. *Fresh*: first call in a freshly loaded context, as Apps Script runs every formula cell (loading not included, see below); *warm*: repeated calls in one context.',
    '',
    ...formulaTable(r.formulas),
  ];
  if (r.notBuilt.length) out.push('', `Not built yet: ${r.notBuilt.join(', ')}.`);
  out.push(
    '',
    '**Bundle**: what each formula cell loads first.',
    '',
    ...markdownTable(['dist/Code.js', 'gzip', 'cold load (compile + run, fresh context)', 'of which the type table'],
      [[kb(r.bundle.bytes), kb(r.bundle.gzipBytes), timing(r.bundle.coldLoad), kb(r.bundle.typeTableBytes)]]),
    '',
    '**Dashboard in HyperFormula**: plain formulas (helper columns, SUMIFS, EWMA rows, rolling STDEVP) vs WEEKLY_MILES + TRAINING_LOAD, same engine, same Log. *Edit*: recalculation after one RPE cell changes.',
    '',
    ...markdownTable(
      ['log', 'log rows', 'plain: build', 'custom: build', 'plain: edit', 'custom: edit', 'edit plain ÷ custom', 'same figures'],
      r.recalc.map((c) => [
        c.log, String(c.logRows), timing(c.plain.build), timing(c.custom.build), timing(c.plain.edit), timing(c.custom.edit),
        `${c.editRatio.toFixed(1)}×`, c.maxDifference === 0 ? `yes, ${c.compared} cells` : `max rel. diff ${c.maxDifference.toExponential(1)} over ${c.compared} cells`,
      ]),
    ),
    '',
    '**Service calls** per action, one run each: setup and the planner\'s insert counted by the emulator, imports by the SpreadsheetApp fake of the import tests. *Round trips* reach the spreadsheet or a service (the budget); *builder calls* only build rules, validations and charts locally.',
    '',
    ...markdownTable(
      ['action', 'round trips', 'builder calls', 'time', 'outcome'],
      r.serviceCalls.map((s) =>
        s.calls === undefined ? [s.action, s.missing ?? '', '', '', ''] : [s.action, String(s.calls), s.builderCalls === undefined ? '' : String(s.builderCalls), `${fixed(s.ms!)} ms`, s.outcome ?? ''],
      ),
    ),
    '',
    '**Targets** (issue 8; a miss is a finding, not a failure).',
    '',
    ...markdownTable(
      ['figure', 'target', 'measured', ''],
      r.targets.map((t) => [t.figure, t.target, t.value, t.met === undefined ? '—' : t.met ? 'met' : '**missed**']),
    ),
  );
  return out;
}
