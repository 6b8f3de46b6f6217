// RECOVERY_SCORE's model: one score a day from the morning's wellness against the runner's own
// baselines. The method and its constants are in ./method.ts and docs/recovery.md.

import { Day } from '../days';
import { Log, Wellness } from '../log/readLog';
import { RECOVERY_METHOD as M, RecoveryInput, RecoveryStatus, SUB_SCORES, statusOf } from './method';
import { WindowStats, WindowSummary } from './windowStats';

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

/**
 * n (≥ 0) to one decimal, the text String(Math.round(n * 10) / 10) gives, built from two integers:
 * Why writes three of these a day, and a double's shortest text is the dearer conversion.
 */
export function oneDecimal(n: number): string {
  const t = Math.round(n * 10);
  const d = t % 10;
  return d === 0 ? String(t / 10) : `${(t - d) / 10}.${d}`;
}
const whole = (n: number) => String(Math.round(n));

// Day i's HRV and resting HR in words, read off the series (no HrvStanding or RhrStanding object a day).
function hrvWords(s: RecoverySeries, i: number): string {
  const z = s.hrvZ[i];
  const where = z < -M.hrvNormalSd ? 'below normal' : z < 0 ? 'low-normal' : z <= M.hrvNormalSd ? 'high-normal' : 'above normal';
  return `HRV ${where} (7-day avg ${whole(s.hrvMean7[i])} ms, normal ${whole(s.hrvLow[i])}–${whole(s.hrvHigh[i])} ms)`;
}

function rhrWords(s: RecoverySeries, i: number): string {
  const value = s.rhrValue[i];
  const delta = value - s.rhrBaseline[i];
  if (Math.abs(delta) < 0.05) return `resting HR at baseline (3-day avg ${oneDecimal(value)} bpm)`;
  return `resting HR ${oneDecimal(Math.abs(delta))} bpm ${delta > 0 ? 'above' : 'below'} baseline (3-day avg ${oneDecimal(value)} vs ${oneDecimal(s.rhrBaseline[i])})`;
}

const building = (what: string, count: number) =>
  `${what} not scored yet (baseline ${count} of ${M.baselineMinReadings} readings)`;

/** The inputs in the weights' order (the order ties keep in Why), and their weights in that order (no keyed lookup a day). */
const INPUTS: readonly RecoveryInput[] = ['hrv', 'rhr', 'sleep', 'mood', 'soreness'];
const WEIGHTS: readonly number[] = INPUTS.map((k) => M.weights[k]);

/**
 * Every day's recovery numbers from the log's first day to its last, one typed array each (NaN
 * where there is none), computed in one pass without an object per day: BURNOUT_ALERTS reads them
 * for every day, the planner for the last; recoveryDay() gives one day as RECOVERY_SCORE shows it.
 */
export interface RecoverySeries {
  firstDay: Day;
  wellness: readonly (Wellness | undefined)[];
  /** ln rMSSD of each day's HRV (NaN: none). */
  lnHrv: Float64Array;
  /** 0–100. */
  score: Float64Array;
  /** Each input's sub-score, INPUTS.length a day in INPUTS' order (NaN: not scored that day). */
  sub: Float64Array;
  /** 1 where one input alone was raised to Amber (coaching.md). */
  raised: Uint8Array;
  /** The HRV standing (HrvStanding): z and 7-day mean, ms. */
  hrvZ: Float64Array;
  hrvMean7: Float64Array;
  /** The HRV baseline's normal range, ms, and the morning's z against it (HrvMorning). */
  hrvLow: Float64Array;
  hrvHigh: Float64Array;
  morningZ: Float64Array;
  /** Resting HR (RhrStanding): the 3-day mean and the baseline, bpm. */
  rhrValue: Float64Array;
  rhrBaseline: Float64Array;
  hrvStats: WindowStats;
  rhrStats: WindowStats;
  /** Days before this index are not scored yet (see scoreFrom). */
  scoredFrom: number;
}

/** The 7-day HRV below its normal range on day i (false without a standing: NaN compares false); scores the day if need be. */
export function isHrvBelowNormal(s: RecoverySeries, i: number): boolean {
  if (i < s.scoredFrom) scoreFrom(s, i);
  return s.hrvZ[i] < -M.hrvNormalSd;
}

/**
 * The series of `log`, its days scored from day index `from` on: the planner asks for the latest
 * day only, and scoreFrom() scores earlier days when a streak walks back into them.
 */
