// The plan table: SUGGEST_PLAN's output, PLAN_CHECK's input, and the Plan sheet's layout (the
// sheet setup and the sidebar's "Insert into Plan sheet" write these columns in this order).

import { Day, WEEKDAYS, Weekday, weekdayOf } from '../days';
import { PlanKind, displayName } from '../sessionTypes';
import { PlannedSession, WeekPlan } from './types';

export const PLAN_HEADER: readonly string[] = ['Date', 'Day', 'Slot', 'Session', 'Kind', 'Distance', 'Minutes', 'Details'];
export const PLAN_CHECK_HEADER: readonly string[] = ['Date', 'Rule', 'Problem'];

/** Header texts each plan column answers to (compared like the Log's: case, spaces, "(unit)" ignored). */
export const PLAN_COLUMNS = {
  date: ['date'],
  slot: ['slot', 'am/pm'],
  session: ['session', 'type', 'activity'],
  kind: ['kind'],
  distance: ['distance', 'miles', 'mi', 'km'],
  minutes: ['minutes', 'duration', 'mins', 'min', 'time'],
  details: ['details', 'notes', 'note'],
} as const;
export type PlanColumn = keyof typeof PLAN_COLUMNS;

/** One plan row: date, weekday, slot, session name, kind, distance, minutes, details. */
export type PlanRowOf<D> = [D, Weekday, PlannedSession['slot'], string, PlanKind, number | '', number | '', string];

export const planRow = <D>(s: PlannedSession, date: (day: Day) => D): PlanRowOf<D> => [
  date(s.day), WEEKDAYS[weekdayOf(s.day)], s.slot, displayName(s.kind), s.kind, s.distance ?? '', s.minutes ?? '', s.details,
];

/**
 * The week as SUGGEST_PLAN returns it (dates as Date cells at local midnight) and the sidebar
 * inserts it (dates as ISO text): the week's notes close the first row's Details.
 */
export function planRows<D>(plan: WeekPlan, date: (day: Day) => D): PlanRowOf<D>[] {
  const rows = plan.sessions.map((s) => planRow(s, date));
  if (rows.length && plan.notes.length) rows[0][7] = `${rows[0][7]} · Week: ${plan.notes.join('; ')}`;
  return rows;
}
