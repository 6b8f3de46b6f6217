import { readLog } from '../../core/log/readLog';
import { dailyLoads, loadSeries } from '../../core/load/trainingLoad';
import { defineFormula, Table } from './define';
import { dailyRows } from './daily';
import { EASY_PACE_PARAM, LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readMonth, readTypeMap } from './args';

const NAME = 'TRAINING_LOAD';
/** A figure the model leaves undefined (NaN) shows as a blank cell. */
const blank = (x: number) => (Number.isNaN(x) ? '' : x);
export const TRAINING_LOAD_HEADER = ['Date', 'Load', 'Fatigue (ATL)', 'Fitness (CTL)', 'Form (TSB)', 'ACWR', 'Monotony', 'Strain'];

export const TRAINING_LOAD = defineFormula({
  name: NAME,
  summary: 'Daily training load, fatigue, fitness, form, ACWR, monotony and strain, one row per calendar day from the first logged day to the last.',
  details: [
    'Load = Σ minutes × RPE over the day\'s sessions (Foster session-RPE). No RPE: a typical RPE for the type is assumed (easy run 4, long run 5, tempo/hills 7, intervals/race 8, strength 5–6, mobility 1–2, cardio 4, unknown 5); a run without duration is counted at easy_pace; LOG_ISSUES lists every assumption.',
    'Fatigue (ATL) and Fitness (CTL): exponentially weighted averages with k = 1/7 and 1/42 (TrainingPeaks PMC), seeded at 0 the day before the first logged day. Form (TSB) = yesterday\'s Fitness − yesterday\'s Fatigue.',
    'ACWR = EWMA(λ = 2/8) ÷ EWMA(λ = 2/29) of daily load (Williams 2017), blank before day 28 or while the chronic value is 0. Monotony = mean ÷ population SD of the last 7 daily loads, Strain = their sum × Monotony (Foster 1998), blank before day 7 or when the SD is 0.',
  ],
  params: [LOG_PARAM, MONTH_PARAM, EASY_PACE_PARAM, TYPE_MAP_PARAM],
  run(tz, log, month, easyPace, typeMap): Table {
    const pace = readEasyPace(easyPace, NAME);
    const range = readMonth(month, tz, NAME);
    const parsed = readLog(log, tz, NAME, { easyPace: pace, without: 'wellness', typeMap: readTypeMap(typeMap, NAME) });
    const s = loadSeries(dailyLoads(parsed), parsed.firstDay ?? 0);
    return dailyRows(tz, TRAINING_LOAD_HEADER, s.firstDay, s.atl.length, range, (date, i) =>
      [date, s.load[i], s.atl[i], s.ctl[i], s.tsb[i], blank(s.acwr[i]), blank(s.monotony[i]), blank(s.strain[i])]);
  },
});
