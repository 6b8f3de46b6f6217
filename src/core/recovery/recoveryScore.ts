// RECOVERY_SCORE's model: one score a day from the morning's wellness against the runner's own
// baselines. The method and its constants are in ./method.ts and docs/recovery.md.

import { Day } from '../days';
import { Log, Wellness } from '../log/readLog';
import { RECOVERY_METHOD as M, RecoveryInput, RecoveryStatus, SUB_SCORES, statusOf } from './method';
import { WindowStats } from './windowStats';

export type { RecoveryStatus } from './method';

/** The 7-day HRV against its normal range, in ms (geometric means of the ln rMSSD). */
export interface HrvStanding {
  mean7: number;
  low: number;
  high: number;
  /** (7-day mean − baseline mean) ÷ SD, in ln rMSSD. Below the range: z < −0.5. */
  z: number;
}

/** The morning's own HRV against the baseline: a single crash shows here before the 7-day mean moves. */
export interface HrvMorning {
  value: number;
  /** (ln rMSSD − baseline mean) ÷ SD. */
  z: number;
  /** The normal range, ms. */
  low: number;
  high: number;
}

export interface RhrStanding {
  /** Mean of the readings of the last 3 days, the day included (one morning swings ± 2–3 bpm). */
  value: number;
  baseline: number;
  /** value − baseline, bpm. */
  delta: number;
}

export interface RecoveryDay {
  day: Day;
  /** 0–100; undefined on a day without wellness input (or only inputs still building a baseline). */
  score?: number;
  status?: RecoveryStatus;
  /** What moved the score, in words; "" on a day without wellness input. */
  why: string;
  hrv?: HrvStanding;
  hrvMorning?: HrvMorning;
  rhr?: RhrStanding;
}

export const isHrvBelowNormal = (h: HrvStanding | undefined): boolean => h !== undefined && h.z < -M.hrvNormalSd;

interface Scored {
  input: RecoveryInput;
  sub: number;
  /** The day's value for sleep, mood and soreness (HRV and resting HR are worded from their standing). */
  value: number;
}

const one = (n: number) => String(Math.round(n * 10) / 10);
const whole = (n: number) => String(Math.round(n));

function hrvWords(h: HrvStanding): string {
  const where = h.z < -M.hrvNormalSd ? 'below normal' : h.z < 0 ? 'low-normal' : h.z <= M.hrvNormalSd ? 'high-normal' : 'above normal';
  return `HRV ${where} (7-day avg ${whole(h.mean7)} ms, normal ${whole(h.low)}–${whole(h.high)} ms)`;
}

function rhrWords(r: RhrStanding): string {
  if (Math.abs(r.delta) < 0.05) return `resting HR at baseline (3-day avg ${one(r.value)} bpm)`;
  return `resting HR ${one(Math.abs(r.delta))} bpm ${r.delta > 0 ? 'above' : 'below'} baseline (3-day avg ${one(r.value)} vs ${one(r.baseline)})`;
}

const building = (what: string, count: number) =>
  `${what} not scored yet (baseline ${count} of ${M.baselineMinReadings} readings)`;

export interface RecoveryOptions {
  /**
   * The first day whose `why` is written; earlier days get "". The text costs more than the score:
   * BURNOUT_ALERTS reads only numbers (Infinity), the planner only the latest day's words.
   */
  whyFrom?: Day;
}

/** One score per calendar day from the log's first day to its last. */
export function recoveryByDay(log: Log, opts: RecoveryOptions = {}): RecoveryDay[] {
  const whyFrom = opts.whyFrom ?? -Infinity;
  const { firstDay, lastDay } = log;
  if (firstDay === undefined || lastDay === undefined) return [];
  const n = lastDay - firstDay + 1;
  // Plain indexed loops, no Map iteration: this runs in V8's interpreter (see readLog).
  const wellness: (Wellness | undefined)[] = new Array(n);
  const lnHrv = new Float64Array(n);
  const rhr = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = (wellness[i] = log.wellness.get(firstDay + i));
    lnHrv[i] = w?.hrv === undefined ? NaN : Math.log(w.hrv);
    rhr[i] = w?.rhr === undefined ? NaN : w.rhr;
  }
  const hrvStats = new WindowStats(lnHrv);
  const rhrStats = new WindowStats(rhr);
  const out: RecoveryDay[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = wellness[i];
    out[i] = w ? scoreDay(firstDay + i, w, i, hrvStats, rhrStats, firstDay + i >= whyFrom) : { day: firstDay + i, why: '' };
  }
  return out;
}

