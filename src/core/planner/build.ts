// A week under construction: per day, its role in the running layout and its sessions in AM → PM
// order. Shared by the steps that fill it (runs.ts, extras.ts) and the search (generate.ts).

import { PlanKind } from '../sessionTypes';
import { DaySession } from '../rules/sessionOrder';
import { WeekFacts } from '../rules/planRules';
import { Phase } from '../rules/phase';
import { VolumeTarget } from '../rules/weekTarget';
import { DistanceUnit } from '../units';
import { RunRole } from './skeleton';

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
  /** Plan weeks to race week, when the race decides the phase. */
  weeksToRace?: number;
  volume: VolumeTarget;
  /** Day of the long run, or of the race in race week. */
  anchor: number;
  anchorKind: 'long_run' | 'race';
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

export const MAX_ITEMS_A_DAY = 2;
