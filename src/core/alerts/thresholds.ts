// Every burnout-alert threshold in one table (formulas.md, BURNOUT_ALERTS; coaching.md, "Alerts and
// recovery, recalibrated"; training-science.md).
// Settings may override any of them; the rules in ./alertRules.ts read them from here only.

import { MAX_DAYS_WITHOUT_REST } from '../rules/sessionOrder';

export const ALERT_THRESHOLDS = {
  /** ACWR above this → ALERT (Gabbett's "danger" zone). */
  acwrAlert: 1.5,
  /** ACWR at or above this → WATCH (Gabbett's "caution" zone starts). */
  acwrWatch: 1.3,
  /**
   * Running distance of the last 7 days vs the highest of the 7-day blocks before them, as a fraction:
   * above → ALERT (Nielsen 2014). Against the highest block, so a return to normal after a cutback
   * week is not a jump.
   */
  runIncreaseAlert: 0.3,
  /** …above → WATCH. */
  runIncreaseWatch: 0.15,
  /** How many 7-day blocks before the last 7 days the run-distance rule looks back over. */
  runIncreaseBlocks: 4,
  /** Form below this percentage of Fitness → WATCH (the "high risk" zone of intervals.icu / Friel; see formPercent)… */
  formWatch: -30,
  /** …on this many days running → ALERT (one day below is the planned fatigue of a long run)… */
  formWatchDays: 3,
  /** …or below this → ALERT. */
  formAlert: -50,
  /** Monotony above → WATCH (Foster). */
  monotonyWatch: 2,
  /** HRV below its normal range this many days running → WATCH (Kiviniemi 2007). */
  hrvLowDays: 2,
  /** A morning's ln rMSSD more than this many SD below its baseline mean → WATCH (an HRV crash). */
  hrvCrashSd: 2,
  /** Resting HR (3-day mean) this many bpm above baseline or more → WATCH (Oura: 3–5 bpm). */
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