function scoreDay(day: Day, w: Wellness, i: number, hrvStats: WindowStats, rhrStats: WindowStats, words: boolean): RecoveryDay {
  const result: RecoveryDay = { day, why: '' };
  const scored: Scored[] = [];
  const notes: string[] = [];

  if (w.hrv !== undefined) {
    const base = hrvStats.window(i - M.baselineDays, i - 1);
    if (base.count < M.baselineMinReadings) notes.push(building('HRV', base.count));
    else {
      const sd = Math.max(base.sd, M.hrvSdFloor);
      const low = Math.exp(base.mean - M.hrvNormalSd * sd);
      const high = Math.exp(base.mean + M.hrvNormalSd * sd);
      result.hrvMorning = { value: w.hrv, z: (Math.log(w.hrv) - base.mean) / sd, low, high };
      const week = hrvStats.window(i - M.hrvWindowDays + 1, i);
      if (week.count < M.hrvMinReadings) notes.push(`HRV not scored (${week.count} of ${M.hrvMinReadings} readings needed in 7 days)`);
      else {
        const h: HrvStanding = { mean7: Math.exp(week.mean), low, high, z: (week.mean - base.mean) / sd };
        result.hrv = h;
        scored.push({ input: 'hrv', sub: SUB_SCORES.hrv(h.z), value: 0 });
      }
    }
  }
  if (w.rhr !== undefined) {
    const base = rhrStats.window(i - M.baselineDays, i - 1);
    if (base.count < M.baselineMinReadings) notes.push(building('resting HR', base.count));
    else {
      const value = rhrStats.window(i - M.rhrWindowDays + 1, i).mean;
      const r: RhrStanding = { value, baseline: base.mean, delta: value - base.mean };
      result.rhr = r;
      scored.push({ input: 'rhr', sub: SUB_SCORES.rhr(r.delta), value: 0 });
    }
  }
  if (w.sleep !== undefined) scored.push({ input: 'sleep', sub: SUB_SCORES.sleep(w.sleep), value: w.sleep });
  if (w.mood !== undefined) scored.push({ input: 'mood', sub: SUB_SCORES.mood(w.mood), value: w.mood });
  if (w.soreness !== undefined) scored.push({ input: 'soreness', sub: SUB_SCORES.soreness(w.soreness), value: w.soreness });

  if (scored.length > 0) {
    let weights = 0, sum = 0;
    for (const s of scored) {
      weights += M.weights[s.input];
      sum += M.weights[s.input] * s.sub;
    }
    // One input alone never makes a Red day (coaching.md): a sore morning is not a recovery crisis.
    const alone = scored.length < M.redMinInputs && sum / weights < M.redMax + 1;
    result.score = alone ? M.redMax + 1 : sum / weights;
    result.status = statusOf(result.score);
    if (alone) notes.unshift('one input alone: at worst Amber');
    if (words) result.why = drivers(scored, weights, result).concat(notes).join('; ');
  } else if (words) {
    result.why = notes.join('; ');
  }
  return result;
}

/** Up to 3 inputs that moved the score at least 1 point away from a normal morning, largest first. */
function drivers(scored: Scored[], weights: number, day: RecoveryDay): string[] {
  // Loops rather than map/filter chains: one call per day, not one per input (interpreter cost).
  const moved: { s: Scored; size: number }[] = [];
  for (const s of scored) {
    const size = Math.abs((M.weights[s.input] * (s.sub - M.neutral)) / weights);
    if (size >= 1) moved.push({ s, size });
  }
  if (moved.length === 0) return ['all inputs near normal'];
  if (moved.length > 1) moved.sort((a, b) => b.size - a.size); // stable: ties keep the inputs' order
  const words: string[] = [];
  for (let i = 0; i < moved.length && i < 3; i++) words.push(wordsOf(moved[i].s, day));
  return words;
}

/** An input in words: formatted only for the drivers shown, not for every input of every day. */
function wordsOf(s: Scored, day: RecoveryDay): string {
  switch (s.input) {
    case 'hrv': return hrvWords(day.hrv!);
    case 'rhr': return rhrWords(day.rhr!);
    case 'sleep': return `slept ${one(s.value)} h`;
    case 'mood': return `mood ${one(s.value)}/5`;
    case 'soreness': return `soreness ${one(s.value)}/5`;
  }
}
