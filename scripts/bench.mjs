// `npm run bench`: times every formula of the built dist/Code.js on 10 years of daily logs
// (two sessions and a wellness row a day), the way Sheets calls them, then runs bench/*.bench.ts
// (the import of 5,000 activities). Speed targets live here, not in timed test assertions.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildAll();
// Run in this context, as Apps Script runs one plain global scope: a vm context would slow every
// global lookup (Math, String) through its interceptors and overstate the times.
const context = globalThis;
context.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'America/New_York' }) };
context.Session = { getScriptTimeZone: () => 'Etc/UTC' };
vm.runInThisContext(readFileSync(join(root, 'dist', 'Code.js'), 'utf8'), { filename: 'Code.js' });

const YEARS = 10;
const header = ['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness', 'Notes'];
const week = ['Rest', 'Tempo', 'Bike', 'Hills', 'Easy run', 'Long run', 'Recovery run'];
const rows = [header];
for (let d = 0; d < YEARS * 365; d++) {
  const date = new Date(Date.UTC(2016, 0, 1 + d, 5)); // midnight in New York
  const type = week[d % 7];
  rows.push([date, type, type === 'Rest' || type === 'Bike' ? '' : 4 + (d % 5), 30 + (d % 60), 3 + (d % 6), 6 + (d % 3), 40 + (d % 30), 45 + (d % 8), 1 + (d % 5), 1 + ((d * 3) % 5), '']);
  if (d % 3 === 0) rows.push([date, 'Strength (upper)', '', 40, 5, '', '', '', '', '', 'gym']);
}
const column = (i) => rows.slice(1).map((r) => [r[i]]);
// A Plan sheet of 10 years: the suggested week repeated week after week.
const week1 = context.SUGGEST_PLAN(rows, new Date(Date.UTC(2016, 0, 4, 5)));
const plan = [week1[0], ...Array.from({ length: YEARS * 52 }, (_, w) => week1.slice(1).map(([d, ...rest]) => [new Date(d.getTime() + w * 7 * 86400000), ...rest])).flat()];

const cases = [
  ['WEEKLY_MILES', [rows]],
  ['TRAINING_LOAD', [rows]],
  ['RECOVERY_SCORE', [rows]],
  ['BURNOUT_ALERTS', [rows]],
  ['LOG_ISSUES', [rows]],
  ['CROSS_TRAIN_MILES', [column(1), column(3)]],
  ['SUGGEST_PLAN', [rows]],
  ['PLAN_CHECK', [plan]],
];
console.log(`${rows.length - 1} log rows over ${YEARS} years (median of 7 runs after 2 warm-ups)`);
for (const [name, args] of cases) {
  const times = [];
  let size = 0;
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now();
    size = context[name](...args).length;
    if (run >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(18)} ${times[3].toFixed(1).padStart(7)} ms  (${size} rows out)`);
}

// Then every bench/*.bench.ts (benches that need the tests' fakes and fixtures), bundled for Node
// into test-output/bench/ so paths relative to the file resolve as in tests/, each in a process of its own.
let failed = false;
for (const file of readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const outfile = join(root, 'test-output', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({ entryPoints: [join(root, 'bench', file)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  console.log(`\n${file}`);
  failed = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' }).status !== 0 || failed;
}
process.exit(failed ? 1 : 0);
