import { readLog } from '../../core/log/readLog';
import { recoverySeries, whyOf } from '../../core/recovery/recoveryScore';
import { GREEN_MIN, RECOVERY_METHOD as M, RED_MAX, statusOf } from '../../core/recovery/method';
import { Cell, defineFormula, Table } from './define';
import { LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readMonth, readTypeMap } from './args';
import { dailyRows } from './daily';

const NAME = 'RECOVERY_SCORE';
export const RECOVERY_SCORE_HEADER = ['Date', 'Recovery', 'Status', 'Why'];
const W = M.weights;
/**
 * Each row starts as a copy of this one. An array literal's allocation site is tracked by V8, and
 * once a 20-year log's 7,306 rows outlive a collection it allocates every later row straight into the
 * old generation (with WellnessSums' days, a 20-year log took 3 times a 10-year one, warm; 2.2 times without).
 */
const ROW: readonly Cell[] = [0, '', '', ''];

export const RECOVERY_SCORE = defineFormula({
  name: NAME,
  summary: 'Daily recovery score 0–100 from your morning wellness against your own baselines: Date | Recovery | Status | Why, one row per calendar day.',
  details: [
    `Status: Green ≥ ${GREEN_MIN}, Amber between (34–66), Red ≤ ${RED_MAX} (WHOOP's bands), on the unrounded score. Red needs at least ${M.redMinInputs} inputs: a score from one input alone is raised to ${RED_MAX + 1}, Amber (a sore morning alone is not a recovery crisis). Recovery and Status are blank on a day without wellness input. Several values on one day are averaged first.`,
    `Recovery = Σ weight × sub-score ÷ Σ weight over the inputs present that day; a missing input drops out and the others share its weight. Weights: HRV ${W.hrv}, resting HR ${W.rhr}, sleep ${W.sleep}, mood ${W.mood}, soreness ${W.soreness}. Each sub-score is 0–100; ${M.neutral} is a normal morning.`,
    `HRV (rMSSD, as ln rMSSD, Plews): m7 = mean ln rMSSD of the day and the ${M.hrvWindowDays - 1} before (the day's reading and at least ${M.hrvMinReadings} in those ${M.hrvWindowDays} days needed). Baseline = mean and SD (STDEV) of ln rMSSD over the ${M.baselineDays} days before the day, used once it holds ${M.baselineMinReadings} readings; SD at least ${M.hrvSdFloor}. z = (m7 − mean) ÷ SD; sub-score = 75 + 50 × z. Normal range = mean ± ${M.hrvNormalSd} SD (Kiviniemi: below mean − SD, train easy); m7 below it reads "HRV below normal". A single morning more than 2 SD below the mean is an HRV crash, which BURNOUT_ALERTS reports even while m7 is in range.`,
    `Resting HR: the mean of the last ${M.rhrWindowDays} days' readings (the day's included; one morning swings ± 2–3 bpm) minus the mean of the ${M.baselineDays} days before the day (${M.baselineMinReadings} readings needed); sub-score = 75 − 10 per bpm above. Sleep: 25 × (hours − 4) (4 h → 0, 7 h → 75, 8 h or more → 100). Mood (1–5, 5 best): 25 × (mood − 1). Soreness (1–5, 5 worst): 25 × (5 − soreness). Sub-scores are kept within 0–100.`,
    'Why: up to 3 inputs that moved the score at least 1 point from a normal morning, largest first, then any input not scored yet (baseline still building). Worked example: docs/recovery.md.',
  ],
  params: [LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM],
  run(tz, log, month, typeMap): Table {
    const range = readMonth(month, tz, NAME);
    readTypeMap(typeMap, NAME);
    // Read off the series a row at a time (words only for the rows shown): no object per day.
    const read = readLog(log, tz, NAME, { without: 'sessions' });
    // A day's score reads only the windows before it: a month's rows need only that month scored.
    const s = recoverySeries(read, range && read.firstDay !== undefined ? Math.max(0, range.first - read.firstDay) : 0);
    return dailyRows(tz, RECOVERY_SCORE_HEADER, s.firstDay, s.score.length, range, (date, i) => {
      const score = s.score[i];
      // A copy of ROW, not an array literal: see ROW.
      const row = ROW.slice();
      row[0] = date;
      if (!Number.isNaN(score)) { row[1] = score; row[2] = statusOf(score); }
      row[3] = whyOf(s, i);
      return row;
    });
  },
});
