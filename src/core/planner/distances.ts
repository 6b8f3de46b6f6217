// How the week's target distance is shared among its runs (P13), and how long each run takes at
// the runner's easy pace.

import { PlanKind } from '../sessionTypes';
import { VOLUME_RULE } from '../rules/weekTarget';
import { BOUNDS } from '../log/readLog';

/** Relative distance of the runs other than the long run. */
const RUN_WEIGHT: Partial<Record<PlanKind, number>> = { easy_run: 1, tempo: 1, hills: 0.9, intervals: 0.9, recovery_run: 0.6 };
/** Minutes per distance unit relative to easy pace (warm-up and recoveries included). */
const PACE_FACTOR: Partial<Record<PlanKind, number>> = { long_run: 1.1, recovery_run: 1.1, hills: 1.1, tempo: 0.9, intervals: 0.95 };

export const weightOf = (kind: PlanKind): number => RUN_WEIGHT[kind] ?? 1;
/** The shakeout the day before a race is shorter than other recovery runs. */
export const SHAKEOUT_WEIGHT = 0.4;

/** The long run's share: 30 %, more when few runs share the week (so it stays the longest), at most 40 %. */
export function longRunShare(runs: number): number {
  if (runs <= 1) return 1;
  const { min, max } = VOLUME_RULE.longShare;
  return Math.min(max, Math.max(min, 0.3, 1.15 / runs));
}

/** Distance of each run: the long run its share, the others by `weights` (same order as `kinds`). */
export function shareDistance(kinds: readonly PlanKind[], weights: readonly number[], total: number): number[] {
  const hasLong = kinds.includes('long_run');
  const long = hasLong ? total * longRunShare(kinds.length) : 0;
  const sum = kinds.reduce((a, k, i) => a + (k === 'long_run' ? 0 : weights[i]), 0);
  return kinds.map((k, i) => (k === 'long_run' ? long : sum > 0 ? ((total - long) * weights[i]) / sum : 0));
}

/** Step distances are rounded to: 0.5, 0.1 in a week under 5 units, 0.01 under 1 (within P13's 10 %). */
export const roundingStep = (total: number): number => (total >= 5 ? 0.5 : total >= 1 ? 0.1 : 0.01);

/**
 * Rounds to multiples of `step` keeping the sum at the rounded total (largest remainder), and
 * every positive value at least one step when the total allows.
 */
export function roundToTotal(values: readonly number[], step: number): number[] {
  const units = values.map((v) => v / step);
  const total = Math.round(units.reduce((a, b) => a + b, 0) + 1e-9);
  const out = units.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = units.map((_, i) => i).sort((a, b) => units[b] - Math.floor(units[b]) - (units[a] - Math.floor(units[a])) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  for (let i = 0; i < out.length; i++) {
    if (units[i] <= 0 || out[i] > 0) continue;
    const donor = out.indexOf(Math.max(...out));
    if (out[donor] < 2) break;
    out[donor]--;
    out[i]++;
  }
  return out.map((u) => Math.round(u * step * 100) / 100);
}

/** Minutes of a run at the runner's easy pace, to the nearest 5 (at least 5, at most a day). */
export const runMinutes = (kind: PlanKind, distance: number, pace: number): number =>
  Math.min(BOUNDS.duration.max, Math.max(5, Math.round((distance * pace * (PACE_FACTOR[kind] ?? 1)) / 5) * 5));
