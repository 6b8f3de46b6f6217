import { readLog } from '../../core/log/readLog';
import { dailyLoads, trainingLoad } from '../../core/load/trainingLoad';
import { weeklyTrend } from '../../core/trend/weeklyTrend';
import { RAMP_WATCH } from '../../core/trend/fitness';
import { isBlank, quote } from '../../core/log/cells';
import { FormulaError } from '../../core/errors';
import { defineFormula, Table } from './define';
import { EASY_PACE_PARAM, LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readTypeMap, readWeekday } from './args';

const NAME = 'WEEKLY_TREND';
export const WEEKLY_TREND_HEADER = ['Week of', 'Run', 'Elevation gain', 'Long run', 'Fitness ramp'];
export const DEFAULT_WEEKS = 12;
const MAX_WEEKS = 520;

/** `weeks`: how many weeks to list, 1–520; 12 when omitted. */
export function readWeeks(v: unknown, formula: string): number {
  if (isBlank(v)) return DEFAULT_WEEKS;
  const n = typeof v === 'string' ? Number(v.trim()) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_WEEKS) {
    throw new FormulaError(formula, `weeks ${quote(v)} must be a whole number of weeks from 1 to ${MAX_WEEKS} (e.g. 12)`);
  }
  return n;
}

export const WEEKS_PARAM = { name: 'weeks', example: '12', description: `Optional. How many weeks, up to the latest logged day (default ${DEFAULT_WEEKS}).`, optional: true };

export const WEEKLY_TREND = defineFormula({
  name: NAME,
  summary: 'The last weeks of training as ultra plans count them: Week of | Run | Elevation gain | Long run | Fitness ramp, one row per week up to the latest logged day.',
  details: [
    'Run: running distance. Elevation gain: summed over the week\'s sessions that give one (the Log\'s Elevation gain column, feet in a miles Log, metres in a km Log); blank when none does. Long run: the week\'s longest single run.',
    `Fitness ramp: the change in start-corrected Fitness over the week's last 7 days (to the latest logged day for the current week), as a percentage of where it was; the Dashboard colours it WATCH above +${Math.round(RAMP_WATCH * 100)} %.`,
  ],
  params: [LOG_PARAM, WEEKS_PARAM, { name: 'week_start', example: '"Mon"', description: 'Optional. "Mon" (default) or "Sun": the day weeks start on.', optional: true }, EASY_PACE_PARAM, TYPE_MAP_PARAM],
  run(tz, log, weeks, weekStart, easyPace, typeMap): Table {
    const n = readWeeks(weeks, NAME);
    const startWeekday = readWeekday(weekStart, 'week_start', NAME, 0, ['Mon', 'Sun']);
    const parsed = readLog(log, tz, NAME, { easyPace: readEasyPace(easyPace, NAME), without: 'wellness', typeMap: readTypeMap(typeMap, NAME) });
    const days = trainingLoad(dailyLoads(parsed), parsed.firstDay ?? 0);
    // Sums to the hundredth (no 10.700000000000001), the ramp to a whole percent (never −0).
    const round = (x: number) => Math.round(x * 100) / 100 || 0;
    return [
      [...WEEKLY_TREND_HEADER],
      ...weeklyTrend(parsed, days, startWeekday, n).map((w) => [tz.dateOf(w.weekStart), round(w.run), w.elevation === undefined ? '' : round(w.elevation), round(w.longRun), w.ramp === undefined ? '' : round(w.ramp)]),
    ];
  },
});
