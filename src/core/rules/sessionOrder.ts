// The guide's rules about how sessions follow each other, defined once for the planner (P3–P5,
// P8–P10 of planner-rules.md), PLAN_CHECK and BURNOUT_ALERTS. They look at consecutive calendar
// days, each with the kinds of its sessions, so the same definition reads a plan or a log.

import { Kind, categoryOf, isLowerStrength, isQualityKind, isRunKind, isStrengthKind } from '../sessionTypes';
import { streakLengths } from '../streaks';
import type { Log } from '../log/readLog';

export interface DaySession {
  /** null: a logged session of unknown type (never part of a rest day). */
  kind: Kind | null;
  minutes?: number;
}

/** Consecutive calendar days; index i + 1 is the day after index i. */
export type DaySequence = readonly (readonly DaySession[])[];

/** Longest easy cardio a rest day may hold (planner-rules.md: "≤ 45 min easy cardio allowed"). */
export const REST_DAY_MAX_CARDIO_MINUTES = 45;
/** Days in a row without a rest day that call for one (the alert fires on the 8th). */
export const MAX_DAYS_WITHOUT_REST = 7;
/** Hard days in a row that are still fine (P10). */
export const MAX_HARD_DAYS_IN_A_ROW = 2;

// A loop and module-level tests: BURNOUT_ALERTS asks these of every day of a long log, in the
// interpreter, where a closure per call is an allocation.
function has(day: readonly DaySession[] | undefined, test: (k: Kind) => boolean): boolean {
  if (!day) return false;
  for (let j = 0; j < day.length; j++) {
    const k = day[j].kind;
    if (k !== null && test(k)) return true;
  }
  return false;
}

const isLongRun = (k: Kind) => k === 'long_run';
const isMobility = (k: Kind) => categoryOf(k) === 'mobility';
const isSpeedWork = (k: Kind) => k === 'hills' || k === 'tempo' || k === 'intervals';
export const hasLongRun = (day?: readonly DaySession[]) => has(day, isLongRun);
export const hasStrength = (day?: readonly DaySession[]) => has(day, isStrengthKind);
export const hasLowerStrength = (day?: readonly DaySession[]) => has(day, isLowerStrength);
export const hasRun = (day?: readonly DaySession[]) => has(day, isRunKind);
export const hasMobility = (day?: readonly DaySession[]) => has(day, isMobility);
const hasSpeedWork = (day?: readonly DaySession[]) => has(day, isSpeedWork);

/** No run kind and no strength kind; mobility, core and up to 45 min of cardio are allowed. */
export const isRestDay = (day: readonly DaySession[]): boolean => day.every(isRestful);

function isRestful(s: DaySession): boolean {
  if (s.kind === null) return false;
  const c = categoryOf(s.kind);
  if (c === 'run' || isStrengthKind(s.kind)) return false;
  return c !== 'cardio' || (s.minutes ?? 0) <= REST_DAY_MAX_CARDIO_MINUTES;
}

/** A quality session or lower-body strength (P10). */
export const isHardDay = (day: readonly DaySession[]): boolean =>
  has(day, (k) => isQualityKind(k) || isLowerStrength(k));

export type OrderRuleId = 'P3' | 'P4' | 'P5' | 'P9' | 'P10';

export interface OrderRule {
  id: OrderRuleId;
  /** What the rule asks, in the guide's words. */
  rule: string;
  /** Breach on day i of the sequence, in words, or undefined. Days outside the sequence are unknown. */
  breach(days: DaySequence, i: number): string | undefined;
}

export const ORDER_RULES: readonly OrderRule[] = [
  {
    id: 'P3',
    rule: 'no strength on the long-run day',
    breach: (days, i) => (hasLongRun(days[i]) && hasStrength(days[i]) ? 'strength on the long-run day' : undefined),
  },
  {
    id: 'P4',
    rule: 'no strength the day after a long run',
    breach: (days, i) => (hasStrength(days[i]) && hasLongRun(days[i - 1]) ? 'strength the day after a long run' : undefined),
  },
  {
    id: 'P5',
    rule: 'no lower-body strength within 2 days before a long run, nor the day before hills, tempo or intervals',
    breach: (days, i) => {
      if (!hasLowerStrength(days[i])) return undefined;
      if (hasLongRun(days[i + 1]) || hasLongRun(days[i + 2])) return 'lower-body strength within 2 days before a long run';
      if (hasSpeedWork(days[i + 1])) return 'lower-body strength the day before hills, tempo or intervals';
      return undefined;
    },
  },
  {
    id: 'P9',
    rule: 'never run + strength + mobility on one day',
    breach: (days, i) =>
      hasRun(days[i]) && hasStrength(days[i]) && hasMobility(days[i]) ? 'run + strength + mobility stacked on one day' : undefined,
  },
  {
    id: 'P10',
    rule: `no more than ${MAX_HARD_DAYS_IN_A_ROW} hard days in a row`,
    // Only the last day of a streak can breach, so the streak is counted there alone: asked for
    // every day of a sequence, each day is counted once (40,000 hard days: one pass, not 800 million).
    breach: (days, i) => {
      if (isHardDay(days[i + 1] ?? []) || !isHardDay(days[i])) return undefined;
      const streak = hardStreakEndingAt(days, i);
      return streak > MAX_HARD_DAYS_IN_A_ROW ? `${streak} hard days in a row` : undefined;
    },
  },
];

/** Hard days in a row ending on day i (0 when day i is not hard). */
export function hardStreakEndingAt(days: DaySequence, i: number): number {
  let n = 0;
  while (i - n >= 0 && isHardDay(days[i - n])) n++;
  return n;
}

/** Days in a row without a rest day ending on day i (0 when day i is a rest day). */
export function daysWithoutRestEndingAt(days: DaySequence, i: number): number {
  let n = 0;
  while (i - n >= 0 && !isRestDay(days[i - n])) n++;
  return n;
}

/** Days in a row without a rest day ending on each day from `from` on, in one pass over a long log. */
export const daysWithoutRest = (days: DaySequence, from = 0): Int32Array => streakLengths(days.length, (i) => !isRestDay(days[i]), from);

/** The log's sessions as consecutive days from its first day to its last (days without sessions are empty). */
export function daySequenceOf(log: Log): DaySession[][] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const days: DaySession[][] = new Array(log.lastDay - log.firstDay + 1);
  for (let i = 0; i < days.length; i++) days[i] = [];
  // The sessions themselves: each is a DaySession (kind and minutes), so none is copied.
  for (let k = 0; k < log.sessions.length; k++) days[log.sessions[k].day - log.firstDay].push(log.sessions[k]);
  return days;
}
