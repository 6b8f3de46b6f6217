// What crosses between the sidebar (browser) and the add-on's server functions: zod schemas both
// sides validate with, and the server's signatures the sidebar's typed `google.script.run` uses.
// Dates travel as ISO `YYYY-MM-DD` strings. No Apps Script globals here: the sidebar imports it.

import * as z from 'zod/mini';
import { MAX_DAY, MIN_DAY, WEEKDAYS } from '../core/days';
import { dayFromIsoText } from '../core/log/cells';
import { PLAN_KINDS, PlanKind } from '../core/sessionTypes';
import type { Phase } from '../core/rules/phase';
import type { DistanceUnit } from '../core/units';
import { MAX_WEEKLY_TARGET } from '../core/rules/weekTarget';
import type { ImportPlan } from '../core/import/planImport';

const isCalendarDay = (s: string): boolean => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(s) ? dayFromIsoText(s) : undefined;
  return day !== undefined && day >= MIN_DAY && day <= MAX_DAY;
};
const isoDate = (what: string) => z.string(`${what} must be a date like 2026-03-02`).check(z.refine(isCalendarDay, `${what} must be a date like 2026-03-02`));

/** The planner form; every field optional (defaults: formulas.md, SUGGEST_PLAN). */
export const planRequestSchema = z.strictObject({
  weekStart: z.optional(isoDate('Week start')),
  longRunDay: z.optional(z.enum(WEEKDAYS, 'Long-run day must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun')),
  raceDate: z.optional(isoDate('Race date')),
  targetMiles: z.optional(z.number('Weekly target must be a number').check(
    z.gt(0, 'Weekly target must be more than 0'),
    z.lte(MAX_WEEKLY_TARGET, `Weekly target must be at most ${MAX_WEEKLY_TARGET}`),
  )),
  injured: z.optional(z.boolean('Injured must be yes or no')),
});
export type PlanRequest = z.infer<typeof planRequestSchema>;

export interface SidebarSession {
  date: string;
  day: string;
  slot: 'AM' | 'PM';
  session: string;
  kind: PlanKind;
  distance: number | null;
  minutes: number | null;
  details: string;
}

/** A plan row's Distance or Minutes: a number ≥ 0, or '' for none. */
function amountOrEmpty(what: string) {
  const message = `${what} must be a number, 0 or more, or empty`;
  return z.union([z.number(message).check(z.gte(0, message)), z.literal('', message)], message);
}

/** One row of the Plan sheet (SUGGEST_PLAN's columns), the date as ISO text. */
export const planRowSchema = z.tuple([
  isoDate('Date'),
  z.enum(WEEKDAYS, 'Day must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun'),
  z.enum(['AM', 'PM'], 'Slot must be AM or PM'),
  z.string('Session must be text').check(z.maxLength(100, 'Session must be at most 100 characters')),
  z.enum(PLAN_KINDS, "Kind must be one of the planner's session kinds (easy_run, long_run, tempo, …)"),
  amountOrEmpty('Distance'),
  amountOrEmpty('Minutes'),
  z.string('Details must be text').check(z.maxLength(2000, 'Details must be at most 2,000 characters')),
], 'Each plan row must be a list of Date, Day, Slot, Session, Kind, Distance, Minutes, Details');
export type PlanRow = z.infer<typeof planRowSchema>;

export interface SidebarPlan {
  weekStart: string;
  phase: Phase;
  phaseName: string;
  target: number;
  unit: DistanceUnit;
  notes: string[];
  state: { alertLevel: string | null; recoveryStatus: string | null; reasons: string[]; date: string | null };
  sessions: SidebarSession[];
  /** The rows "Insert into Plan sheet" writes. */
  rows: PlanRow[];
}

export type SidebarPlanResult = { plan: SidebarPlan } | { plan: null; message: string };

export const insertRequestSchema = z.strictObject({
  weekStart: isoDate('Week start'),
  rows: z.array(planRowSchema, 'Rows must be a list of plan rows').check(z.minLength(1, 'The week has no sessions'), z.maxLength(14, 'A week has at most 14 sessions (AM and PM)')),
  /** The runner confirmed replacing the week already in the Plan sheet. */
  replace: z.boolean('Replace must be true or false'),
});
export type InsertRequest = z.infer<typeof insertRequestSchema>;

export interface LatestDay {
  date: string;
  /** What the runner wrote in Notes that day. */
  notes: string[];
  recovery?: { score: number; status: 'Green' | 'Amber' | 'Red'; why: string };
  alert: { level: 'OK' | 'WATCH' | 'ALERT'; reasons: string[] };
}

export interface PlannerState {
  unit: DistanceUnit;
  /** The form's starting values, from the Settings sheet. */
  defaults: PlanRequest;
  /** The log's latest day; undefined for a log without a dated row. */
  latest?: LatestDay;
  /** Problems LOG_ISSUES would list. */
  logIssues: number;
}

export type InsertResult =
  | { status: 'inserted'; rows: number; replaced: number }
  /** The Plan sheet already has this many rows for that week: ask the runner, then resend with replace. */
  | { status: 'exists'; rows: number };

/** An export file's text, as the Import tab reads it from the chosen file. */
export const csvTextSchema = z.string().check(
  z.minLength(1, 'the file is empty — choose the CSV file your app exported'),
  z.maxLength(50_000_000, 'the file is over 50 MB — import it in parts (e.g. a year at a time)'),
);

/** What an import would append (rows in Log column order, dates YYYY-MM-DD); see docs/import.md. */
export type ImportPreview = ImportPlan;

export interface ImportResult {
  added: number;
  /** Rows the Log already had, or that repeated an earlier row of the file. */
  duplicates: number;
  /** Rows that yielded nothing (unreadable date, no type, an empty wellness day). */
  skipped: number;
  warnings: string[];
}

/** The server functions the sidebar calls (top-level in dist/Code.js). */
export interface SidebarServer {
  getPlannerState(): PlannerState;
  suggestWeek(request: PlanRequest): SidebarPlanResult;
  insertPlan(request: InsertRequest): InsertResult;
  previewImport(csvText: string): ImportPreview;
  importActivities(csvText: string): ImportResult;
  saveTypeMap(entries: { word: string; type: string }[]): { saved: number };
}

/** A zod failure as one sentence a runner can act on. */
export const describeIssues = (error: z.core.$ZodError): string =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
