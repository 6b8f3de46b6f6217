// The planner sidebar's server functions (google.script.run): the runner's latest state and form
// defaults, the suggested week and the season to race day, and inserting either into the Plan
// sheet under the document lock.

import { Day, TimeZone, isoFromDay } from '../core/days';
import { RunnerError } from '../core/errors';
import { dayFromIsoText, readDay } from '../core/log/cells';
import { readLog } from '../core/log/readLog';
import { latestDayOf } from '../core/alerts/burnoutAlerts';
import { PLAN_HEADER } from '../core/planner/planTable';
import { unitOfLog } from '../core/units';
import { readLogSheet } from './logValues';
import { suggestPlanForSidebar } from './planner';
import { requestProblem } from './requestProblem';
import { writeIntoEmptyRows } from './rowWriter';
import { explained, underDocumentLock } from './serverCall';
import { readSettings } from './settings';
import { formatRaceDistance } from '../core/raceDistance';
import { seasonForSidebar } from './season';
import { writeSeason } from './seasonInsert';
import { ensurePlan } from './setup/planSheet';
import { sheetResolver } from './setup/ownership';
import { spreadsheetTimeZone } from './spreadsheetZone';
import {
  InsertResult, LatestDay, PlannerState, SeasonInsertResult, SidebarPlanResult, SidebarSeasonResult, insertRequestSchema, seasonInsertSchema,
} from './sidebarContract';

const FEATURE = 'Planner';
const NO_LOG = 'There is no Log sheet yet: choose Extensions → Ultra Tracker → Set up tracker, then log a few days.';

function latestDay(values: unknown[][], tz: TimeZone): { latest?: LatestDay; logIssues: number } {
  if (values.length === 0) return { logIssues: 0 };
  const log = readLog(values, tz, FEATURE);
  const found = latestDayOf(log);
  if (!found) return { logIssues: log.issues.length };
  const { alert, recovery } = found;
  return {
    logIssues: log.issues.length,
    latest: {
      date: isoFromDay(alert.day),
      notes: log.sessions.flatMap((x) => (x.day === alert.day && x.notes ? [x.notes] : [])),
      alert: { level: alert.level, reasons: alert.reasons },
      recovery: recovery.score !== undefined && recovery.status ? { score: recovery.score, status: recovery.status, why: recovery.why } : undefined,
    },
  };
}

/** What the sidebar shows before the runner asks for a week. */
export const getPlannerState = (): PlannerState =>
  explained(FEATURE, () => {
    const { ss, values } = readLogSheet();
    const tz = spreadsheetTimeZone(ss);
    const { settings } = readSettings(ss);
    const raceDay = settings.raceDate ? tz.cellDay(settings.raceDate.getTime()) : undefined;
    return {
      unit: unitOfLog(values),
      defaults: {
        longRunDay: settings.longRunDay,
        raceDate: raceDay === undefined ? undefined : isoFromDay(raceDay),
        targetMiles: settings.weeklyTarget,
        injured: false,
        raceDistance: formatRaceDistance(settings.raceDistance),
        cycle: settings.cutbackCycle,
      },
      ...latestDay(values, tz),
    };
  });

export const suggestWeek = (request: unknown): SidebarPlanResult =>
  explained(FEATURE, () => {
    const { ss, values } = readLogSheet();
    if (values.length === 0) return { plan: null, message: NO_LOG };
    return suggestPlanForSidebar(request, values, spreadsheetTimeZone(ss));
  });

/** The tracker's Plan sheet, set up when missing (never a sheet of the runner's that happens to be called Plan). */
function trackerPlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const plan = sheetResolver(ss)('Plan');
  return plan.created ? ensurePlan(ss, plan).sheet : plan.sheet;
}

/** The season to the Season tab's race date, as SEASON_PLAN gives it. */
export const planSeason = (request: unknown): SidebarSeasonResult =>
  explained(FEATURE, () => {
    const { ss, values } = readLogSheet();
    if (values.length === 0) return { season: null, message: NO_LOG };
    const tz = spreadsheetTimeZone(ss);
    return { season: seasonForSidebar(request, values, tz, tz.dayOf(Date.now())) };
  });

/** Writes the season table into the Plan sheet (see seasonInsert.ts), asking before replacing one. */
export const insertSeason = (request: unknown): SeasonInsertResult =>
  explained(FEATURE, () => {
    const parsed = seasonInsertSchema.safeParse(request);
    if (!parsed.success) throw requestProblem(FEATURE, parsed.error, request, Object.keys(seasonInsertSchema.shape));
    const { rows, replace } = parsed.data;
    return underDocumentLock('inserting the season', () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      return writeSeason(trackerPlan(ss), rows, replace, spreadsheetTimeZone(ss));
    });
  });

/** Rows of the plan table (index into `dates`) whose date falls in the week starting `weekStart`. */
function rowsOfWeek(dates: unknown[], weekStart: Day, tz: TimeZone): number[] {
  return dates.flatMap((v, i) => {
    const day = readDay(v, tz);
    return typeof day === 'number' && day >= weekStart && day < weekStart + 7 ? [i] : [];
  });
}

/**
 * Writes the week into the Plan sheet's table (A:H, header in row 1). A week already there is
 * only replaced when the runner confirmed it; a new week goes below the last row of the table.
 * Nothing outside the week's rows of A:H is written.
 */
export const insertPlan = (request: unknown): InsertResult =>
  explained(FEATURE, () => {
    const parsed = insertRequestSchema.safeParse(request);
    if (!parsed.success) throw requestProblem(FEATURE, parsed.error, request, Object.keys(insertRequestSchema.shape));
    const { weekStart, rows, replace } = parsed.data;
    return underDocumentLock('inserting the week', () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const tz = spreadsheetTimeZone(ss);
      const sheet = trackerPlan(ss);
      const width = PLAN_HEADER.length;
      const table = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), width).getValues();
      if (table[0].some((cell, i) => String(cell).trim().toLowerCase() !== PLAN_HEADER[i].toLowerCase())) {
        throw new RunnerError(`The Plan sheet's first row is not the plan header (${PLAN_HEADER.join(', ')}): choose Set up tracker to repair it, then insert again.`);
      }
      const body = table.slice(1);
      const old = rowsOfWeek(body.map((r) => r[0]), dayFromIsoText(weekStart)!, tz);
      if (old.length > 0 && !replace) return { status: 'exists', rows: old.length };

      const cells = rows.map(([date, ...rest]) => [tz.dateOf(dayFromIsoText(date)!), ...rest]);
      const blank = (i: number) => i >= body.length || old.includes(i) || body[i].every((c) => c === '' || c === null);
      // In place when the old week is one block and the new one fits there (the rows below it are
      // free); otherwise the week goes below the table's last row. The old rows are cleared first.
      const inPlace = old.length > 0 && old[old.length - 1] - old[0] === old.length - 1 &&
        cells.every((_, k) => blank(old[0] + k));
      if (inPlace) sheet.getRange(old[0] + 2, 1, old.length, width).clearContent();
      else for (const i of old) sheet.getRange(i + 2, 1, 1, width).clearContent();
      let last = body.length;
      while (last > 0 && blank(last - 1)) last--;
      writeIntoEmptyRows(sheet, inPlace ? old[0] + 2 : last + 2, 1, cells);
      return { status: 'inserted', rows: cells.length, replaced: old.length };
    });
  });
