// The planner driven by a Log: SUGGEST_PLAN's and the sidebar's one way in, with the defaults
// formulas.md gives (week from the Monday after the last logged date, long run on Saturday).

import { Day, weekdayOf } from '../days';
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
  longRunDay?: number;
  raceDay?: Day;
  target?: number;
  injured?: boolean;
}

/** The Monday after `day` (a week later when `day` is a Monday). */
export const mondayAfter = (day: Day): Day => day + 7 - weekdayOf(day);

/** The suggested week, or undefined for a log without any dated row. */
export function planFromLog(log: Log, unit: DistanceUnit, req: PlanRequest): WeekPlan | undefined {
  if (log.lastDay === undefined) return undefined;
  const weekStart = req.weekStart ?? mondayAfter(log.lastDay);
  return suggestWeek({
    settings: { weekStart, longRunDay: req.longRunDay ?? DEFAULT_LONG_RUN_DAY, raceDay: req.raceDay, target: req.target, injured: req.injured ?? false },
    history: historyFromLog(log, weekStart, unit),
    state: runnerStateOf(log),
  });
}
