// How the week's target distance is shared among its runs (P13, P19), and how long each run takes at
// the runner's easy pace.

import { PlanKind } from '../sessionTypes';
import { LongRunPlan } from './weekVolume';
import { BOUNDS } from '../log/readLog';

/** Relative distance of the runs other than the long run. */
const RUN_WEIGHT: Partial<Record<PlanKind, number>> = { easy_run: 1, tempo: 1, hills: 0.9, intervals: 0.9, recovery_run: 0.6 };
/** Minutes per distance unit relative to easy pace (warm-up and recoveries included). */
const PACE_FACTOR: Partial<Record<PlanKind, number>> = { long_run: 1.1, recovery_run: 1.1, hills: 1.1, tempo: 0.9, intervals: 0.95 };

export const weightOf = (kind: PlanKind): number => RUN_WEIGHT[kind] ?? 1;
/** The shakeout the day before a race is shorter than other recovery runs. */
export const SHAKEOUT_WEIGHT = 0.4;

/**
 * Distance of each run: the long run as the week's volume plans it, raised where needed to stay the
 * week's longest run (P19) — unless it is a taper cap (P17), when the other runs shrink instead —
 * and the others by `weights` (same order as `kinds`). Without a planned long run, by weights alone.
 */
export function shareDistance(kinds: readonly PlanKind[], weights: readonly number[], total: number, long?: LongRunPlan): number[] {
  const iLong = kinds.indexOf('long_run');
  if (iLong >= 0 && kinds.length === 1) return [long?.capped ? Math.min(total, long.distance) : total];
  const sum = weights.reduce((a, w, i) => a + (i === iLong ? 0 : w), 0);
  if (iLong < 0) return kinds.map((_, i) => (sum > 0 ? (total * weights[i]) / sum : 0));
  const heaviest = Math.max(...weights.filter((_, i) => i !== iLong));
  let l = Math.min(total, long?.distance ?? 0);
  if (!long?.capped) l = Math.max(l, (total * heaviest) / (sum + heaviest));
  return kinds.map((_, i) => (i === iLong ? l : Math.min(long?.capped ? l : Infinity, ((total - l) * weights[i]) / sum)));
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

/** Minutes of a run at the runner's easy pace, to the nearest 5 (at least 5, at most the Log's 48 h). */
export const runMinutes = (kind: PlanKind, distance: number, pace: number): number =>
  Math.min(BOUNDS.duration.max, Math.max(5, Math.round((distance * pace * (PACE_FACTOR[kind] ?? 1)) / 5) * 5));
