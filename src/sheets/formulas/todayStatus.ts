import { readLog } from '../../core/log/readLog';
import { readPlan } from '../../core/planner/readPlan';
import { DEFAULT_LONG_RUN_DAY } from '../../core/planner/fromLog';
import { TodayLine, todayLines } from '../../core/trend/today';
import { unitOfLog } from '../../core/units';
import { isBlank } from '../../core/log/cells';
import { TimeZone, WEEKDAYS, weekdayOf } from '../../core/days';
import { Cell, defineFormula, Table } from './define';
import { EASY_PACE_PARAM, LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readTypeMap, readWeekday } from './args';
import { readCycleArg, readDateArg, readRaceDistanceArg } from './planArgs';
import { CYCLE_PARAM, RACE_DISTANCE_PARAM } from './seasonPlan';

const NAME = 'TODAY_STATUS';
export const TODAY_STATUS_HEADER = ['Today', 'Figure', 'Status', 'Why'];
/** The block's rows, in order: the Dashboard formats and colours each by its place. */
export const TODAY_ROWS = ['Latest day', 'Alert', 'Recovery', 'Form', 'Fitness ramp', 'This week', 'Next session'] as const;

/** Whole percent as a fraction, never −0 (which Sheets shows as "−0 %"). */
const percentCell = (fraction: number | undefined): Cell => (fraction === undefined ? '' : Math.round(fraction * 100) / 100 || 0);

function cells(line: TodayLine, tz: TimeZone, unit: string): Cell[] {
  switch (line.what) {
    case 'day': return [tz.dateOf(line.day), WEEKDAYS[weekdayOf(line.day)], line.sessions];
    case 'alert': return ['', line.level, line.reasons];
    case 'recovery': return [line.score ?? '', line.status ?? '', line.why];
    case 'form': return [percentCell(line.percent === undefined ? undefined : line.percent / 100), line.zone ?? '', line.why];
    case 'ramp': return [percentCell(line.ramp), line.level ?? '', line.why];
    case 'week': return [line.run, line.target === undefined ? 'no target' : `${line.target > 0 ? Math.round((line.run / line.target) * 100) : 0} % of ${line.target} ${unit}`, line.from];
    case 'next': return [line.day === undefined ? '' : tz.dateOf(line.day), line.session, line.why];
  }
}

export const TODAY_STATUS = defineFormula({
  name: NAME,
  summary: 'Your latest logged day at a glance: its alert and reasons, recovery, Form %, Fitness ramp, this week\'s running against its target, and the next planned session.',
  details: [
    `Rows: ${TODAY_ROWS.join(', ')}; columns Today | Figure | Status | Why. Every figure is the one BURNOUT_ALERTS, RECOVERY_SCORE and FORM_ZONE give for the latest logged day.`,
    'Fitness ramp: the change in start-corrected Fitness over the last 7 days, as a percentage of where it was; WATCH above +10 % a week (about +8 points a week on the TSS scale, where Fitness is 60–100).',
    'This week: running distance from the start of the week (week_start) to the latest day, against the runs planned that week in the plan range, or else the week\'s target SUGGEST_PLAN computes from your log. Next session: the first plan row after the latest day, or else the first session SUGGEST_PLAN suggests from the next day.',
  ],
  params: [
    LOG_PARAM,
    { name: 'plan', example: 'Plan!A1:H', description: 'Optional. Your plan range with its header row (SUGGEST_PLAN\'s columns), e.g. Plan!A1:H.', optional: true },
    { name: 'week_start', example: '"Mon"', description: 'Optional. "Mon" (default) or "Sun": the day weeks start on.', optional: true },
    { name: 'long_run_day', example: '"Sat"', description: `Optional. Your long-run day for the suggested week (default "${WEEKDAYS[DEFAULT_LONG_RUN_DAY]}").`, optional: true },
    { name: 'race_date', example: '"2026-05-09"', description: 'Optional. Your race day: sets the suggested week\'s phase.', optional: true },
    EASY_PACE_PARAM,
    RACE_DISTANCE_PARAM,
    CYCLE_PARAM,
    TYPE_MAP_PARAM,
  ],
  run(tz, log, plan, weekStart, longRunDay, raceDate, easyPace, raceDistance, cycle, typeMap): Table {
    const startWeekday = readWeekday(weekStart, 'week_start', NAME, 0, ['Mon', 'Sun']);
    const unit = unitOfLog(log);
    const request = {
      longRunDay: readWeekday(longRunDay, 'long_run_day', NAME, DEFAULT_LONG_RUN_DAY),
      raceDay: readDateArg(raceDate, 'race_date', tz, NAME),
      raceDistance: readRaceDistanceArg(raceDistance, unit, NAME),
      cycle: readCycleArg(cycle, NAME),
    };
    const pace = readEasyPace(easyPace, NAME);
    const map = readTypeMap(typeMap, NAME);
    const lines = todayLines(readLog(log, tz, NAME, { easyPace: pace, typeMap: map }), isBlank(plan) ? undefined : readPlan(plan, tz, NAME, map), { startWeekday, unit, planner: request });
    return [[...TODAY_STATUS_HEADER], ...TODAY_ROWS.map((label, i) => [label, ...(lines[i] ? cells(lines[i], tz, unit) : ['', '', i === 0 ? 'No dated row in the Log yet' : ''])])];
  },
});
