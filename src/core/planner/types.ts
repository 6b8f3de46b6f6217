// The planner's input and output. The input is plain data (no Log, no sheet), so the generator can
// be driven by property tests and by the sidebar as well as by SUGGEST_PLAN.

import { Day } from '../days';
import { PlanKind } from '../sessionTypes';
import { DistanceUnit } from '../units';
import { DaySession } from '../rules/sessionOrder';
import { Phase } from '../rules/phase';
import { Slot, WeekFacts } from '../rules/planRules';
import { CutbackCycle } from '../cutbackCycle';
import { LedgerWeek } from './ledger';
import { WeekVolume } from './weekVolume';
import type { AlertLevel } from '../alerts/alertRules';
import type { RecoveryStatus } from '../recovery/method';

export type { AlertLevel, RecoveryStatus };

/** The log's latest BURNOUT_ALERTS level and RECOVERY_SCORE status (P12). */
export interface RunnerState {
  alertLevel?: AlertLevel;
  recoveryStatus?: RecoveryStatus;
  /** The alert's reasons and the recovery's Why, in words. */
  reasons: string[];
  /** The day they are of (the log's latest day). */
  day?: Day;
}

export interface PlanSettings {
  weekStart: Day;
  /** 0 = Mon … 6 = Sun. */
  longRunDay: number;
  raceDay?: Day;
  /** The race's distance in km (P16, P17); default 50 mi. */
  raceKm?: number;
  /** Weekly running target in the log's unit; undefined: from the log (P13, P14). */
  target?: number;
  injured: boolean;
  /** Cutback cycle (P15); default 3:1. */
  cycle?: CutbackCycle;
  /** The season's peak (SEASON_PLAN's peak_miles): build weeks stop rising there. */
  peakCap?: number;
}

/** What the planner reads from the log. */
export interface RunnerHistory {
  unit: DistanceUnit;
  /** The weeks before the plan, oldest first: logged (ledger.ts), then those a season plan planned. */
  weeks: LedgerWeek[];
  /** Easy pace, minutes per distance unit. */
  pace: number;
  /** The 2 days before the plan's first day as logged (oldest first; empty when not logged). */
  before: DaySession[][];
}

export interface PlannerInput {
  settings: PlanSettings;
  history: RunnerHistory;
  state: RunnerState;
}

export interface PlannedSession {
  day: Day;
  slot: Slot;
  kind: PlanKind;
  /** Runs, in the log's unit (none for the race: its distance is the race's). */
  distance?: number;
  minutes?: number;
  /** Intensity, and the reason when a rule changed the session. */
  details: string;
}

export interface WeekPlan {
  weekStart: Day;
  phase: Phase;
  volume: WeekVolume;
  /** Week-level explanations: phase, volume, injury, adaptation. */
  notes: string[];
  sessions: PlannedSession[];
  /** The facts the week was checked against (for tests and the sidebar). */
  facts: WeekFacts;
  /** The runner's latest alert level and recovery it was planned for (P12). */
  state: RunnerState;
}
