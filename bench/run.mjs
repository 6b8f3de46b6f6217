// `npm run bench [-- --smoke | --only FORMULA,…]`: builds dist/, compiles the TypeScript bench with
// esbuild (no ts-node) into node_modules/.cache, and runs it. The tables go to stdout and
// bench/results.md, the figures to bench/results.json (neither file in smoke or --only mode).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.mjs';
import { loadTs } from '../scripts/loadTs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await buildAll();
const { benchOnly, runBench } = await loadTs('bench/main.ts');
const smoke = process.argv.includes('--smoke');
const only = process.argv.indexOf('--only');
const print = (line) => console.log(line);
if (only >= 0) benchOnly({ root, only: (process.argv[only + 1] ?? '').split(',').filter(Boolean), print });
else await runBench({ root, mode: smoke ? 'smoke' : 'full', write: !smoke, print });
