// The recovery score's method: every constant, sub-score and weight in one place, so the help
// text, docs/recovery.md and the code say the same thing. Sources: training-science.md,
// "Recovery and readiness". Each sub-score is 0–100 and 75 means "a normal morning".

export const RECOVERY_METHOD = {
  /** Personal baselines (HRV and resting HR) use the readings of the 60 days before the day (HRV4Training). */
  baselineDays: 60,
  /** A baseline counts once it holds this many readings; before that the input is left out. */
  baselineMinReadings: 14,
  /** HRV is judged by the mean ln rMSSD of the last 7 days, the day included (Plews). */
  hrvWindowDays: 7,
  /** …with at least 3 readings in those 7 days (Plews: at least 3 a week). */
  hrvMinReadings: 3,
  /** Resting HR is judged by the mean of the last 3 days, the day included: one morning swings ± 2–3 bpm. */
  rhrWindowDays: 3,
  /**
   * Normal range = baseline mean ± 1 SD (Kiviniemi 2007: below mean − SD, train easy). The 7-day mean
   * of a steady runner spreads ± 0.38 SD (1 ÷ √7): a ± 0.5 SD range would read "low" about one day in ten with nothing wrong.
   */
  hrvNormalSd: 1,
  /** An SD below 0.05 (5 % of rMSSD) is taken as 0.05, so a very steady baseline does not over-react. */
  hrvSdFloor: 0.05,
  /** A normal morning's sub-score; Why lists the inputs furthest from it. */
  neutral: 75,
  weights: { hrv: 30, rhr: 20, sleep: 20, mood: 15, soreness: 15 },
  /** Red (≤ redMax) needs at least this many inputs; one input alone scores at worst redMax + 1, Amber (coaching.md). */
  redMinInputs: 2,
  redMax: 33,
} as const;

export type RecoveryInput = keyof typeof RECOVERY_METHOD.weights;

const clamp100 = (x: number): number => Math.min(100, Math.max(0, x));

/** Sub-scores, each non-decreasing in "better": the score is a weighted mean of them. */
export const SUB_SCORES = {
  /**
   * z = (7-day mean ln rMSSD − baseline mean) ÷ SD of the daily readings: 75 at the mean, 25 at the normal
   * range's lower edge (−1 SD: a week's mean that far down is rare, its own spread is ± 0.38 SD), 0 from −1.5 SD.
   */
  hrv: (z: number) => clamp100(75 + 50 * z),
  /** Δ = resting HR − baseline mean, bpm: 75 at baseline, −10 per bpm above. */
  rhr: (delta: number) => clamp100(75 - 10 * delta),
  /** Hours slept: 0 at 4 h or less, 75 at 7 h, 100 from 8 h on. */
  sleep: (hours: number) => clamp100(25 * (hours - 4)),
  /** Mood 1–5 (5 best): 0, 25, 50, 75, 100. */
  mood: (mood: number) => clamp100(25 * (mood - 1)),
  /** Soreness 1–5 (5 worst): 100, 75, 50, 25, 0. */
  soreness: (soreness: number) => clamp100(25 * (5 - soreness)),
} satisfies Record<RecoveryInput, (x: number) => number>;

export type RecoveryStatus = 'Green' | 'Amber' | 'Red';
export const GREEN_MIN = 67;
export const RED_MAX = RECOVERY_METHOD.redMax;

/** WHOOP's bands: Green ≥ 67, Red ≤ 33, Amber between (34–66 on whole scores). */
export const statusOf = (score: number): RecoveryStatus => (score >= GREEN_MIN ? 'Green' : score <= RED_MAX ? 'Red' : 'Amber');
