// Fitness, fatigue, form, ACWR, monotony and strain from daily loads, in one pass.
// Constants and project choices: training-science.md ("Fitness, fatigue, form", "ACWR", "Monotony").

import { Day } from '../days';
import { Log } from '../log/readLog';

export const CTL_DAYS = 42;
export const ATL_DAYS = 7;
export const ACWR_ACUTE_DAYS = 7;
export const ACWR_CHRONIC_DAYS = 28;
export const MONOTONY_DAYS = 7;

export interface LoadDay {
  day: Day;
  load: number;
  atl: number;
  ctl: number;
  /** Form on day t = CTL(t−1) − ATL(t−1). */
  tsb: number;
  acwr?: number;
  monotony?: number;
  strain?: number;
}

/** Load per calendar day from the log's first day to its last (days without sessions are 0). */
export function dailyLoads(log: Log): Float64Array {
  if (log.firstDay === undefined || log.lastDay === undefined) return new Float64Array(0);
  const loads = new Float64Array(log.lastDay - log.firstDay + 1);
  const { sessions } = log;
  for (let k = 0; k < sessions.length; k++) loads[sessions[k].day - log.firstDay] += sessions[k].load;
  return loads;
}

/**
 * The load model's daily figures, one typed array each (NaN where a figure is undefined): what
 * BURNOUT_ALERTS and the planner read, without an object per day (a 10-year log would make 3,650
 * of them for each formula call, and Apps Script runs every call in a fresh interpreter).
 */
export interface LoadSeries {
  firstDay: Day;
  load: ArrayLike<number>;
  atl: Float64Array;
  ctl: Float64Array;
  tsb: Float64Array;
  acwr: Float64Array;
  monotony: Float64Array;
  strain: Float64Array;
}

/** The load model over a dense daily series starting at `firstDay`; seeds are 0 the day before. */
export function loadSeries(loads: ArrayLike<number>, firstDay: Day): LoadSeries {
  const kAtl = 1 / ATL_DAYS;
  const kCtl = 1 / CTL_DAYS;
  const lAcute = 2 / (ACWR_ACUTE_DAYS + 1);
  const lChronic = 2 / (ACWR_CHRONIC_DAYS + 1);
  const n = loads.length;
  const out: LoadSeries = {
    firstDay, load: loads, atl: new Float64Array(n), ctl: new Float64Array(n), tsb: new Float64Array(n),
    acwr: new Float64Array(n).fill(NaN), monotony: new Float64Array(n).fill(NaN), strain: new Float64Array(n).fill(NaN),
  };
  let atl = 0, ctl = 0, acute = 0, chronic = 0;
  for (let i = 0; i < n; i++) {
    const load = loads[i];
    out.tsb[i] = ctl - atl;
    atl += kAtl * (load - atl);
    ctl += kCtl * (load - ctl);
    acute += lAcute * (load - acute);
    chronic += lChronic * (load - chronic);
    out.atl[i] = atl;
    out.ctl[i] = ctl;
    if (i >= ACWR_CHRONIC_DAYS - 1 && chronic > 0) out.acwr[i] = acute / chronic;
    if (i >= MONOTONY_DAYS - 1) setMonotonyAndStrain(out, i);
  }
  return out;
}

/** The load model as one object per day (TRAINING_LOAD's rows), undefined figures left out. */
export function trainingLoad(loads: ArrayLike<number>, firstDay: Day): LoadDay[] {
  const s = loadSeries(loads, firstDay);
  const out: LoadDay[] = new Array(loads.length);
  for (let i = 0; i < loads.length; i++) {
    const d: LoadDay = { day: firstDay + i, load: loads[i], atl: s.atl[i], ctl: s.ctl[i], tsb: s.tsb[i] };
    if (!Number.isNaN(s.acwr[i])) d.acwr = s.acwr[i];
    if (!Number.isNaN(s.monotony[i])) {
      d.monotony = s.monotony[i];
      d.strain = s.strain[i];
    }
    out[i] = d;
  }
  return out;
}

/**
 * Foster's monotony (mean ÷ population SD) and strain (sum × monotony) of the 7 days ending at
 * `end` (left NaN when the SD is 0).
 */
function setMonotonyAndStrain(s: LoadSeries, end: number): void {
  const loads = s.load;
  let sum = 0;
  for (let j = end - MONOTONY_DAYS + 1; j <= end; j++) sum += loads[j];
  const mean = sum / MONOTONY_DAYS;
  let sq = 0;
  for (let j = end - MONOTONY_DAYS + 1; j <= end; j++) sq += (loads[j] - mean) ** 2;
  const sd = Math.sqrt(sq / MONOTONY_DAYS);
  // A relative floor: float noise on identical loads must not read as a tiny SD.
  if (sd <= 1e-9 * Math.max(1, mean)) return;
  const monotony = mean / sd;
  s.monotony[end] = monotony;
  s.strain[end] = sum * monotony;
}

/**
 * Form as a percentage of Fitness (both yesterday's), the scale-free reading of Form the alert
 * and the Dashboard's zones use: the reference's zones (< −30 high risk …) were set for TSS,
 * where a trained athlete's Fitness is 50–100 points, while session-RPE loads run 3–5 times
 * larger. The log's zero start is corrected as for bias-corrected EWMAs (each average divided by
 * the weight its i days of data carry, 1 − (1 − k)^i), so steady training reads 0 % from the
 * first week instead of months of deeply negative Form; the correction fades as the log grows
 * (under 1 % after 190 days). Undefined on the first day and while Fitness is 0.
 */
export function formPercent(days: readonly LoadDay[], i: number): number | undefined {
  return i < 1 ? undefined : formPercentOf(days[i - 1], i);
}

/** formPercent of each day of a series from index `from` on, NaN where undefined (and before `from`). */
export function formPercents(s: LoadSeries, from = 0): Float64Array {
  const out = new Float64Array(s.atl.length).fill(NaN);
  for (let i = Math.max(1, from); i < out.length; i++) out[i] = formPercentAt(s, i);
  return out;
}

/** formPercent of day i of a series, NaN where undefined. */
export const formPercentAt = (s: LoadSeries, i: number): number => (i < 1 ? NaN : formRatio(s.atl[i - 1], s.ctl[i - 1], i));

/** The weight i days of data carry in an n-day average started from 0. */
const startWeight = (n: number, i: number) => 1 - (1 - 1 / n) ** i;

/** Form % on the log's day `i` (≥ 1) from the day before's Fatigue and Fitness (SEASON_PLAN projects these). */
export function formPercentOf(yesterday: { atl: number; ctl: number }, i: number): number | undefined {
  const p = formRatio(yesterday.atl, yesterday.ctl, i);
  return Number.isNaN(p) ? undefined : p;
}

/** formPercentOf with NaN for undefined (while Fitness is 0). */
function formRatio(atlBefore: number, ctlBefore: number, i: number): number {
  const ctl = ctlBefore / startWeight(CTL_DAYS, i);
  const atl = atlBefore / startWeight(ATL_DAYS, i);
  return ctl > 0 ? ((ctl - atl) / ctl) * 100 : NaN;
}