export function recoverySeries(log: Log, from = 0): RecoverySeries {
  const firstDay = log.firstDay ?? 0;
  const n = log.lastDay === undefined ? 0 : log.lastDay - firstDay + 1;
  // Plain indexed loops, no Map iteration: this runs in V8's interpreter (see readLog).
  const wellness = log.wellness;
  const lnHrv = new Float64Array(n);
  const rhr = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = wellness[i];
    lnHrv[i] = w?.hrv === undefined ? NaN : Math.log(w.hrv);
    rhr[i] = w?.rhr === undefined ? NaN : w.rhr;
  }
  const missing = () => new Float64Array(n).fill(NaN);
  const s: RecoverySeries = {
    firstDay, wellness, lnHrv, score: missing(), sub: new Float64Array(INPUTS.length * n).fill(NaN), raised: new Uint8Array(n), hrvZ: missing(), hrvMean7: missing(), hrvLow: missing(),
    hrvHigh: missing(), morningZ: missing(), rhrValue: missing(), rhrBaseline: missing(), hrvStats: new WindowStats(lnHrv), rhrStats: new WindowStats(rhr),
    scoredFrom: n,
  };
  scoreFrom(s, from);
  return s;
}

/** Scores the days from index `from` up to those already scored. */
export function scoreFrom(s: RecoverySeries, from: number): void {
  const base: WindowSummary = { count: 0, mean: NaN, sd: 0 };
  const recent: WindowSummary = { count: 0, mean: NaN, sd: 0 };
  for (let i = Math.max(0, from); i < s.scoredFrom; i++) {
    const w = s.wellness[i];
    if (w) scoreDay(s, i, w, base, recent);
  }
  s.scoredFrom = Math.min(s.scoredFrom, Math.max(0, from));
}

/** Day i's numbers into the series; `base` and `recent` are scratch windows. */
function scoreDay(s: RecoverySeries, i: number, w: Wellness, base: WindowSummary, recent: WindowSummary): void {
  const at = INPUTS.length * i;
  if (w.hrv !== undefined && s.hrvStats.windowInto(i - M.baselineDays, i - 1, base).count >= M.baselineMinReadings) {
    const sd = Math.max(base.sd, M.hrvSdFloor);
    s.hrvLow[i] = Math.exp(base.mean - M.hrvNormalSd * sd);
    s.hrvHigh[i] = Math.exp(base.mean + M.hrvNormalSd * sd);
    s.morningZ[i] = (s.lnHrv[i] - base.mean) / sd;
    if (s.hrvStats.windowInto(i - M.hrvWindowDays + 1, i, recent, false).count >= M.hrvMinReadings) {
      const z = (s.hrvZ[i] = (recent.mean - base.mean) / sd);
      s.hrvMean7[i] = Math.exp(recent.mean);
      s.sub[at] = SUB_SCORES.hrv(z);
    }
  }
  if (w.rhr !== undefined && s.rhrStats.windowInto(i - M.baselineDays, i - 1, base).count >= M.baselineMinReadings) {
    const value = (s.rhrValue[i] = s.rhrStats.windowInto(i - M.rhrWindowDays + 1, i, recent, false).mean);
    s.rhrBaseline[i] = base.mean;
    s.sub[at + 1] = SUB_SCORES.rhr(value - base.mean);
  }
  if (w.sleep !== undefined) s.sub[at + 2] = SUB_SCORES.sleep(w.sleep);
  if (w.mood !== undefined) s.sub[at + 3] = SUB_SCORES.mood(w.mood);
  if (w.soreness !== undefined) s.sub[at + 4] = SUB_SCORES.soreness(w.soreness);
  // The weighted mean sums the inputs in the weights' order: hrv, rhr, sleep, mood, soreness.
  let weights = 0, sum = 0, inputs = 0;
  for (let k = 0; k < INPUTS.length; k++) {
    const sub = s.sub[at + k];
    if (Number.isNaN(sub)) continue;
    weights += WEIGHTS[k];
    sum += WEIGHTS[k] * sub;
    inputs++;
  }
  if (inputs === 0) return;
  // One input alone never makes a Red day (coaching.md): a sore morning is not a recovery crisis.
  const raised = inputs < M.redMinInputs && sum / weights < M.redMax + 1;
  s.score[i] = raised ? M.redMax + 1 : sum / weights;
  if (raised) s.raised[i] = 1;
}

