// The plan table: SUGGEST_PLAN's output, PLAN_CHECK's input, and the Plan sheet's layout (the
// sheet setup and the sidebar's "Insert into Plan sheet" write these columns in this order).

import { TimeZone, WEEKDAYS, weekdayOf } from '../days';
import { displayName } from '../sessionTypes';
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

export type PlanCell = string | number | Date;

/** One plan row: Date at local midnight, weekday, slot, session name, kind, distance, minutes, details. */
export const planRow = (s: PlannedSession, tz: TimeZone): PlanCell[] => [
  tz.dateOf(s.day), WEEKDAYS[weekdayOf(s.day)], s.slot, displayName(s.kind), s.kind, s.distance ?? '', s.minutes ?? '', s.details,
];

/** The week as SUGGEST_PLAN returns it and the Plan sheet holds it: the week's notes close the first row's Details. */
export function planRows(plan: WeekPlan, tz: TimeZone): PlanCell[][] {
  const rows = plan.sessions.map((s) => planRow(s, tz));
  if (rows.length && plan.notes.length) rows[0][7] = `${rows[0][7]} · Week: ${plan.notes.join('; ')}`;
  return rows;
}
