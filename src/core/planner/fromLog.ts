// The planner driven by a Log: SUGGEST_PLAN's and the sidebar's one way in, with the defaults
// formulas.md gives (week from the Monday after the last logged date, long run on Saturday).

import { Day, MAX_DAY, isoFromDay, weekdayOf } from '../days';
import { FormulaError } from '../errors';
import { Log } from '../log/readLog';
import { DistanceUnit } from '../units';
import { historyFromLog } from './history';
import { runnerStateOf } from './state';
import { suggestWeek } from './generate';
import { WeekPlan } from './types';

/** Saturday (0 = Mon … 6 = Sun). */
export const DEFAULT_LONG_RUN_DAY = 5;

export interface PlanRequest {
  weekStart?: Day;
  /** The week starts on the first such weekday (0 = Mon) after the last logged date; default Monday. */
  weekStartWeekday?: number;
  longRunDay?: number;
  raceDay?: Day;
  target?: number;
  injured?: boolean;
}

/** The first `weekday` (0 = Mon) after `day`: a week later when `day` is one. */
export const weekdayAfter = (day: Day, weekday: number): Day => day + 1 + ((weekday - weekdayOf(day) + 6) % 7);

/**
 * The suggested week, or undefined for a log without any dated row.
 * @throws FormulaError when the week would run past the last day the tracker handles.
 */
export function planFromLog(log: Log, unit: DistanceUnit, req: PlanRequest, formula: string): WeekPlan | undefined {
  if (log.lastDay === undefined) return undefined;
  const weekStart = req.weekStart ?? weekdayAfter(log.lastDay, req.weekStartWeekday ?? 0);
  if (weekStart + 6 > MAX_DAY) throw new FormulaError(formula, `the week to plan must end by ${isoFromDay(MAX_DAY)} — give an earlier week_start`);
  return suggestWeek({
    settings: { weekStart, longRunDay: req.longRunDay ?? DEFAULT_LONG_RUN_DAY, raceDay: req.raceDay, target: req.target, injured: req.injured ?? false },
    history: historyFromLog(log, weekStart, unit),
    state: runnerStateOf(log),
  });
}
