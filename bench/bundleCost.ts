// What every formula cell pays before it runs: dist/Code.js is fetched, compiled and run in a
// fresh global scope for each custom-function execution.

import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { Timing, timeRuns } from './stats';

export interface BundleCost {
  bytes: number;
  gzipBytes: number;
  /** Compile + run of the whole file in a fresh, empty context (loading calls no service). */
  coldLoad: Timing;
  /** Minified bytes the session-type table (src/core/sessionTypes.ts, the import's type names) adds. */
  typeTableBytes: number;
}

/** Minified bytes `file` (relative to `root`) adds to the bundle of src/main.ts, from esbuild's metafile. */
function moduleBytes(root: string, file: string): number {
  const { metafile } = buildSync({
    entryPoints: ['src/main.ts'], absWorkingDir: root, bundle: true, format: 'iife', target: 'es2020', platform: 'neutral',
    mainFields: ['module', 'main'], minify: true, globalName: 'UltraTracker', write: false, metafile: true, logLevel: 'silent',
  });
  return Object.values(metafile.outputs)[0].inputs[file]?.bytesInOutput ?? 0;
}

export function bundleCost(code: string, runs: number, root: string): BundleCost {
  const bytes = Buffer.byteLength(code, 'utf8');
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const coldLoad = timeRuns(
    runs,
    // A unique tail defeats V8's compilation cache, so each sample compiles from source.
    (i) => ({ context: vm.createContext({}), source: `${code}\n// cold load ${i}\n` }),
    ({ context, source }) => new vm.Script(source, { filename: 'Code.js' }).runInContext(context),
  );
  return { bytes, gzipBytes, coldLoad, typeTableBytes: moduleBytes(root, 'src/core/sessionTypes.ts') };
}
