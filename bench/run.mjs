// `npm run bench [-- --smoke]`: builds dist/, compiles the TypeScript bench with esbuild (no
// ts-node) into node_modules/.cache, and runs it. The tables go to stdout and bench/results.md,
// the figures to bench/results.json (neither file in smoke mode).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'ultra-tracker-bench', 'bench.cjs');

/** Each bundled module keeps its own __dirname (tests/support finds dist/ and the samples by it). */
const ownDirname = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(/\b__dirname\b/g, JSON.stringify(dirname(path))),
      loader: 'ts',
    }));
  },
};

await buildAll();
await build({
  entryPoints: [join(root, 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  plugins: [ownDirname],
  logLevel: 'warning',
});
const { runBench } = createRequire(import.meta.url)(outfile);
const smoke = process.argv.includes('--smoke');
await runBench({ root, mode: smoke ? 'smoke' : 'full', write: !smoke, print: (line) => console.log(line) });
