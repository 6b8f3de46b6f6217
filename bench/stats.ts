// Repeated timings and their summary. A sample set is reported as its median and the spread
// between its 10th and 90th percentiles, so one GC pause neither hides nor dominates a figure.

import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Milliseconds. */
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

/** The q-quantile of sorted samples, linearly interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), runs: sorted.length };
}

/**
 * Clears the young generation before a sample when node runs with --expose-gc (npm run bench
 * does), so garbage the harness made preparing the sample is not collected inside it. `full`: the
 * whole heap too, for a fresh call — Apps Script starts each one on its own, while here the contexts
 * of every earlier fresh load (hundreds of copies of the bundle) would otherwise be collected during
 * whichever sample comes next. A full collection then goes on sweeping on a helper thread for a
 * while, in proportion to the bench's own heap (every formula's context with its copy of the log):
 * the sample waits for it, since a formula in Apps Script does not share its isolate with them.
 */
function collect(full: boolean): void {
  const gc = (globalThis as { gc?: (o: { type: 'minor' | 'major' }) => void }).gc;
  if (!gc) return;
  gc({ type: full ? 'major' : 'minor' });
  if (full) Atomics.wait(SETTLE_CELL, 0, 0, SETTLE_MS);
}

/**
 * How long a fresh sample waits after the full collection: with the contexts of 120 ten-year logs
 * beside it, 150 ms left a fresh RECOVERY_SCORE 50 % slower than with none, 400 ms within noise of it.
 */
const SETTLE_MS = 400;
const SETTLE_CELL = new Int32Array(new SharedArrayBuffer(4));

/** Milliseconds one call of `run` takes. */
export function timeOnce(run: () => unknown, full = false): number {
  collect(full);
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Times `run` `runs` times. `prepare` runs before each sample, untimed, and hands its result
 * to `run` (e.g. a fresh context to load into).
 */
export function timeRuns<P>(runs: number, prepare: (i: number) => P, run: (p: P) => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = prepare(i);
    samples.push(timeOnce(() => run(p)));
  }
  return summarize(samples);
}
