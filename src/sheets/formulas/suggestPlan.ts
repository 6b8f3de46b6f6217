import { WEEKDAYS } from '../../core/days';
import { readLog } from '../../core/log/readLog';
import { planFromLog, DEFAULT_LONG_RUN_DAY } from '../../core/planner/fromLog';
import { PLAN_HEADER, planRows } from '../../core/planner/planTable';
import { PLAN_RULES } from '../../core/rules/planRules';
import { VOLUME_RULE } from '../../core/rules/weekTarget';
import { defineFormula, Table } from './define';
import { LOG_PARAM } from './logArg';
import { readWeekday } from './args';
import { MAX_WEEKLY_TARGET } from '../../core/rules/weekTarget';
import { unitOfLog } from '../../core/units';
import { readDateArg, readFlagArg, readTargetArg, readWeekStartArg } from './planArgs';

const NAME = 'SUGGEST_PLAN';

export const SUGGEST_PLAN = defineFormula({
  name: NAME,
  summary: 'A suggested training week from your log: Date | Day | Slot | Session | Kind | Distance | Minutes | Details, one row per session (AM/PM), following every planner rule P1–P13.',
  details: [
    `Rules (docs/planner.md): ${PLAN_RULES.map((r) => `${r.id} ${r.rule}`).join('; ')}.`,
    `Phase from race_date: race week (the 7 days from week_start that hold race day), taper (the week before, volume × ${VOLUME_RULE.factor.taper}), peak (the 3 weeks before that, or any week with a target of 70 mi / 112 km or more), else base/build. Race week runs × ${VOLUME_RULE.factor.race} of the target besides the race.`,
    `Volume (P13): target_miles, else the mean running distance of the last ${VOLUME_RULE.historyWeeks} logged weeks (weeks aligned on week_start), never more than 10 % above last week's; under 3 mi (4.8 km) a restart week of that much. Runs are sized from it (long run about 30 %, 25–40 %) in your log's unit (km when the Distance header says km); Minutes use your easy pace from the last 4 weeks' easy and long runs.`,
    'Adaptation (P12): when the log\'s latest day is ALERT in BURNOUT_ALERTS or Red in RECOVERY_SCORE, the first 2 days hold no quality session and no lower-body strength; a quality run there becomes easy bike (its time, at most 45 min) and its distance goes to the easy runs; it is not moved to a later day. Details say what changed and why; the first row\'s Details also explain the week (phase, volume, adaptations).',
    'Days around the week count too: no strength the day after the last logged long run, no hard day that would make 3 in a row with the last logged days. An empty log gives the header row alone.',
  ],
  params: [
    LOG_PARAM,
    { name: 'week_start', example: '"2026-03-02"', description: 'Optional. The first day of the week to plan: a date or YYYY-MM-DD, or a weekday ("Sun") for the first such day after the last logged date; default the Monday after the last logged date.', optional: true },
    { name: 'long_run_day', example: '"Sat"', description: `Optional. The long-run day, "Mon" … "Sun" (default "${WEEKDAYS[DEFAULT_LONG_RUN_DAY]}").`, optional: true },
    { name: 'race_date', example: '"2026-05-09"', description: 'Optional. Your race day: sets the phase (peak, taper, race week; the race goes on race day).', optional: true },
    { name: 'target_miles', example: '40', description: `Optional. This week's running target in your log's unit (more than 0, at most ${MAX_WEEKLY_TARGET}); default from the log (P13).`, optional: true },
    { name: 'injured', example: 'FALSE', description: 'Optional. TRUE replaces every run with low-impact cardio (pool run, bike, swim, elliptical) of about the same time, and drops the long run (P11).', optional: true },
  ],
  run(tz, log, weekStart, longRunDay, raceDate, target, injured): Table {
    const start = readWeekStartArg(weekStart, tz, NAME);
    const request = {
      weekStart: start.day,
      weekStartWeekday: start.weekday,
      longRunDay: readWeekday(longRunDay, 'long_run_day', NAME, DEFAULT_LONG_RUN_DAY),
      raceDay: readDateArg(raceDate, 'race_date', tz, NAME),
      target: readTargetArg(target, 'target_miles', NAME),
      injured: readFlagArg(injured, 'injured', NAME),
    };
    const plan = planFromLog(readLog(log, tz, NAME), unitOfLog(log), request, NAME);
    return [[...PLAN_HEADER], ...(plan ? planRows(plan, (d) => tz.dateOf(d)) : [])];
  },
});
