// What crosses between the sidebar (browser) and the add-on's server functions: zod schemas both
// sides validate with, and the server's signatures the sidebar's typed `google.script.run` uses.
// Dates travel as ISO `YYYY-MM-DD` strings. No Apps Script globals here: the sidebar imports it.

import * as z from 'zod/mini';
import { MAX_DAY, MIN_DAY, WEEKDAYS } from '../core/days';
import { dayFromIsoText } from '../core/log/cells';
import { PLAN_KINDS, PlanKind } from '../core/sessionTypes';
import type { Phase } from '../core/rules/phase';
import { DistanceUnit, KM_PER_MILE } from '../core/units';
import { MAX_WEEKLY_TARGET, recoveryWeeksOf } from '../core/rules/weekTarget';
import type { ImportPlan } from '../core/import/planImport';
import { MAX_RACE_DISTANCE, RACE_DISTANCE_HINT, readRaceDistance } from '../core/raceDistance';
import { CUTBACK_CYCLES, CutbackCycle as Cycle } from '../core/cutbackCycle';
import { MAX_SEASON_WEEKS, SEASON_PHASES } from '../core/planner/seasonTable';

/** A season's rows: the weeks to race week, race week, and the recovery weeks of the longest race. */
const MAX_SEASON_ROWS = MAX_SEASON_WEEKS + 1 + recoveryWeeksOf(MAX_RACE_DISTANCE * KM_PER_MILE);

const isCalendarDay = (s: string): boolean => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(s) ? dayFromIsoText(s) : undefined;
  return day !== undefined && day >= MIN_DAY && day <= MAX_DAY;
};
const isoDate = (what: string) => z.string(`${what} must be a date like 2026-03-02`).check(z.refine(isCalendarDay, `${what} must be a date like 2026-03-02`));
/** As typed in the form ("100 mi", "50 km", "80"): the server reads it in the log's unit. */
const raceDistanceText = z.string('Race distance must be text like "100 mi"').check(
  z.refine((s) => readRaceDistance(s) !== undefined, `Race distance must be ${RACE_DISTANCE_HINT}`),
);
const cycle = z.enum(CUTBACK_CYCLES, `Cutback cycle must be one of ${CUTBACK_CYCLES.join(', ')}`);
const longRunDay = z.enum(WEEKDAYS, 'Long-run day must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun');
const weeklyDistance = (what: string) => z.number(`${what} must be a number`).check(
  z.gt(0, `${what} must be more than 0`),
  z.lte(MAX_WEEKLY_TARGET, `${what} must be at most ${MAX_WEEKLY_TARGET}`),
);

/** The planner form; every field optional (defaults: formulas.md, SUGGEST_PLAN). */
export const planRequestSchema = z.strictObject({
  weekStart: z.optional(isoDate('Week start')),
  longRunDay: z.optional(longRunDay),
  raceDate: z.optional(isoDate('Race date')),
  targetMiles: z.optional(weeklyDistance('Weekly target')),
  injured: z.optional(z.boolean('Injured must be yes or no')),
  raceDistance: z.optional(raceDistanceText),
  cycle: z.optional(cycle),
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

/** The Season tab's form: SEASON_PLAN's arguments; only the race date is required. */
export const seasonRequestSchema = z.strictObject({
  raceDate: isoDate('Race date'),
  raceDistance: z.optional(raceDistanceText),
  longRunDay: z.optional(longRunDay),
  peakMiles: z.optional(weeklyDistance('Peak week')),
  cycle: z.optional(cycle),
});
export type SeasonRequest = z.infer<typeof seasonRequestSchema>;

const weekDistance = (what: string) => z.number(`${what} must be a number`).check(
  z.gte(0, `${what} must be at least 0`),
  z.lte(MAX_WEEKLY_TARGET, `${what} must be at most ${MAX_WEEKLY_TARGET}`),
);
const count = (what: string) => z.int(`${what} must be a whole number`).check(z.gte(0, `${what} must be at least 0`), z.lte(14, `${what} must be at most 14`));

/** One row of SEASON_PLAN's table (SEASON_HEADER), the week's first day as ISO text and Form % in percent. */
export const seasonRowSchema = z.tuple([
  isoDate('Week of'),
  z.enum(SEASON_PHASES, `Phase must be one of ${SEASON_PHASES.join(', ')}`),
  weekDistance('Run'),
  z.union([weekDistance('Long run'), z.literal('')], 'Long run must be a number, or blank'),
  count('Quality'),
  count('Strength'),
  z.number('Fitness must be a number').check(z.gte(0, 'Fitness must be at least 0')),
  z.union([z.number(), z.literal('')], 'Form % must be a number, or blank'),
  z.string('Notes must be text').check(z.maxLength(2000, 'Notes must be at most 2000 characters')),
], 'A season row must have the 9 columns of the season table');
export type SeasonRow = z.infer<typeof seasonRowSchema>;

export interface SidebarSeason {
  raceDate: string;
  /** As the runner gave it ("100 mi"), or the default. */
  raceDistance: string;
  cycle: Cycle;
  unit: DistanceUnit;
  /** Form % of the fresh zone race day aims for. */
  fresh: { min: number; max: number };
  /** The table SEASON_PLAN returns for the same request, and the rows "Insert into Plan sheet" writes. */
  rows: SeasonRow[];
}

export type SidebarSeasonResult = { season: SidebarSeason } | { season: null; message: string };

export const seasonInsertSchema = z.strictObject({
  rows: z.array(seasonRowSchema, 'Rows must be a list of season rows').check(
    z.minLength(1, 'The season has no weeks'),
    z.maxLength(MAX_SEASON_ROWS, `A season has at most ${MAX_SEASON_ROWS} weeks`),
  ),
  /** The runner confirmed replacing the season already in the Plan sheet. */
  replace: z.boolean('Replace must be true or false'),
});
export type SeasonInsertRequest = z.infer<typeof seasonInsertSchema>;

export type SeasonInsertResult =
  | { status: 'inserted'; rows: number; replaced: number; range: string }
  /** The Plan sheet already has a season table: ask the runner, then resend with replace. */
  | { status: 'exists'; rows: number; range: string };

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
  planSeason(request: SeasonRequest): SidebarSeasonResult;
  insertSeason(request: SeasonInsertRequest): SeasonInsertResult;
  previewImport(csvText: string): ImportPreview;
  importActivities(csvText: string): ImportResult;
  saveTypeMap(entries: { word: string; type: string }[]): { saved: number };
}

/** A zod failure as one sentence a runner can act on. */
export const describeIssues = (error: z.core.$ZodError): string =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
