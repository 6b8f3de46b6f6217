// P13, the week's running volume: the runner's target, else the mean of the last 4 logged weeks
// capped at last week + 10 %; × 0.7 the week before race week, × 0.5 in race week (race excluded).

import { DistanceUnit, milesIn } from '../units';
import { Phase } from './phase';

/** The largest weekly running target a runner may ask for, in any unit. */
export const MAX_WEEKLY_TARGET = 500;

export const VOLUME_RULE = {
  /** Weeks of history the target averages. */
  historyWeeks: 4,
  /** The target never exceeds last week's running by more than this. */
  maxRise: 0.1,
  /** Planned running distance may differ from the target by this fraction. */
  tolerance: 0.1,
  /** Target factor by phase: the week before race week, and race week. */
  factor: { base: 1, peak: 1, taper: 0.7, race: 0.5 } satisfies Record<Phase, number>,
  /** The long run's share of the week's running, checked once the week reaches `longShareFromMiles`. */
  longShare: { min: 0.25, max: 0.4 },
  longShareFromMiles: 20,
  /**
   * Project choice: a week needs a long run (P1), so when the history gives less than this (a break,
   * or no running logged), the target is this restart volume instead.
   */
  restartMiles: 3,
} as const;

export interface VolumeTarget {
  /** Volume before the phase factor (decides peak by volume). */
  base: number;
  /** The week's target running distance, race excluded. */
  target: number;
  /** How the target was reached, in words. */
  how: string;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The base volume: `given` when the runner set one, else from `weeklyRun`, the running distance
 * of the last logged weeks (oldest first, at most 4; the last is "last week").
 */
export function baseVolume(given: number | undefined, weeklyRun: readonly number[], unit: DistanceUnit): { base: number; how: string } {
  if (given !== undefined) return { base: given, how: `your target ${fmt(given)} ${unit}` };
  const weeks = weeklyRun.slice(-VOLUME_RULE.historyWeeks);
  const restart = milesIn(VOLUME_RULE.restartMiles, unit);
  if (weeks.length === 0) return { base: restart, how: `no running logged yet: a restart week of ${fmt(restart)} ${unit}` };
  const mean = weeks.reduce((a, b) => a + b, 0) / weeks.length;
  const last = weeks[weeks.length - 1];
  const cap = last * (1 + VOLUME_RULE.maxRise);
  const span = weeks.length === 1 ? 'last week' : `mean of the last ${weeks.length} weeks`;
  let base = mean;
  let how = `${span} ${fmt(mean)} ${unit}`;
  if (cap < mean) {
    base = cap;
    how += `, capped at last week's ${fmt(last)} + 10 %`;
  }
  if (base < restart) return { base: restart, how: `${how}: too little for a long run, so a restart week of ${fmt(restart)} ${unit}` };
  return { base, how };
}

export function volumeTarget(base: { base: number; how: string }, phase: Phase): VolumeTarget {
  const f = VOLUME_RULE.factor[phase];
  const target = base.base * f;
  const how = f === 1 ? base.how : `${base.how}, × ${f} ${phase === 'race' ? 'in race week (race excluded)' : 'the week before race week'}`;
  return { base: base.base, target, how };
}
