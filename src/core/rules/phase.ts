// Training phases (planner-rules.md, "Phases"), counted in plan weeks from the race: race week = the
// week that contains race day, taper = that week and the one before, peak = the 3 weeks before the
// taper or any week whose target is ≥ 70 mi (112 km), base/build = the rest.

import { Day } from '../days';
import { DistanceUnit, milesIn } from '../units';

/** `taper` is the week before race week; race week is `race` (also part of the taper). */
export type Phase = 'base' | 'peak' | 'taper' | 'race';

export const PEAK_WEEKS_BEFORE_TAPER = 3;
export const PEAK_TARGET_MILES = 70;

export const PHASE_NAMES: Record<Phase, string> = {
  base: 'Base/build week',
  peak: 'Peak week',
  taper: 'Taper week',
  race: 'Race week',
};

export interface WeekPhase {
  phase: Phase;
  /** Whole plan weeks from this week to race week (0 in race week); undefined without a race ahead. */
  weeksToRace?: number;
}

/** Phase of the 7 days from `weekStart`; `target` is the week's volume before taper cuts. */
export function phaseOf(weekStart: Day, raceDay: Day | undefined, target: number, unit: DistanceUnit): WeekPhase {
  const weeksToRace = raceDay !== undefined && raceDay >= weekStart ? Math.floor((raceDay - weekStart) / 7) : undefined;
  if (weeksToRace === 0) return { phase: 'race', weeksToRace };
  if (weeksToRace === 1) return { phase: 'taper', weeksToRace };
  const peakByRace = weeksToRace !== undefined && weeksToRace <= 1 + PEAK_WEEKS_BEFORE_TAPER;
  const phase = peakByRace || target >= milesIn(PEAK_TARGET_MILES, unit) ? 'peak' : 'base';
  return weeksToRace === undefined ? { phase } : { phase, weeksToRace };
}
