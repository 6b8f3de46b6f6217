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
  /** Normal range = baseline mean ± 0.5 SD: the smallest worthwhile change (Plews). */
  hrvNormalSd: 0.5,
  /** An SD below 0.05 (5 % of rMSSD) is taken as 0.05, so a very steady baseline does not over-react. */
  hrvSdFloor: 0.05,
  /** A normal morning's sub-score; Why lists the inputs furthest from it. */
  neutral: 75,
  weights: { hrv: 30, rhr: 20, sleep: 20, mood: 15, soreness: 15 },
} as const;

export type RecoveryInput = keyof typeof RECOVERY_METHOD.weights;

const clamp100 = (x: number): number => Math.min(100, Math.max(0, x));

/** Sub-scores, each non-decreasing in "better": the score is a weighted mean of them. */
export const SUB_SCORES = {
  /** z = (7-day mean ln rMSSD − baseline mean) ÷ SD: 75 at the mean, 50 at the normal range's lower edge. */
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
export const RED_MAX = 33;

/** WHOOP's bands: Green ≥ 67, Red ≤ 33, Amber between (34–66 on whole scores). */
export const statusOf = (score: number): RecoveryStatus => (score >= GREEN_MIN ? 'Green' : score <= RED_MAX ? 'Red' : 'Amber');
