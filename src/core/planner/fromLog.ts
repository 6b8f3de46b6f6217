// The planner driven by a Log: SUGGEST_PLAN's, SEASON_PLAN's and the sidebar's one way in, with the
// defaults formulas.md gives (week from the Monday after the last logged date, long run on
// Saturday, a 50-mile race, the 3:1 cycle). A week before a race date is the week of the season
// plan to that race, so SUGGEST_PLAN and SEASON_PLAN agree.

import { CutbackCycle } from '../cutbackCycle';
import { Day, MAX_DAY, isoFromDay, weekdayOf } from '../days';
import { FormulaError } from '../errors';
import { Log } from '../log/readLog';
import { DistanceUnit } from '../units';
import { DEFAULT_RACE_KM, kmOf } from '../rules/weekTarget';
import { historyFromLog } from './history';
import { runnerStateOf } from './state';
import { suggestWeek } from './generate';
import { Season, seasonPlan } from './season';
import { MAX_SEASON_WEEKS } from './seasonTable';
import { loadStateOf } from './projection';
import { dailyLoads, loadSeries } from '../load/trainingLoad';
import { WeekPlan } from './types';

/** Saturday (0 = Mon … 6 = Sun). */
export const DEFAULT_LONG_RUN_DAY = 5;

export interface PlanRequest {
  weekStart?: Day;
  /** The week starts on the first such weekday (0 = Mon) after the last logged date; default Monday. */
  weekStartWeekday?: number;
  longRunDay?: number;
  raceDay?: Day;
  /** The race distance in the log's unit; default 50 mi. */
  raceDistance?: number;
  target?: number;
  injured?: boolean;
  cycle?: CutbackCycle;
}

export interface SeasonRequestFromLog {
  raceDay: Day;
  raceDistance?: number;
  longRunDay?: number;
  peak?: number;
  cycle?: CutbackCycle;
}

/** The first `weekday` (0 = Mon) after `day`: a week later when `day` is one. */
export const weekdayAfter = (day: Day, weekday: number): Day => day + 1 + ((weekday - weekdayOf(day) + 6) % 7);

const raceDistanceOf = (given: number | undefined, unit: DistanceUnit) => given ?? (unit === 'km' ? DEFAULT_RACE_KM : DEFAULT_RACE_KM / kmOf(1, 'mi'));

/**
 * The season to `raceDay` from the week after the log's last day (the Monday after today for an empty log).
 * @throws FormulaError when the race is not after the log, or too far ahead.
 */
export function seasonFromLog(log: Log, unit: DistanceUnit, req: SeasonRequestFromLog, formula: string, today: Day, until?: Parameters<typeof seasonPlan>[0]['until']): Season {
  const firstWeek = until ? firstWeekBefore(log, until.weekStart, today) : weekdayAfter(log.lastDay ?? today - 1, 0);
  if (req.raceDay < firstWeek) {
    throw new FormulaError(formula, `race date ${isoFromDay(req.raceDay)} must come after the log's last day${log.lastDay === undefined ? '' : ` (${isoFromDay(log.lastDay)})`}: the season plans the weeks to it`);
  }
  if (req.raceDay - firstWeek >= 7 * MAX_SEASON_WEEKS) {
    throw new FormulaError(formula, `race date ${isoFromDay(req.raceDay)} is more than ${MAX_SEASON_WEEKS} weeks after ${isoFromDay(firstWeek)}: plan the season within a year of the race`);
  }
  // The load model over the whole log, run once for the runner's state and the projection's start.
  const series = log.firstDay === undefined ? undefined : loadSeries(dailyLoads(log), log.firstDay);
  return seasonPlan({
    history: historyFromLog(log, firstWeek, unit), state: runnerStateOf(log, series), load: loadStateOf(log, firstWeek, series), firstWeek,
    raceDay: req.raceDay, raceDistance: raceDistanceOf(req.raceDistance, unit), longRunDay: req.longRunDay ?? DEFAULT_LONG_RUN_DAY,
    peak: req.peak, cycle: req.cycle ?? '3:1', until,
  });
}

/** The season's first week for a plan of `weekStart`: the first week on its weekday after the log's last day. */
function firstWeekBefore(log: Log, weekStart: Day, today: Day): Day {
  const after = log.lastDay ?? today - 1;
  return weekStart - 7 * Math.floor((weekStart - after - 1) / 7);
}

/**
 * The suggested week, or undefined for a log without any dated row and no target.
 * @throws FormulaError when the week would run past the last day the tracker handles.
 */
export function planFromLog(log: Log, unit: DistanceUnit, req: PlanRequest, formula: string, today?: Day): WeekPlan | undefined {
  const last = log.lastDay ?? (today === undefined ? undefined : today - 1);
  if (last === undefined) return undefined;
  const weekStart = req.weekStart ?? weekdayAfter(last, req.weekStartWeekday ?? 0);
  if (weekStart + 6 > MAX_DAY) throw new FormulaError(formula, `the week to plan must end by ${isoFromDay(MAX_DAY)} — give an earlier week_start`);
  const longRunDay = req.longRunDay ?? DEFAULT_LONG_RUN_DAY;
  const raceDistance = raceDistanceOf(req.raceDistance, unit);
  if (req.raceDay !== undefined && req.raceDay >= weekStart && weekStart > last && req.raceDay - weekStart < 7 * MAX_SEASON_WEEKS) {
    const season = seasonFromLog(log, unit, { raceDay: req.raceDay, raceDistance, longRunDay, cycle: req.cycle }, formula, last + 1, {
      weekStart, target: req.target, injured: req.injured ?? false,
    });
    return season.weeks[season.weeks.length - 1].plan;
  }
  return suggestWeek({
    settings: { weekStart, longRunDay, raceDay: req.raceDay, raceKm: kmOf(raceDistance, unit), target: req.target, injured: req.injured ?? false, cycle: req.cycle },
    history: historyFromLog(log, weekStart, unit),
    state: runnerStateOf(log),
  });
}
