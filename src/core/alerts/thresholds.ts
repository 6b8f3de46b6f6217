// Every burnout-alert threshold in one table (formulas.md, BURNOUT_ALERTS; training-science.md).
// Settings may override any of them; the rules in ./alertRules.ts read them from here only.

import { MAX_DAYS_WITHOUT_REST } from '../rules/sessionOrder';

export const ALERT_THRESHOLDS = {
  /** ACWR above this → ALERT (Gabbett's "danger" zone). */
  acwrAlert: 1.5,
  /** ACWR at or above this → WATCH (Gabbett's "caution" zone starts). */
  acwrWatch: 1.3,
  /** Running distance of the last 7 days vs the 7 before, as a fraction: above → ALERT (Nielsen 2014). */
  runIncreaseAlert: 0.3,
  /** …above → WATCH (the 10 % rule of thumb). */
  runIncreaseWatch: 0.1,
  /** Form below this percentage of Fitness → ALERT (the "high risk" zone of intervals.icu / Friel; see formPercent). */
  formAlert: -30,
  /** Monotony above → WATCH (Foster). */
  monotonyWatch: 2,
  /** HRV below its normal range this many days running → WATCH (Kiviniemi 2007). */
  hrvLowDays: 2,
  /** Resting HR this many bpm above baseline or more → WATCH (Oura: 3–5 bpm). */
  rhrAboveBaseline: 5,
  /** Sleep under this many hours… */
  shortSleepHours: 6,
  /** …this many nights running → WATCH. */
  shortSleepNights: 3,
  /** This many days or more without a rest day → WATCH. */
  daysWithoutRest: MAX_DAYS_WITHOUT_REST + 1,
};

export type AlertThresholds = typeof ALERT_THRESHOLDS;
export type ThresholdName = keyof AlertThresholds;
