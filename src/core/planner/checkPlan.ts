// PLAN_CHECK's model: a plan table, cut into weeks of 7 days from its first date, against the rules
// a plan alone can show (P1, P3–P10). What the plan does not say is inferred only where P2 leaves no
// doubt: a week with a race is race week; a week with lower-body strength or 2 strength sessions
// is base/build (the only phase that allows them), so P7 applies to it.

import { Day, weekdayOf } from '../days';
import { isLowerStrength, isStrengthKind } from '../sessionTypes';
import { PLAN_RULES, PlanDay, RuleId, WeekFacts, checkWeek } from '../rules/planRules';
import { ReadPlan } from './readPlan';

export interface PlanProblem {
  /** The day of the breach; undefined for a row without a readable date. */
  day?: Day;
  /** Empty for a problem with the table itself (a bad cell). */
  rule: RuleId | '';
  problem: string;
}

const PLAN_ALONE = PLAN_RULES.filter((r) => r.planAlone);

function factsOf(week: readonly PlanDay[], longRunDay: number | undefined): WeekFacts {
  const kinds = week.flat().flatMap((s) => (s.kind === null ? [] : [s.kind]));
  const race = week.findIndex((d) => d.some((s) => s.kind === 'race'));
  if (race >= 0) return { phase: 'race', raceDay: race };
  const base = kinds.some(isLowerStrength) || kinds.filter(isStrengthKind).length >= 2;
  return { phase: base ? 'base' : undefined, longRunDay };
}

/** Every violation, by date then rule; `longRunWeekday` (0 = Mon) also checks the long run's day. */
export function checkPlan(plan: ReadPlan, longRunWeekday?: number): PlanProblem[] {
  const problems: PlanProblem[] = plan.issues.map((i) => ({ day: i.day, rule: '', problem: i.problem }));
  if (plan.firstDay === undefined || plan.lastDay === undefined) return problems;
  const first = plan.firstDay;
  const days: PlanDay[] = Array.from({ length: plan.lastDay - first + 1 }, (_, i) => plan.days.get(first + i) ?? []);
  for (let at = 0; at < days.length; at += 7) {
    const week = days.slice(at, at + 7);
    let longRunDay = longRunWeekday === undefined ? undefined : (longRunWeekday - weekdayOf(first + at) + 7) % 7;
    if (longRunDay !== undefined && longRunDay >= week.length) longRunDay = undefined; // past the plan's end
    const breaches = checkWeek({ days, at, orderEnd: Math.min(at + 7, days.length) }, factsOf(week, longRunDay), PLAN_ALONE);
    for (const b of breaches) problems.push({ day: first + at + b.day, rule: b.rule, problem: b.problem });
  }
  return problems;
}
