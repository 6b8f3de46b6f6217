// What every formula cell pays before it runs: dist/Code.js is fetched, compiled and run in a
// fresh global scope for each custom-function execution.

import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { Timing, timeRuns } from './stats';

export interface BundleCost {
  bytes: number;
  gzipBytes: number;
  /** Compile + run of the whole file in a fresh, empty context (loading calls no service). */
  coldLoad: Timing;
}

export function bundleCost(code: string, runs: number): BundleCost {
  const bytes = Buffer.byteLength(code, 'utf8');
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const coldLoad = timeRuns(
    runs,
    // A unique tail defeats V8's compilation cache, so each sample compiles from source.
    (i) => ({ context: vm.createContext({}), source: `${code}\n// cold load ${i}\n` }),
    ({ context, source }) => new vm.Script(source, { filename: 'Code.js' }).runInContext(context),
  );
  return { bytes, gzipBytes, coldLoad };
}
