// `npm run bench`: speed, size and service-call budget of the built add-on, measured against
// the plain-spreadsheet alternative, in one run (issue 8). bench/run.mjs builds dist/ and runs
// this; tests/bench/bench.test.ts runs it in smoke mode to check its machinery, never its times.

import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../tests/support/bundle';
import { logTable } from '../tests/support/logs';
import { TimeZone } from '../src/core/days';
import { generateEntries, yearsSpan } from './generateLog';
import { FormulaRun, LogFixture, declaredFormulas, timeFormulas } from './formulas';
import { BundleCost, bundleCost } from './bundleCost';
import { RecalcComparison, compareDashboards } from './recalc';
import { ServiceCallCount, countServiceCalls } from './serviceCalls';
import { CONTRACT_FORMULAS, TargetCheck, checkTargets } from './targets';
import { formulaTable, report } from './report';

export type Mode = 'full' | 'smoke';

interface LogSpec {
  label: string;
  first: string;
  last: string;
}

interface Plan {
  logs: LogSpec[];
  /** Rounds of formula samples: each one warm and one fresh call of every formula on every log. */
  rounds: number;
  loadRuns: number;
  /** Labels of the logs the HyperFormula comparison uses: plain SUMIFS grow with days × rows. */
  recalcLogs: string[];
  recalcRuns: { build: number; edit: number };
  /** The log Set up tracker finds in the Log sheet. */
  setupLog: string;
  /** Activities per import (the last one is also re-imported and previewed). */
  importSizes: number[];
}

const years = (n: number): LogSpec => ({ label: `${n}y`, ...yearsSpan(n) });

export const PLANS: Record<Mode, Plan> = {
  full: {
    logs: [years(1), years(5), years(10), years(20)],
    rounds: 15,
    loadRuns: 60,
    recalcLogs: ['1y', '5y'],
    recalcRuns: { build: 3, edit: 5 },
    setupLog: '10y',
    importSizes: [1000, 5000],
  },
  smoke: {
    logs: [{ label: '1 month', first: '2025-12-01', last: '2025-12-31' }],
    rounds: 1,
    loadRuns: 1,
    recalcLogs: ['1 month'],
    recalcRuns: { build: 1, edit: 1 },
    setupLog: '1 month',
    importSizes: [10, 50],
  },
};

/** A runner in the Rockies: a zone with DST, so day conversion does real work. */
export const ZONE = 'America/Denver';

export interface BenchResults {
  mode: Mode;
  date: string;
  node: string;
  cpu: string;
  zone: string;
  /** The machine's 1-minute load average before and after: other work there widens the spreads. */
  loadAverage: [number, number];
  formulas: FormulaRun[];
  /** Contract formulas dist/Code.js does not declare yet. */
  notBuilt: string[];
  bundle: BundleCost;
  recalc: RecalcComparison[];
  serviceCalls: ServiceCallCount[];
  targets: TargetCheck[];
}

export interface BenchOptions {
  root: string;
  mode: Mode;
  /** Write bench/results.json and the printed tables to bench/results.md. */
  write: boolean;
  print(line: string): void;
}

/** The logs `--only` times formulas on: those the speed budgets name (fresh on 10 years, growth to 20). */
const ONLY_LOGS = ['10y', '20y'];

/**
 * `npm run bench -- --only A,B`: the named formulas alone, on the 10- and 20-year logs, with the
 * full run's rounds; prints their table and writes nothing (a quick check while working on speed).
 */
export function benchOnly({ root, only, print }: Omit<BenchOptions, 'mode' | 'write'> & { only: readonly string[] }): FormulaRun[] {
  const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
  if (only.length === 0) throw new Error('--only needs formula names, e.g. --only BURNOUT_ALERTS,RECOVERY_SCORE');
  const unknown = only.filter((name) => !declaredFormulas(code).some((f) => f.name === name));
  if (unknown.length) throw new Error(`dist/Code.js declares no formula ${unknown.join(', ')}`);
  const loadBefore = loadavg()[0];
  const fixtures: LogFixture[] = PLANS.full.logs.filter((l) => ONLY_LOGS.includes(l.label))
    .map((spec) => ({ label: spec.label, table: logTable(generateEntries(spec.first, spec.last), ZONE) }));
  const runs = timeFormulas(code, ZONE, fixtures, PLANS.full.rounds, only);
  print(`${only.join(', ')} — load average ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}; times in ms: median (10th–90th percentile).`);
  formulaTable(runs).forEach(print);
  return runs;
}

export async function runBench({ root, mode, write, print }: BenchOptions): Promise<BenchResults> {
  const plan = PLANS[mode];
  const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
  const tz = new TimeZone(ZONE);
  const loadBefore = loadavg()[0];

  print(`… generating ${plan.logs.map((l) => l.label).join(', ')} logs`);
  const logs = plan.logs.map((spec) => ({ spec, entries: generateEntries(spec.first, spec.last) }));
  const fixtures: LogFixture[] = logs.map(({ spec, entries }) => ({ label: spec.label, table: logTable(entries, ZONE) }));
  print(`… formulas, ${plan.rounds} rounds`);
  const formulas = timeFormulas(code, ZONE, fixtures, plan.rounds);

  const recalc: RecalcComparison[] = [];
  const recalcBundle = loadBundle({ spreadsheetZone: ZONE }, code);
  for (const { spec, entries } of logs.filter((l) => plan.recalcLogs.includes(l.spec.label))) {
    print(`… ${spec.label} Dashboards in HyperFormula`);
    recalc.push(compareDashboards(spec.label, entries, recalcBundle, tz, plan.recalcRuns));
  }
  print('… setup and imports');
  const setupLog = fixtures.find((f) => f.label === plan.setupLog)!;
  const serviceCalls = countServiceCalls(code, ZONE, setupLog, plan.importSizes);
  print('… bundle');
  const bundle = bundleCost(code, plan.loadRuns, root);
  const declared = declaredFormulas(code);

  const partial = {
    mode,
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    zone: ZONE,
    loadAverage: [loadBefore, loadavg()[0]] as [number, number],
    formulas,
    notBuilt: CONTRACT_FORMULAS.filter((n) => !declared.some((f) => f.name === n)),
    bundle,
    recalc,
    serviceCalls,
  };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  const lines = report(results);
  lines.forEach(print);
  if (write) {
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(root, 'bench', 'results.md'), `${lines.join('\n')}\n`);
  }
  return results;
}