/** Day i of the series as RECOVERY_SCORE shows it; `why` written only when `words`. */
export function recoveryDay(s: RecoverySeries, i: number, words: boolean): RecoveryDay {
  const result: RecoveryDay = { day: s.firstDay + i, why: words ? whyOf(s, i) : '' };
  const w = s.wellness[i];
  if (w?.hrv !== undefined && !Number.isNaN(s.morningZ[i])) {
    result.hrvMorning = { value: w.hrv, z: s.morningZ[i], low: s.hrvLow[i], high: s.hrvHigh[i] };
    if (!Number.isNaN(s.hrvZ[i])) result.hrv = hrvStanding(s, i);
  }
  if (w?.rhr !== undefined && !Number.isNaN(s.rhrValue[i])) result.rhr = rhrStanding(s, i);
  if (!Number.isNaN(s.score[i])) {
    result.score = s.score[i];
    result.status = statusOf(result.score);
  }
  return result;
}

const hrvStanding = (s: RecoverySeries, i: number): HrvStanding => ({ mean7: s.hrvMean7[i], low: s.hrvLow[i], high: s.hrvHigh[i], z: s.hrvZ[i] });
const rhrStanding = (s: RecoverySeries, i: number): RhrStanding =>
  ({ value: s.rhrValue[i], baseline: s.rhrBaseline[i], delta: s.rhrValue[i] - s.rhrBaseline[i] });

const joined = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a}; ${b}`);

/**
 * Day i's Why, read off the series: up to 3 inputs that moved the score, then what is not scored
 * (yet); "" on a day without wellness. RECOVERY_SCORE writes one a day, so it is built as one
 * string, without arrays or objects on the way.
 */
export function whyOf(s: RecoverySeries, i: number): string {
  const w = s.wellness[i];
  if (!w) return '';
  let notes = s.raised[i] ? 'one input alone: at worst Amber' : '';
  if (w.hrv !== undefined && Number.isNaN(s.morningZ[i])) notes = joined(notes, building('HRV', s.hrvStats.window(i - M.baselineDays, i - 1).count));
  else if (w.hrv !== undefined && Number.isNaN(s.hrvZ[i])) {
    notes = joined(notes, `HRV not scored (${s.hrvStats.window(i - M.hrvWindowDays + 1, i).count} of ${M.hrvMinReadings} readings needed in 7 days)`);
  }
  if (w.rhr !== undefined && Number.isNaN(s.rhrValue[i])) notes = joined(notes, building('resting HR', s.rhrStats.window(i - M.baselineDays, i - 1).count));
  return Number.isNaN(s.score[i]) ? notes : joined(drivers(s, i, w), notes);
}

/** Up to 3 inputs that moved the score at least 1 point away from a normal morning, largest first, "; "-joined. */
function drivers(s: RecoverySeries, i: number, w: Wellness): string {
  const at = INPUTS.length * i;
  let weights = 0;
  for (let k = 0; k < INPUTS.length; k++) if (!Number.isNaN(s.sub[at + k])) weights += WEIGHTS[k];
  // The 3 largest, a later input after an equal one (as a stable sort would leave them).
  let k1 = -1, k2 = -1, k3 = -1, s1 = 0, s2 = 0, s3 = 0;
  for (let k = 0; k < INPUTS.length; k++) {
    const size = Math.abs((WEIGHTS[k] * (s.sub[at + k] - M.neutral)) / weights);
    if (!(size >= 1)) continue; // NaN: not scored
    if (k1 < 0 || size > s1) {
      k3 = k2; s3 = s2; k2 = k1; s2 = s1; k1 = k; s1 = size;
    } else if (k2 < 0 || size > s2) {
      k3 = k2; s3 = s2; k2 = k; s2 = size;
    } else if (k3 < 0 || size > s3) {
      k3 = k; s3 = size;
    }
  }
  if (k1 < 0) return 'all inputs near normal';
  let text = wordsOf(s, i, w, INPUTS[k1]);
  if (k2 >= 0) text = joined(text, wordsOf(s, i, w, INPUTS[k2]));
  if (k3 >= 0) text = joined(text, wordsOf(s, i, w, INPUTS[k3]));
  return text;
}

/** An input in words: formatted only for the drivers shown, not for every input of every day. */
function wordsOf(s: RecoverySeries, i: number, w: Wellness, input: RecoveryInput): string {
  switch (input) {
    case 'hrv': return hrvWords(s, i);
    case 'rhr': return rhrWords(s, i);
    case 'sleep': return `slept ${oneDecimal(w.sleep!)} h`;
    case 'mood': return `mood ${oneDecimal(w.mood!)}/5`;
    case 'soreness': return `soreness ${oneDecimal(w.soreness!)}/5`;
  }
}
