// `npm test`: build, type-check, run every jest test, and end with the plain line CI reads:
// "N passed, N failed". With --no-browser (`npm run deploy`) the tests that need a browser — files
// named *browser.test.ts — are left out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;

await buildAll();
let passed = 0;
let failed = 0;
for (const project of ['tsconfig.json', 'tsconfig.core.json', 'sidebar/tsconfig.json', 'preview/page/tsconfig.json']) {
  console.log(`Type-checking ${project}`);
  if (run(bin('tsc'), ['--noEmit', '-p', project])) passed++;
  else failed++;
}

const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });
const report = join(out, 'jest.json');
rmSync(report, { force: true });
const args = process.argv.slice(2);
const noBrowser = args.includes('--no-browser');
const jestArgs = args.filter((a) => a !== '--no-browser');
if (noBrowser) console.log('Leaving out the tests that need a browser (*browser.test.ts)');
run(bin('jest'), ['--json', `--outputFile=${report}`, ...(noBrowser ? ['--testPathIgnorePatterns', 'browser\\.test\\.ts$'] : []), ...jestArgs]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (r.numTotalTests === 0) failed++;
} catch {
  console.error('jest wrote no report: counting the run as failed');
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
