import { readLog } from '../../core/log/readLog';
import { weeklyVolume } from '../../core/volume';
import { defineFormula, Table } from './define';
import { EASY_PACE_PARAM, LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readMonth, readWeekday, readTypeMap } from './args';

const NAME = 'WEEKLY_MILES';
/** A change under half a percent either way is 0: shown as a whole percent it would read "−0 %". */
const flat = (change: number): number => (Math.abs(change) < 0.005 ? 0 : change);
export const WEEKLY_MILES_HEADER = ['Week of', 'Run', 'Cross-training', 'Total', 'Change'];

export const WEEKLY_MILES = defineFormula({
  name: NAME,
  summary: 'Weekly distance from the log: Week of | Run | Cross-training | Total | Change, one row per calendar week.',
  details: [
    'Run sums Distance over running sessions. Cross-training is the easy-running equivalent of bike, swim, elliptical, row, SkiErg, pool-run and hike sessions (see CROSS_TRAIN_MILES). Total = Run + Cross-training.',
    'Change = Run ÷ previous week\'s Run − 1 (blank for the first week or after a week without running; 0 when under half a percent either way, so it never reads −0 %). Weeks without sessions are listed with 0.',
  ],
  params: [
    LOG_PARAM,
    { ...MONTH_PARAM, description: 'Optional. A date in the month, or text YYYY-MM: only weeks that overlap that month are shown (Change still uses the week before).' },
    { name: 'week_start', example: '"Mon"', description: 'Optional. "Mon" (default) or "Sun": the day weeks start on.', optional: true },
    EASY_PACE_PARAM,
    TYPE_MAP_PARAM,
  ],
  run(tz, log, month, weekStart, easyPace, typeMap): Table {
    const startWeekday = readWeekday(weekStart, 'week_start', NAME, 0, ['Mon', 'Sun']);
    const pace = readEasyPace(easyPace, NAME);
    const range = readMonth(month, tz, NAME);
    const weeks = weeklyVolume(readLog(log, tz, NAME, { easyPace: pace, without: 'wellness', typeMap: readTypeMap(typeMap, NAME) }), startWeekday, pace);
    const table: Table = [WEEKLY_MILES_HEADER];
    for (const w of weeks) {
      if (range && (w.weekStart + 6 < range.first || w.weekStart > range.last)) continue;
      table.push([tz.dateOf(w.weekStart), w.run, w.cross, w.total, w.change === undefined ? '' : flat(w.change)]);
    }
    return table;
  },
});

