// The burnout-alert rules (formulas.md, BURNOUT_ALERTS), one named unit each. A rule looks at one
// day of precomputed daily series and returns what fired, quoting the measured value and the
// threshold it crossed. Thresholds come from ./thresholds.ts only; session-order rules come from
// ../rules/sessionOrder.ts, shared with the planner and PLAN_CHECK.

import { LoadSeries } from '../load/trainingLoad';
import { RecoverySeries } from '../recovery/recoveryScore';
import { RED_MAX, statusOf } from '../recovery/method';
import { DaySequence, ORDER_RULES, OrderRuleId, REST_DAY_MAX_CARDIO_MINUTES } from '../rules/sessionOrder';
import { AlertThresholds } from './thresholds';

export type AlertLevel = 'OK' | 'WATCH' | 'ALERT';

export interface Finding {
  level: Exclude<AlertLevel, 'OK'>;
  reason: string;
}

/**
 * Everything the rules read, one entry per calendar day from the log's first day; only the days
 * the rules are asked about (and what their streaks reach back to) need be filled in.
 */
export interface AlertContext {
  load: LoadSeries;
  recovery: RecoverySeries;
  sessions: DaySequence;
  /** Running distance from the first day up to (not including) day i. */
  runBefore: Float64Array;
  withoutRest: Int32Array;
  /** Form % of each day (NaN where undefined) and how many days in a row it has been below formWatch. */
  formPct: Float64Array;
  formLowRun: Int32Array;
  hrvLowRun: Int32Array;
  shortSleepRun: Int32Array;
}

export interface AlertRule {
  id: string;
  /** When the rule fires, in words, with the thresholds in force. */
  describe(t: AlertThresholds): string;
  check(ctx: AlertContext, i: number, t: AlertThresholds): Finding | undefined;
}

// Ratios are compared with a little slack, so that a run-miles rise of exactly +30 % (13 ÷ 10 − 1 =
// 0.30000000000000004 in floating point) is not "above 30 %".
const EPS = 1e-9;
const above = (x: number, limit: number) => x > limit + EPS;
const atLeast = (x: number, limit: number) => x >= limit - EPS;

const fixed = (n: number, digits: number) => n.toFixed(digits).replace(/\.?0+$/, '');
const signedPct = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;
const watch = (reason: string): Finding => ({ level: 'WATCH', reason });
const alert = (reason: string): Finding => ({ level: 'ALERT', reason });

const runDistance = (ctx: AlertContext, from: number, to: number) => ctx.runBefore[to + 1] - ctx.runBefore[from];

function orderRule(id: OrderRuleId): AlertRule {
  const rule = ORDER_RULES.find((r) => r.id === id)!;
  return {
    id,
    describe: () => `${rule.rule} (${id}) → WATCH`,
    check: (ctx, i) => {
      const breach = rule.breach(ctx.sessions, i);
      return breach === undefined ? undefined : watch(`${breach} (${id})`);
    },
  };
}

