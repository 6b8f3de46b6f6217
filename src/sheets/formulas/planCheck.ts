import { checkPlan } from '../../core/planner/checkPlan';
import { PLAN_CHECK_HEADER, PLAN_HEADER } from '../../core/planner/planTable';
import { readPlan } from '../../core/planner/readPlan';
import { PLAN_RULES } from '../../core/rules/planRules';
import { defineFormula, Table } from './define';
import { readTypeMap, readWeekday } from './args';
import { TYPE_MAP_PARAM } from './logArg';

const NAME = 'PLAN_CHECK';

export const PLAN_CHECK = defineFormula({
  name: NAME,
  summary: 'Checks a plan table against the planner rules a plan alone can show (P1, P3–P10, P19–P21): Date | Rule | Problem, one row per violation; the header row alone when there is none.',
  details: [
    `Rules checked: ${PLAN_RULES.filter((r) => r.planAlone).map((r) => `${r.id} ${r.rule}`).join('; ')}.`,
    `The plan has SUGGEST_PLAN's header row (${PLAN_HEADER.join(', ')}; Date and Session or Kind required, any order). Kind may be blank when Session names it ("Long run 18 mi"). A day without rows is a rest day. Weeks are the 7-day blocks from the plan's first date; the order rules (P3, P4, P5, P9, P10) also run across weeks.`,
    'What the plan does not say is not guessed: P1 wants one long run in a week with running (or the race, in a week with a race), unless a session\'s Details say "instead of the long run" (injury, P11; a burnout alert, P12); P7 applies to weeks with lower-body strength or 2 strength sessions, which only base/build allows (P2); P19 wants the long run the longest run and at most 45 % of a week of 20 mi or more; P21 caps cardio at 90 min in a week without running whose sessions stand in for runs. A bad cell is listed with a blank Rule and its row, and ignored.',
  ],
  params: [
    { name: 'plan', example: 'Plan!A1:H', description: 'The plan range with its header row first, e.g. Plan!A1:H or the output of SUGGEST_PLAN.' },
    { name: 'long_run_day', example: '"Sat"', description: 'Optional. Your long-run day, "Mon" … "Sun": P1 then also checks that the long run is on it.', optional: true },
    TYPE_MAP_PARAM,
  ],
  run(tz, plan, longRunDay, typeMap): Table {
    const weekday = readWeekday(longRunDay, 'long_run_day', NAME, -1);
    const problems = checkPlan(readPlan(plan, tz, NAME, readTypeMap(typeMap, NAME)), weekday < 0 ? undefined : weekday);
    return [[...PLAN_CHECK_HEADER], ...problems.map((p) => [p.day === undefined ? '' : tz.dateOf(p.day), p.rule, p.problem])];
  },
});
