import { WEEKDAYS } from '../../core/days';
import { readLog } from '../../core/log/readLog';
import { planFromLog, DEFAULT_LONG_RUN_DAY } from '../../core/planner/fromLog';
import { PLAN_HEADER, planRows } from '../../core/planner/planTable';
import { defineFormula, Table } from './define';
import { LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readTypeMap, readWeekday } from './args';
import { MAX_WEEKLY_TARGET } from '../../core/rules/weekTarget';
import { unitOfLog } from '../../core/units';
import { CYCLE_PARAM, RACE_DISTANCE_PARAM, VOLUME_HELP } from './seasonPlan';
import { readCycleArg, readDateArg, readFlagArg, readRaceDistanceArg, readTargetArg, readWeekStartArg } from './planArgs';

const NAME = 'SUGGEST_PLAN';

export const SUGGEST_PLAN = defineFormula({
  name: NAME,
  summary: 'A suggested training week from your log: Date | Day | Slot | Session | Kind | Distance | Minutes | Details, one row per session (AM/PM), following planner rules P1–P21.',
  details: [
    'Rules: docs/planner.md (P1–P12: planner-rules.md; P13–P21: coaching.md). The first row\'s Details explain the week: phase, volume and long run with the rule and the numbers that set them.',
    VOLUME_HELP,
    'With race_date ahead, the week is the one SEASON_PLAN plans for it (same target, long run, phase). After an ALERT or a Red day: a down week, nothing hard on the first 2 days, no miles moved (P12, P18). Injured: runs become cardio of at most 90 min, no lower-body strength (P11, P21). Empty log: a plan at target_miles with a warning, else a 15 mi (25 km) beginner week.',
  ],
  params: [
    LOG_PARAM,
    { name: 'week_start', example: '"2026-03-02"', description: 'Optional. The first day of the week to plan: a date or YYYY-MM-DD, or a weekday ("Sun") for the first such day after the last logged date; default the Monday after the last logged date.', optional: true },
    { name: 'long_run_day', example: '"Sat"', description: `Optional. The long-run day, "Mon" … "Sun" (default "${WEEKDAYS[DEFAULT_LONG_RUN_DAY]}").`, optional: true },
    { name: 'race_date', example: '"2026-05-09"', description: 'Optional. Your race day: sets the phase (peak, taper, race week, recovery after it).', optional: true },
    { name: 'target_miles', example: '40', description: `Optional. This week's running target in your log's unit (more than 0, at most ${MAX_WEEKLY_TARGET}); above the build target of P13 it is capped (P14).`, optional: true },
    { name: 'injured', example: 'FALSE', description: 'Optional. TRUE replaces every run with low-impact cardio of about the same time (at most 90 min), drops the long run and lower-body strength (P11, P21).', optional: true },
    RACE_DISTANCE_PARAM,
    CYCLE_PARAM,
    TYPE_MAP_PARAM,
  ],
  run(tz, log, weekStart, longRunDay, raceDate, target, injured, raceDistance, cycle, typeMap): Table {
    const unit = unitOfLog(log);
    const start = readWeekStartArg(weekStart, tz, NAME);
    const request = {
      weekStart: start.day,
      weekStartWeekday: start.weekday,
      longRunDay: readWeekday(longRunDay, 'long_run_day', NAME, DEFAULT_LONG_RUN_DAY),
      raceDay: readDateArg(raceDate, 'race_date', tz, NAME),
      target: readTargetArg(target, 'target_miles', NAME),
      injured: readFlagArg(injured, 'injured', NAME),
      raceDistance: readRaceDistanceArg(raceDistance, unit, NAME),
      cycle: readCycleArg(cycle, NAME),
    };
    const plan = planFromLog(readLog(log, tz, NAME, { typeMap: readTypeMap(typeMap, NAME) }), unit, request, NAME, tz.dayOf(Date.now()));
    return [[...PLAN_HEADER], ...(plan ? planRows(plan, (d) => tz.dateOf(d)) : [])];
  },
});
