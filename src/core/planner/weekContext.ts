// What the planner knows about the week it plans (phase, volume, anchor, adaptations, the days
// around it), and the week under construction: per day, its role in the running layout and its
// sessions in AM → PM order. Shared by the steps that fill it (runs.ts, extras.ts) and the search.

import { isoFromDay, weekdayOf } from '../days';
import { PlanKind } from '../sessionTypes';
import { DaySession } from '../rules/sessionOrder';
import { WeekFacts } from '../rules/planRules';
import { Phase } from '../rules/phase';
import { DEFAULT_RACE_KM } from '../rules/weekTarget';
import { DistanceUnit, milesIn } from '../units';
import { WeekVolume, weekVolume } from './weekVolume';
import { RunRole } from './skeleton';
import { PlannerInput, RunnerState } from './types';

export interface Item {
  kind: PlanKind;
  distance?: number;
  minutes?: number;
  details: string;
}

/** `replaced`: a quality run that became easy cardio (P12). */
export type DayRole = RunRole | 'replaced';

export interface DayBuild {
  role: DayRole;
  items: Item[];
}

/** Everything the steps need to know about the week being planned. */
export interface WeekContext {
  unit: DistanceUnit;
  /** Easy pace, minutes per unit. */
  pace: number;
  phase: Phase;
  volume: WeekVolume;
  /** Day of the long run, or of the race in race week (the first recovery week: an easy run there). */
  anchor: number;
  anchorKind: 'long_run' | 'race' | 'easy_run';
  injured: boolean;
  adapted: boolean;
  /** Why P12 applies, e.g. "recovery Red yesterday". */
  adaptedWhy: string;
  facts: WeekFacts;
  /** The 2 days before the week: the previous plan week's long run or race, and what the log holds. */
  before: DaySession[][];
  /** The same without the log. */
  beforeInPlan: DaySession[][];
  /** The 2 days after the week: the next week's long run or race. */
  after: DaySession[][];
}

/** Run days a week by volume (miles): 3 under 15, 4 under 30, 5 under 50, else 6; each run ≥ 3 mi. */
export function runDayCount({ phase, volume, unit }: WeekContext): number {
  const miles = volume.target / milesIn(1, unit);
  const runs = Math.max(1, Math.min(miles < 15 ? 3 : miles < 30 ? 4 : miles < 50 ? 5 : 6, Math.floor(miles / 3)));
  return phase === 'race' ? 1 + Math.min(runs, 5) : runs;
}

/** The workouts the week holds: tempo and hills from 4 runs, tempo from 3, at most the volume's count (P16–P18, P20). */
export function qualityFor(ctx: WeekContext, runs: number): PlanKind[] {
  const all: PlanKind[] = runs >= 4 ? ['tempo', 'hills'] : runs === 3 ? ['tempo'] : [];
  return all.slice(0, ctx.volume.workouts);
}

function adaptationWhy(state: RunnerState, weekStart: number): string {
  const what = [state.alertLevel === 'ALERT' ? 'burnout ALERT' : '', state.recoveryStatus === 'Red' ? 'recovery Red' : ''].filter(Boolean).join(' and ');
  const when = state.day === undefined ? 'on the latest logged day' : state.day === weekStart - 1 ? 'yesterday' : `on ${isoFromDay(state.day)}`;
  return `${what} ${when}`;
}

/** The 2 days on each side of the week: the neighbouring plan weeks' long run (or the race), and the logged days. */
function neighbours(input: PlannerInput, longRunDay: number): Pick<WeekContext, 'before' | 'beforeInPlan' | 'after'> {
  const { weekStart, raceDay } = input.settings;
  const race = raceDay === undefined ? undefined : raceDay - weekStart;
  const beforeInPlan: DaySession[][] = [[], []];
  const after: DaySession[][] = [[], []];
  const prev = race !== undefined && race >= -7 && race < 0 ? { day: race, kind: 'race' as const } : { day: longRunDay - 7, kind: 'long_run' as const };
  const next = race !== undefined && race >= 7 && race < 14 ? { day: race, kind: 'race' as const } : { day: longRunDay + 7, kind: 'long_run' as const };
  if (prev.day >= -2) beforeInPlan[prev.day + 2].push({ kind: prev.kind });
  if (next.day <= 8) after[next.day - 7].push({ kind: next.kind });
  const before = beforeInPlan.map((d, i) => [...d, ...(input.history.before[i] ?? [])]);
  return { before, beforeInPlan, after };
}

export function contextOf(input: PlannerInput): WeekContext {
  const { settings: st, history: h, state } = input;
  const adapted = state.alertLevel === 'ALERT' || state.recoveryStatus === 'Red';
  const volume = weekVolume({
    weeks: h.weeks, weekStart: st.weekStart, unit: h.unit, raceDay: st.raceDay, raceKm: st.raceKm ?? DEFAULT_RACE_KM,
    target: st.target, cycle: st.cycle ?? '3:1', adapted, peakCap: st.peakCap,
  });
  const { phase } = volume;
  const longRunDay = (st.longRunDay - weekdayOf(st.weekStart) + 7) % 7;
  const anchor = phase === 'race' ? st.raceDay! - st.weekStart : longRunDay;
  const anchorKind = phase === 'race' ? 'race' : volume.long ? 'long_run' : 'easy_run';
  // The week's anchor keeps its easy run even inside the rest after a race (a race late in the week before).
  const runFrom = Math.min(volume.runFrom ?? 0, anchor);
  const facts: WeekFacts = {
    longRunDay, phase, injured: st.injured, adapted, target: volume.target, unit: h.unit,
    volume: { kind: volume.kind, low: volume.low, high: volume.high, workouts: volume.workouts, noLowerStrength: volume.noLowerStrength, long: volume.long, ...(runFrom ? { runFrom } : {}) },
  };
  if (phase === 'race') facts.raceDay = anchor;
  return {
    unit: h.unit, pace: h.pace, phase, volume, anchor, anchorKind,
    injured: st.injured, adapted, adaptedWhy: adaptationWhy(state, st.weekStart), facts, ...neighbours(input, longRunDay),
  };
}
