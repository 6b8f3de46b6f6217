// What crosses between the sidebar (browser) and the add-on's server functions: zod schemas both
// sides validate with, and the server's signatures the sidebar's typed `google.script.run` uses.
// Dates travel as ISO `YYYY-MM-DD` strings. No Apps Script globals here: the sidebar imports it.

import * as z from 'zod/mini';
import { WEEKDAYS } from '../core/days';
import { PLAN_KINDS } from '../core/sessionTypes';
import type { ImportPlan } from '../core/import/planImport';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z.string().check(z.regex(ISO_DATE, 'a date as YYYY-MM-DD'));

export const planFormSchema = z.object({
  /** First day of the week to plan; omitted: the Monday after the last logged day. */
  weekStart: z.optional(isoDate),
  longRunDay: z.enum(WEEKDAYS),
  raceDate: z.optional(isoDate),
  /** Weekly running target in the log's unit; omitted: from the log. */
  target: z.optional(z.number().check(z.gt(0, 'more than 0'), z.lte(400, 'at most 400'))),
  injured: z.boolean(),
});
export type PlanForm = z.infer<typeof planFormSchema>;

export const planSessionSchema = z.object({
  date: isoDate,
  day: z.enum(WEEKDAYS),
  slot: z.enum(['AM', 'PM']),
  session: z.string(),
  kind: z.enum(PLAN_KINDS),
  distance: z.nullable(z.number()),
  minutes: z.nullable(z.number()),
  details: z.string(),
});
export type PlanSession = z.infer<typeof planSessionSchema>;

export const insertRequestSchema = z.object({
  weekStart: isoDate,
  sessions: z.array(planSessionSchema).check(z.minLength(1, 'at least one session'), z.maxLength(14, 'at most 14 sessions (AM and PM for 7 days)')),
  /** The runner confirmed replacing the week already in the Plan sheet. */
  replace: z.boolean(),
});
export type InsertRequest = z.infer<typeof insertRequestSchema>;

export interface LatestDay {
  date: string;
  recovery?: { score: number; status: 'Green' | 'Amber' | 'Red'; why: string };
  alert: { level: 'OK' | 'WATCH' | 'ALERT'; reasons: string[] };
}

export interface PlannerState {
  unit: 'mi' | 'km';
  /** The form's starting values, from the Settings sheet. */
  defaults: PlanForm;
  /** The log's latest day; undefined for a log without a dated row. */
  latest?: LatestDay;
  /** Problems LOG_ISSUES would list. */
  logIssues: number;
}

export interface SuggestedWeek {
  weekStart: string;
  phase: string;
  /** Week-level reasons: phase, volume, injury, adaptation. */
  notes: string[];
  sessions: PlanSession[];
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
  suggestWeek(form: PlanForm): SuggestedWeek;
  insertPlan(request: InsertRequest): InsertResult;
  previewImport(csvText: string): ImportPreview;
  importActivities(csvText: string): ImportResult;
}

/** A zod failure as one sentence a runner can act on. */
export const describeIssues = (error: z.core.$ZodError): string =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
