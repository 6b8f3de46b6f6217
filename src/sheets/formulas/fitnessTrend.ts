import { readLog } from '../../core/log/readLog';
import { dailyLoads, trainingLoad } from '../../core/load/trainingLoad';
import { correctedLoad, formShown } from '../../core/trend/fitness';
import { isBlank } from '../../core/log/cells';
import { defineFormula, Table } from './define';
import { dailyTable } from './daily';
import { EASY_PACE_PARAM, LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readMonth, readTypeMap } from './args';
import { DEFAULT_WEEKS, readWeeks } from './weeklyTrend';

const NAME = 'FITNESS_TREND';
export const FITNESS_TREND_HEADER = ['Date', 'Load', 'Fatigue', 'Fitness', 'Form %', 'Zone', 'ACWR', 'Monotony'];

export const FITNESS_TREND = defineFormula({
  name: NAME,
  summary: 'Daily fitness with one Form figure: Date | Load | Fatigue | Fitness | Form % | Zone | ACWR | Monotony, for the last weeks (default 12) or one month.',
  details: [
    'Fatigue and Fitness are TRAINING_LOAD\'s, start-corrected (each average divided by the weight its days of data carry, 1 − (1 − 1/n)^days), so a new log reads what its training supports. Form % = (Fitness − Fatigue) ÷ Fitness of the day before, the row above: the reading FORM_ZONE, the zones and the Form alert use; Zone is FORM_ZONE\'s. ACWR and Monotony are TRAINING_LOAD\'s. TRAINING_LOAD keeps the raw values and Form (TSB).',
  ],
  params: [
    LOG_PARAM,
    { name: 'period', example: '12', description: `Optional. A number of weeks up to the latest logged day (default ${DEFAULT_WEEKS}), or a date in a month (or text YYYY-MM) for that month.`, optional: true },
    EASY_PACE_PARAM,
    TYPE_MAP_PARAM,
  ],
  run(tz, log, period, easyPace, typeMap): Table {
    const pace = readEasyPace(easyPace, NAME);
    const byWeeks = isBlank(period) || (typeof period === 'number' && period < 1000) || (typeof period === 'string' && /^\s*\d{1,3}\s*$/.test(period));
    const month = byWeeks ? undefined : readMonth(period, tz, NAME);
    const parsed = readLog(log, tz, NAME, { easyPace: pace, without: 'wellness', typeMap: readTypeMap(typeMap, NAME) });
    const first = parsed.firstDay ?? 0;
    const days = trainingLoad(dailyLoads(parsed), first);
    const range = month ?? (parsed.lastDay === undefined ? undefined : { first: parsed.lastDay - 7 * readWeeks(period, NAME) + 1, last: parsed.lastDay });
    return dailyTable(tz, FITNESS_TREND_HEADER, days, range, (date, d) => {
      const i = d.day - first;
      const { fitness, fatigue } = correctedLoad(days, i);
      const form = formShown(days, i);
      return [date, d.load, fatigue, fitness, form ? form.percent / 100 : '', form?.zone ?? '', d.acwr ?? '', d.monotony ?? ''];
    });
  },
});
