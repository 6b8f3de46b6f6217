// The numbers of coaching.md's volume rules P13–P20 in one place: the week planner, the season
// plan, the rule table's checkers and the docs read them from here. Distances are in the log's
// unit; the thresholds stated in miles convert with milesIn.

import { DistanceUnit, KM_PER_MILE, milesIn } from '../units';
import { CutbackCycle } from '../cutbackCycle';

/** The largest weekly running target a runner may ask for, in any unit. */
export const MAX_WEEKLY_TARGET = 500;

export const VOLUME_RULE = {
  /** Recent weeks: the last 4 complete weeks, reaching back up to 8 past race and recovery weeks. */
  recentWeeks: 4,
  reachWeeks: 8,
  /** P13: target = min(1.10 × L, 1.25 × T), planned within ±5 %. */
  levelRise: 1.1,
  typicalRise: 1.25,
  tolerance: 0.05,
  /** P15: a cutback week runs under 85 % of the highest of the 3 weeks before it; planned at 75 % of L (70–80 %). */
  cutbackBelow: 0.85,
  cutbackFactor: 0.75,
  cutbackLongRun: 0.7,
  /** P18: a down week at 70 % of T (60–80 %), long run at most 75 % of LR. */
  downFactor: 0.7,
  downLongRun: 0.75,
  /** P19: long run min(LR + 2 mi, 1.15 × LR), 25–45 % of the week from 20 mi; 30 % of the target without history. */
  longRiseMiles: 2,
  longRiseFactor: 1.15,
  longShare: { min: 0.25, max: 0.45 },
  longShareFromMiles: 20,
  longShareWithoutHistory: 0.3,
  /** P20: a week under 20 mi is a novice week, at most 1 workout. */
  noviceBelowMiles: 20,
  /** The empty log's beginner week: 15 mi (25 km). */
  beginnerMiles: 15,
  beginnerKm: 25,
  /** A week needs a long run (P1): under this much running the target is this restart volume instead. */
  restartMiles: 3,
  /**
   * P16, as the planner applies it: no running for a day per this many km of the race after it
   * (marathon and 50 km 2 days, 100 km 4, 100 mi 5), the first recovery week's cap shared over
   * the days left. Stricter than P16's cap alone: a coach rests the legs before the first jog.
   */
  restKmPerDay: 32,
  /** P21: an injured week's cardio sessions last at most this long. */
  injuredCardioMinutes: 90,
} as const;

/** Weeks a race's recovery lasts (P16): max(1, round(km ÷ 40)), halves rounding up. */
export const recoveryWeeksOf = (raceKm: number): number => Math.max(1, Math.round(raceKm / 40));

/** Days without running after a race (P16 as the planner applies it). */
export const restDaysAfterRace = (raceKm: number): number => Math.ceil(raceKm / VOLUME_RULE.restKmPerDay);

/** P16's cap on recovery week k of n, as a fraction of the level before the race's taper. */
export const recoveryFactor = (k: number, n: number): number => 0.3 + (0.6 * (k - 1)) / n;

/** Recovery weeks that hold no workout and no lower-body strength (P16): the first ⌈n ÷ 2⌉. */
export const easyRecoveryWeeks = (n: number): number => Math.ceil(n / 2);

export interface Taper {
  /** Volume factor of each taper week, first to last, then race week's. */
  weeks: readonly number[];
  race: number;
  /** P17's long-run cap of each taper week, × the peak long run. */
  longRun: readonly number[];
}

const MARATHON_KM = 42.195;

/** P17: the taper by race distance. */
export function taperOf(raceKm: number): Taper {
  // A marathon (42.195 km) is in the 42.2 km band.
  if (raceKm < MARATHON_KM - 1e-6) return { weeks: [0.7], race: 0.5, longRun: [0.6] };
  if (raceKm < 100) return { weeks: [0.75, 0.55], race: 0.35, longRun: [0.6, 0.5] };
  return { weeks: [0.8, 0.65, 0.5], race: 0.3, longRun: [0.6, 0.5, 0.4] };
}

/** The default race distance, 50 mi, in km. */
export const DEFAULT_RACE_KM = 50 * KM_PER_MILE;

/** A distance in the log's unit, in km (at the planner's 1.6 km per mile). */
export const kmOf = (distance: number, unit: DistanceUnit): number => (unit === 'km' ? distance : distance * KM_PER_MILE);

/** The season's default peak cap: 50 mi for races under 100 km, 70 mi from 100 km (SEASON_PLAN). */
export const seasonPeakCap = (raceKm: number, unit: DistanceUnit): number => milesIn(raceKm < 100 ? 50 : 70, unit);
/** The season's peak is never more than this × L. */
export const SEASON_PEAK_OVER_LEVEL = 1.5;

/** Cutback cycles: build weeks before each cutback week (P15). */
export const CYCLES: Record<CutbackCycle, number> = { '3:1': 3, '2:1': 2 };
