// `npm run bench`: builds dist/, then runs every bench/*.bench.ts — bundled for Node by esbuild
// into test-output/bench/, so paths relative to the file resolve as in tests/ — and prints what it
// measures. Speed is measured here, never asserted in tests.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildAll();
let failed = false;
for (const file of readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const outfile = join(root, 'test-output', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({ entryPoints: [join(root, 'bench', file)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  console.log(`\n${file}`);
  failed = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' }).status !== 0 || failed;
}
process.exit(failed ? 1 : 0);
