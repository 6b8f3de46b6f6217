// The bench's machinery, not its times: generators, formula discovery and arguments, the two
// HyperFormula Dashboards (which must agree cell for cell), and the report, in smoke mode (one
// month, one run each). No assertion here looks at a duration.
import { join } from 'node:path';
import { BenchResults, runBench } from '../../bench/main';
import { generateEntries, random } from '../../bench/generateLog';
import { NotCallable, argumentsFor, declaredFormulas } from '../../bench/formulas';
import { columnLetter } from '../../bench/dashboards';
import { markdownTable } from '../../bench/report';
import { summarize } from '../../bench/stats';
import { CONTRACT_FORMULAS } from '../../bench/targets';
import { FORMULAS } from '../../src/sheets/formulas/registry';
import { kindFromText } from '../../src/core/sessionTypes';
import { readBundle } from '../support/bundle';
import { addDays } from '../support/logs';

describe('bench log generator', () => {
  const entries = generateEntries('2024-01-01', '2024-12-31', 7);

  it('logs every day with 1–3 sessions and the morning wellness on its first row', () => {
    const byDay = new Map<string, typeof entries>();
    for (const e of entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
    expect(byDay.size).toBe(366);
    for (let i = 0; i < 366; i++) {
      const day = byDay.get(addDays('2024-01-01', i))!;
      expect(day.length).toBeGreaterThanOrEqual(1);
      expect(day.length).toBeLessThanOrEqual(3);
      expect(day[0].mood).toBeDefined();
      expect(day[0].soreness).toBeDefined();
    }
  });

  it('uses only type texts the add-on knows, with runs, a weekly long run and cross-training', () => {
    const types = new Set(entries.map((e) => e.type!));
    for (const t of types) expect(kindFromText(t)).toBeDefined();
    const kinds = new Set([...types].map((t) => kindFromText(t)));
    for (const k of ['easy_run', 'long_run', 'intervals', 'bike', 'strength_lower', 'rest']) expect(kinds).toContain(k);
    expect(entries.filter((e) => kindFromText(e.type!) === 'long_run').length).toBeGreaterThanOrEqual(52);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateEntries('2024-01-01', '2024-01-31', 7)).toEqual(generateEntries('2024-01-01', '2024-01-31', 7));
    expect(generateEntries('2024-01-01', '2024-01-31', 8)).not.toEqual(generateEntries('2024-01-01', '2024-01-31', 7));
    const r = random(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('bench helpers', () => {
  it('summarizes samples as median and 10th–90th percentiles', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ median: 3, p10: 1.4, p90: 4.6, runs: 5 });
    expect(() => summarize([])).toThrow('no samples');
  });

  it('names spreadsheet columns', () => {
    expect([0, 10, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'K', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('renders Markdown tables', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toEqual(['| a | b |', '| --- | --- |', '| 1 | 2 |']);
  });

  it('finds exactly the registered formulas in dist/Code.js, with their parameters', () => {
    const declared = declaredFormulas(readBundle());
    expect(declared.map((f) => f.name)).toEqual(FORMULAS.map((f) => f.name));
    for (const f of FORMULAS) expect(declared.find((d) => d.name === f.name)!.params).toEqual(f.params.map((p) => p.name));
  });

  it('passes each formula the arguments its parameters name', () => {
    const log = { label: 't', table: [['Date', 'Type', 'Duration'], ['2025-01-01', 'Bike', 60]] };
    const never = () => { throw new Error('not called'); };
    expect(argumentsFor({ name: 'X', params: ['log', 'month'] }, log, [], never)).toEqual([log.table]);
    expect(argumentsFor({ name: 'CROSS_TRAIN_MILES', params: ['type', 'minutes', 'easy_pace'] }, log, [], never)).toEqual([[['Bike']], [[60]]]);
    expect(() => argumentsFor({ name: 'PLAN_CHECK', params: ['plan'] }, log, [], never)).toThrow(NotCallable);
    const plan = [['Date', 'Day']];
    const suggest = { name: 'SUGGEST_PLAN', params: ['log'] };
    expect(argumentsFor({ name: 'PLAN_CHECK', params: ['plan'] }, log, [suggest], (name) => (name === 'SUGGEST_PLAN' ? plan : never()))).toEqual([plan]);
    expect(() => argumentsFor({ name: 'Y', params: ['mystery', 'log'] }, log, [], never)).toThrow('does not know what to pass as mystery');
  });
});

describe('npm run bench -- --smoke', () => {
  let results: BenchResults;
  const lines: string[] = [];
  beforeAll(async () => {
    results = await runBench({ root: join(__dirname, '..', '..'), mode: 'smoke', write: false, print: (l) => lines.push(l) });
  });

  it('times every declared formula on the month-long log and says which contract formulas are missing', () => {
    expect(results.formulas.map((f) => f.formula)).toEqual(FORMULAS.map((f) => f.name));
    for (const f of results.formulas) {
      expect(f.problem).toBeUndefined();
      expect(f.log).toBe('1 month');
      expect(f.resultRows).toBeGreaterThanOrEqual(1); // PLAN_CHECK of a sound plan: its header alone
      expect(f.warm!.runs).toBe(3);
      expect(f.fresh!.runs).toBe(1);
    }
    expect(results.notBuilt).toEqual(CONTRACT_FORMULAS.filter((n) => !FORMULAS.some((f) => f.name === n)));
  });

  it('measures the bundle', () => {
    expect(results.bundle.bytes).toBe(Buffer.byteLength(readBundle()));
    expect(results.bundle.gzipBytes).toBeLessThan(results.bundle.bytes);
    // The type table's share, from esbuild's metafile: part of the bundle, not nothing.
    expect(results.bundle.typeTableBytes).toBeGreaterThan(1000);
    expect(results.bundle.typeTableBytes).toBeLessThan(results.bundle.bytes);
  });

  it('builds plain-formula and custom-formula Dashboards in HyperFormula that show the same figures', () => {
    expect(results.recalc).toHaveLength(1);
    const [c] = results.recalc;
    expect(c.days).toBe(31);
    expect(c.compared).toBeGreaterThan(31 * 8);
    expect(c.maxDifference).toBeLessThan(1e-9);
  });

  it('counts service calls only for what exists, and says what is missing otherwise', () => {
    const byAction = new Map(results.serviceCalls.map((s) => [s.action, s]));
    expect([...byAction.keys()]).toEqual([
      'setup, empty spreadsheet', 'setup, 1 month log', 'setup again, 1 month log', 'insert a plan', 'insert it again, replacing it',
      'import 10 activities', 'import 50 activities', 'import the same 50 again', 'preview 50 over that Log',
    ]);
    for (const s of results.serviceCalls) expect(s.calls !== undefined || /^not built yet: /.test(s.missing ?? '')).toBe(true);
    expect(byAction.get('setup, empty spreadsheet')!.outcome).toMatch(/^created Dashboard, Log, Plan, Settings; 0 problems; most: /);
    expect(byAction.get('setup, 1 month log')!.outcome).toMatch(/^created Dashboard, Plan, Settings; /);
    expect(byAction.get('setup again, 1 month log')!.outcome).toMatch(/^repaired 0 cells; /);
    expect(byAction.get('insert a plan')!.outcome).toMatch(/^inserted \d+ rows; /);
    expect(byAction.get('insert it again, replacing it')!.outcome).toMatch(/^inserted (\d+) rows, replacing \1; /);
    expect(byAction.get('import 50 activities')!.outcome).toBe('added 50, duplicates 0, skipped 0');
    expect(byAction.get('import the same 50 again')!.outcome).toBe('added 0, duplicates 50, skipped 0');
    expect(byAction.get('import 50 activities')!.calls).toBeGreaterThan(0);
  });

  it('checks the targets it has figures for and leaves the 10-year ones unmeasured', () => {
    const byFigure = new Map(results.targets.map((t) => [t.figure, t]));
    const tenYears = byFigure.get('TRAINING_LOAD, 10-year log, fresh')!;
    expect(tenYears.value).toBe('not measured');
    expect(tenYears.met).toBeUndefined();
    expect(byFigure.get('dist/Code.js size')!.met).toBeDefined();
    expect(byFigure.get('cold load')!.met).toBeDefined();
    expect(byFigure.get('Dashboard recalculation, plain ÷ custom, 1 month')!.met).toBeDefined();
  });

  it('prints the tables', () => {
    const text = lines.join('\n');
    expect(text).toContain('| formula | log | log rows → result rows | fresh call | warm call | 20y ÷ 10y (warm, p10) |');
    expect(text).toContain('| figure | target | measured |  |');
    for (const f of FORMULAS) expect(text).toContain(`| ${f.name} | 1 month |`);
  });
});
