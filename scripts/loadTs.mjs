// Compiles a TypeScript entry (and what it imports) with esbuild into node_modules/.cache and
// loads it: how `npm run bench` and `npm run test:exports` run TypeScript without ts-node.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each bundled module keeps its own __dirname (tests/support finds dist/ by it). */
const ownDirname = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(/\b__dirname\b/g, JSON.stringify(dirname(path))),
      loader: 'ts',
    }));
  },
};

/** The module at `entry` (relative to the repository), compiled into node_modules/.cache/ultra-tracker-NAME. */
export async function loadTs(entry) {
  const name = entry.replace(/\.ts$/, '').replace(/[\/]/g, '-');
  const outfile = join(root, 'node_modules', '.cache', `ultra-tracker-${name}`, `${name}.cjs`);
  await build({
    entryPoints: [join(root, entry)],
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
  return createRequire(import.meta.url)(outfile);
}
