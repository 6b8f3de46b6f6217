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
 * whole heap too, for a fresh call (in FreshCalls' worker, whose heap holds only that call's
 * context), so the contexts of earlier fresh loads are not collected inside the sample; it then
 * waits for the collection's sweeping on a helper thread to finish.
 */
function collect(full: boolean): void {
  const gc = (globalThis as { gc?: (o?: { type: 'minor' }) => void }).gc;
  if (!gc) return;
  if (!full) return gc({ type: 'minor' });
  // gc() alone is the full collection: Node 20's gc({ type: 'major' }) only scavenges.
  gc();
  Atomics.wait(SETTLE_CELL, 0, 0, SETTLE_MS);
}

/** The worker's heap is small: fresh figures after 30 ms and 400 ms of waiting agreed within noise. */
const SETTLE_MS = 100;
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