export const ALERT_RULES: readonly AlertRule[] = [
  {
    id: 'acwr',
    describe: (t) => `ACWR above ${t.acwrAlert} → ALERT, ${t.acwrWatch}–${t.acwrAlert} → WATCH`,
    check: ({ load }, i, t) => {
      const acwr = load.acwr[i];
      if (Number.isNaN(acwr)) return undefined;
      if (above(acwr, t.acwrAlert)) return alert(`ACWR ${acwr.toFixed(2)} > ${t.acwrAlert}`);
      return atLeast(acwr, t.acwrWatch) ? watch(`ACWR ${acwr.toFixed(2)} ≥ ${t.acwrWatch}`) : undefined;
    },
  },
  {
    id: 'runIncrease',
    describe: (t) =>
      `running distance of the last 7 days vs the highest of the ${t.runIncreaseBlocks} 7-day blocks before them up more than ${signedPct(t.runIncreaseAlert)} → ALERT, more than ${signedPct(t.runIncreaseWatch)} → WATCH (from the 14th day of the log, over the blocks the log holds, when they had running; a return to normal after a cutback week is not a jump)`,
    check: (ctx, i, t) => {
      if (i < 13) return undefined;
      let highest = 0;
      for (let b = 1; b <= t.runIncreaseBlocks && i - 7 * b - 6 >= 0; b++) highest = Math.max(highest, runDistance(ctx, i - 7 * b - 6, i - 7 * b));
      if (!(highest > 0)) return undefined;
      const change = runDistance(ctx, i - 6, i) / highest - 1;
      if (!Number.isFinite(change)) return undefined; // a near-zero block overflows the ratio
      const says = (limit: number) => `run miles ${signedPct(change)} vs the highest of the previous ${t.runIncreaseBlocks} weeks (> ${signedPct(limit)})`;
      if (above(change, t.runIncreaseAlert)) return alert(says(t.runIncreaseAlert));
      return above(change, t.runIncreaseWatch) ? watch(says(t.runIncreaseWatch)) : undefined;
    },
  },
  {
    id: 'form',
    describe: (t) =>
      `Form below ${t.formWatch}% of Fitness (the log's zero start corrected) → WATCH; below ${t.formWatch}% ${t.formWatchDays} days running, or below ${t.formAlert}% → ALERT`,
    check: ({ formPct, formLowRun }, i, t) => {
      const pct = formPct[i];
      if (!(pct < t.formWatch - EPS)) return undefined; // NaN: no Form yet
      const says = `Form ${Math.round(pct)}% of Fitness`;
      if (pct < t.formAlert - EPS) return alert(`${says} < ${t.formAlert}%`);
      if (formLowRun[i] >= t.formWatchDays) return alert(`${says} < ${t.formWatch}% ${formLowRun[i]} days running (≥ ${t.formWatchDays})`);
      return watch(`${says} < ${t.formWatch}%`);
    },
  },
  {
    id: 'monotony',
    describe: (t) => `Monotony above ${t.monotonyWatch} → WATCH`,
    check: ({ load }, i, t) => {
      const m = load.monotony[i]; // NaN (no monotony) is never above
      return above(m, t.monotonyWatch) ? watch(`monotony ${m.toFixed(2)} > ${t.monotonyWatch}`) : undefined;
    },
  },
  {
    id: 'recoveryRed',
    describe: () => `Recovery Red (score ≤ ${RED_MAX}) → ALERT`,
    check: ({ recovery }, i) => {
      const score = recovery.score[i];
      return !Number.isNaN(score) && statusOf(score) === 'Red' ? alert(`recovery ${Math.round(score)} Red (≤ ${RED_MAX})`) : undefined;
    },
  },
  {
    id: 'hrvLow',
    describe: (t) => `HRV (7-day mean) below its personal normal range ${t.hrvLowDays} days running → WATCH`,
    check: ({ recovery, hrvLowRun }, i, t) => {
      if (hrvLowRun[i] < t.hrvLowDays || Number.isNaN(recovery.hrvZ[i])) return undefined;
      return watch(`HRV below normal range ${hrvLowRun[i]} days running (≥ ${t.hrvLowDays}; 7-day avg ${Math.round(recovery.hrvMean7[i])} ms < ${Math.round(recovery.hrvLow[i])} ms)`);
    },
  },
  {
    id: 'hrvCrash',
    describe: (t) => `a morning's HRV (ln rMSSD) more than ${t.hrvCrashSd} SD below its 60-day mean → WATCH, even while the 7-day mean is in range`,
    check: ({ recovery: r }, i, t) => {
      const z = r.morningZ[i]; // NaN: no baseline yet, never below
      return z < -t.hrvCrashSd - EPS
        ? watch(`HRV ${Math.round(r.wellness[i]!.hrv!)} ms, far below your normal ${Math.round(r.hrvLow[i])}–${Math.round(r.hrvHigh[i])} (${fixed(-z, 1)} SD below the 60-day mean; > ${t.hrvCrashSd})`)
        : undefined;
    },
  },
  {
    id: 'rhrHigh',
    describe: (t) => `resting HR (3-day mean) ${t.rhrAboveBaseline} bpm or more above its baseline → WATCH`,
    check: ({ recovery: r }, i, t) => {
      const delta = r.rhrValue[i] - r.rhrBaseline[i]; // NaN: not scored
      return atLeast(delta, t.rhrAboveBaseline)
        ? watch(`resting HR 3-day avg +${fixed(delta, 1)} bpm vs baseline (≥ +${t.rhrAboveBaseline})`)
        : undefined;
    },
  },
  {
    id: 'shortSleep',
    describe: (t) => `sleep under ${t.shortSleepHours} h ${t.shortSleepNights} nights running → WATCH`,
    check: ({ shortSleepRun, recovery }, i, t) =>
      shortSleepRun[i] >= t.shortSleepNights
        ? watch(`sleep under ${t.shortSleepHours} h ${shortSleepRun[i]} nights running (≥ ${t.shortSleepNights}; last ${fixed(recovery.wellness[i]!.sleep!, 1)} h)`)
        : undefined,
  },
  orderRule('P3'),
  orderRule('P4'),
  orderRule('P5'),
  {
    id: 'noRest',
    describe: (t) => `${t.daysWithoutRest} or more days in a row without a rest day (no run and no strength; mobility, core and ≤ ${REST_DAY_MAX_CARDIO_MINUTES} min easy cardio allowed) → WATCH`,
    check: ({ withoutRest }, i, t) =>
      withoutRest[i] >= t.daysWithoutRest ? watch(`${withoutRest[i]} days without a rest day (≥ ${t.daysWithoutRest})`) : undefined,
  },
  orderRule('P9'),
];
