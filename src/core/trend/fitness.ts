// Fitness and Fatigue as the Dashboard shows them: start-corrected, the reading Form % (and so the
// zones and the Form alert) uses, so the three figures on one screen agree. The raw values stay
// TRAINING_LOAD's. The correction divides each average by the weight its days of data carry,
// 1 − (1 − 1/n)^days: on a new log Fitness reads what the training so far supports, not a ramp from 0.

import { ATL_DAYS, CTL_DAYS, LoadDay, formPercent } from '../load/trainingLoad';
import { FormZone, formZone } from '../load/formZones';

/** Fitness and Fatigue of day `i` of `days` (the load model from the log's first day), start-corrected. */
export function correctedLoad(days: readonly LoadDay[], i: number): { fitness: number; fatigue: number } {
  const weight = (n: number) => 1 - (1 - 1 / n) ** (i + 1);
  return { fitness: days[i].ctl / weight(CTL_DAYS), fatigue: days[i].atl / weight(ATL_DAYS) };
}

/** Fitness ramp: the change in corrected Fitness over the 7 days ending on day `i`, as a fraction of where it was; undefined in the first week or from 0. */
export function fitnessRamp(days: readonly LoadDay[], i: number): number | undefined {
  if (i < 7) return undefined;
  const before = correctedLoad(days, i - 7).fitness;
  // Below one load point there is no Fitness to speak of (and a ratio of two tiny numbers overflows).
  return before >= 1 ? correctedLoad(days, i).fitness / before - 1 : undefined;
}

/** The ramp above which the Dashboard colours it WATCH: about +8 Fitness points a week on the TSS scale, where Fitness is 60–100. */
export const RAMP_WATCH = 0.1;

/** Form % of day `i` (of the day before, as the alerts read it) shown in whole percent, never −0, with its zone (from the unrounded value, as the alert judges it). */
export function formShown(days: readonly LoadDay[], i: number): { percent: number; zone: FormZone } | undefined {
  const p = formPercent(days, i);
  return p === undefined ? undefined : { percent: Math.round(p) || 0, zone: formZone(p) };
}
