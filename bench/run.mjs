// `npm run bench [-- --smoke]`: builds dist/, compiles the TypeScript bench with esbuild (no
// ts-node) into node_modules/.cache, and runs it. The tables go to stdout and bench/results.md,
// the figures to bench/results.json (neither file in smoke mode).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.mjs';
import { loadTs } from '../scripts/loadTs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await buildAll();
const { runBench } = await loadTs('bench/main.ts');
const smoke = process.argv.includes('--smoke');
await runBench({ root, mode: smoke ? 'smoke' : 'full', write: !smoke, print: (line) => console.log(line) });
