// Reads a plan table (SUGGEST_PLAN's columns, typed by the runner or inserted by the sidebar) for
// PLAN_CHECK. Kind may be blank when Session names it ("Long run 18 mi" names a long run). A bad
// cell never throws: it is ignored and reported, like the Log's.

import { Day, TimeZone } from '../days';
import { FormulaError } from '../errors';
import { Kind, kindFromName, kindFromText, normalizeTypeText } from '../sessionTypes';
import { BOUNDS } from '../log/readLog';
import { Problem, isBlank, quote, readDay, readDuration, readNumber, readText } from '../log/cells';
import { normalizeHeader } from '../log/columns';
import { PlanSession, Slot } from '../rules/planRules';
import { PLAN_COLUMNS, PlanColumn } from './planTable';
import { TypeMap } from '../log/typeMap';

export interface PlanIssue {
  row: number;
  day?: Day;
  problem: string;
}

export interface ReadPlan {
  /** Sessions by day. */
  days: Map<Day, PlanSession[]>;
  firstDay?: Day;
  lastDay?: Day;
  issues: PlanIssue[];
}

function locate(header: readonly unknown[]): Partial<Record<PlanColumn, number>> {
  const found: Partial<Record<PlanColumn, number>> = {};
  header.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    for (const [col, names] of Object.entries(PLAN_COLUMNS) as [PlanColumn, readonly string[]][]) {
      if (found[col] === undefined && names.includes(name)) found[col] = i;
    }
  });
  return found;
}

/**
 * The kind a Kind or Session cell names, also when the name is followed by more words ("Long run
 * 18 mi", "Løb 10 km"): the longest leading name first — a word of the runner's Type map before the
 * built-in names — the text's meaning only when no name leads it.
 */
export function kindOfSession(text: string, map?: TypeMap): Kind | undefined {
  const words = normalizeTypeText(text).split(' ');
  for (let n = words.length; n > 0; n--) {
    const lead = words.slice(0, n).join(' ');
    const kind = map?.kinds.get(lead) ?? kindFromName(lead);
    if (kind) return kind;
  }
  return kindFromText(text);
}

/**
 * `map`: the runner's Type map, so their own words name sessions here as in the Log.
 * @throws FormulaError when the range has no header row with Date and Session or Kind.
 */
export function readPlan(values: unknown, tz: TimeZone, formula: string, map?: TypeMap): ReadPlan {
  if (!Array.isArray(values) || !Array.isArray(values[0])) {
    throw new FormulaError(formula, 'the plan must be a range with its header row first — e.g. Plan!A1:H');
  }
  const rows = values as unknown[][];
  const col = locate(rows[0]);
  if (col.date === undefined) throw new FormulaError(formula, 'no "Date" column in the first row of the range — include the header row (e.g. Plan!A1:H)');
  if (col.session === undefined && col.kind === undefined) {
    throw new FormulaError(formula, 'no "Session" or "Kind" column in the first row of the range — include the header row (e.g. Plan!A1:H)');
  }
  const plan: ReadPlan = { days: new Map(), issues: [] };
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    const row = r + 1;
    const cell = (k: PlanColumn) => (col[k] === undefined ? undefined : cells[col[k]!]);
    const day = readDay(cell('date'), tz);
    if (day === undefined || day instanceof Problem) {
      const anything = cells.some((c, i) => i !== col.date && !isBlank(c));
      if (day instanceof Problem) plan.issues.push({ row, problem: `Row ${row}: ${day.message} — the row is ignored` });
      else if (anything) plan.issues.push({ row, problem: `Row ${row}: no date — the row is ignored` });
      continue;
    }
    const issue = (problem: string) => plan.issues.push({ row, day, problem: `Row ${row}: ${problem}` });
    if (plan.firstDay === undefined || day < plan.firstDay) plan.firstDay = day;
    if (plan.lastDay === undefined || day > plan.lastDay) plan.lastDay = day;
    const text = readText(cell('kind')) ?? readText(cell('session'));
    if (text === undefined) continue; // a dated row without a session: nothing planned
    let kind: Kind | null = kindOfSession(text, map) ?? null;
    if (kind === null) issue(`${quote(text)} names no session kind — counted as a session of unknown kind`);
    const session: PlanSession = { kind, details: readText(cell('details')) };
    const slot = readText(cell('slot'))?.toUpperCase();
    if (slot === 'AM' || slot === 'PM') session.slot = slot as Slot;
    else if (slot !== undefined) issue(`Slot ${quote(cell('slot'))} is not AM or PM — ignored`);
    const distance = readNumber(cell('distance'), BOUNDS.distance);
    if (distance instanceof Problem) issue(`Distance: ${distance.message} — ignored`);
    else session.distance = distance;
    const minutes = readDuration(cell('minutes'), tz, BOUNDS.duration);
    if (minutes instanceof Problem) issue(`Minutes: ${minutes.message} — ignored`);
    else session.minutes = minutes;
    if (!plan.days.has(day)) plan.days.set(day, []);
    plan.days.get(day)!.push(session);
  }
  return plan;
}
