// SEASON_PLAN's Fitness and Form %: the log's Fitness and Fatigue on its last day, carried on over
// the planned days with each planned session's load estimated as TRAINING_LOAD estimates a session
// logged without RPE (minutes × the type's typical RPE; the race at easy pace). Form % as
// FORM_ZONE reads it: yesterday's Fitness and Fatigue, start-corrected (trainingLoad.ts).

import { Day } from '../days';
import { Log } from '../log/readLog';
import { ATL_DAYS, CTL_DAYS, LoadSeries, dailyLoads, formPercentOf, loadSeries } from '../load/trainingLoad';
import { DEFAULT_RPE } from '../load/sessionLoad';
import { WeekPlan } from './types';

export interface LoadState {
  /** The day the state is of (the log's last day; the day before the log's first for an empty log). */
  day: Day;
  /** The log's first day: the start correction counts from it. */
  firstDay: Day;
  atl: number;
  ctl: number;
}

/**
 * The log's Fitness and Fatigue on its last day; a zero start the day before `from` for an empty log.
 * `series`: the log's loadSeries, when the caller has it already.
 */
export function loadStateOf(log: Log, from: Day, series?: LoadSeries): LoadState {
  if (log.firstDay === undefined || log.lastDay === undefined) return { day: from - 1, firstDay: from, atl: 0, ctl: 0 };
  const { atl, ctl } = series ?? loadSeries(dailyLoads(log), log.firstDay);
  const last = atl.length - 1;
  return { day: log.lastDay, firstDay: log.firstDay, atl: atl[last], ctl: ctl[last] };
}

/** The estimated load of each of the plan's 7 days; the race counts `raceDistance` at easy pace. */
export function plannedLoads(plan: WeekPlan, pace: number, raceDistance: number): number[] {
  const loads = [0, 0, 0, 0, 0, 0, 0];
  for (const s of plan.sessions) {
    const minutes = s.kind === 'race' ? raceDistance * pace : s.minutes ?? 0;
    loads[s.day - plan.weekStart] += minutes * DEFAULT_RPE[s.kind];
  }
  return loads;
}

export interface Projected {
  /** Fitness (CTL) at the end of each day, from state.day + 1 on. */
  ctl: number[];
  /** Form % of each day (yesterday's values), from state.day + 1 on. */
  formPct: (number | undefined)[];
}

/** The load model run on from `state` over `loads` (one per day from state.day + 1). */
export function project(state: LoadState, loads: readonly number[]): Projected {
  let { atl, ctl } = state;
  const out: Projected = { ctl: [], formPct: [] };
  for (let d = 0; d < loads.length; d++) {
    // Form of day state.day + 1 + d, the log's day i, from the day before's values.
    const i = state.day + 1 + d - state.firstDay;
    out.formPct.push(i >= 1 ? formPercentOf({ atl, ctl }, i) : undefined);
    atl += (loads[d] - atl) / ATL_DAYS;
    ctl += (loads[d] - ctl) / CTL_DAYS;
    out.ctl.push(ctl);
  }
  return out;
}
