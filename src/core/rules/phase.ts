// Training phases (planner-rules.md, "Phases"), counted in plan weeks from the race: race week = the
// week that contains race day, taper = the 1–3 weeks before it that coaching.md P17 sets by race
// distance, peak = the 3 weeks before the taper or any week whose target is ≥ 70 mi (112 km),
// recovery = the weeks after a race (P16), base/build = the rest. weekVolume.ts decides each week's.

/** The phase P2 and the generator read: what strength and which workouts a week holds. */
export type Phase = 'base' | 'peak' | 'taper' | 'race' | 'recovery';

export const PEAK_WEEKS_BEFORE_TAPER = 3;
export const PEAK_TARGET_MILES = 70;

export const PHASE_NAMES: Record<Phase, string> = {
  base: 'Base/build week',
  peak: 'Peak week',
  taper: 'Taper week',
  race: 'Race week',
  recovery: 'Recovery week',
};
