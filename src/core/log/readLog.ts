// The one reader of the Log table that every formula uses. One pass over the rows; bad cells
// are skipped (never thrown) and reported as issues, so LOG_ISSUES can list exactly what was lost.

import { Day, TimeZone } from '../days';
import { Kind, isRunKind, kindFromText } from '../sessionTypes';
import { DEFAULT_EASY_PACE, sessionLoad } from '../load/sessionLoad';
import { Bounds, Problem, Read, isBlank, quote, readDay, readDuration, readNumber, readText } from './cells';
import { COLUMNS, COLUMN_KEYS, ColumnKey, locateColumns } from './columns';
import { FormulaError } from '../errors';

export interface Session {
  /** Row in the range, the header row being 1. */
  row: number;
  day: Day;
  /** null: the Type cell names no known kind (the session still counts toward load). */
  kind: Kind | null;
  typeText: string;
  distance?: number;
  minutes?: number;
  rpe?: number;
  load: number;
  notes?: string;
}

export const WELLNESS_KEYS = ['sleep', 'hrv', 'rhr', 'mood', 'soreness'] as const;
export type WellnessKey = (typeof WELLNESS_KEYS)[number];
/** A day's wellness: each input averaged over the rows of that day that give it. */
export type Wellness = Partial<Record<WellnessKey, number>>;

export interface LogIssue {
  row: number;
  column: string;
  problem: string;
}

export interface Log {
  sessions: Session[];
  wellness: Map<Day, Wellness>;
  /** First and last day with a readable date, or undefined for an empty log. */
  firstDay?: Day;
  lastDay?: Day;
  issues: LogIssue[];
  hasType: boolean;
}

export const BOUNDS: Record<'distance' | 'duration' | 'rpe' | WellnessKey, Bounds> = {
  distance: { min: 0, max: 1000, label: '0–1000' },
  duration: { min: 0, max: 1440, label: '0–24 h' },
  rpe: { min: 1, max: 10, label: 'RPE 1–10' },
  sleep: { min: 0, max: 24, label: '0–24 h' },
  hrv: { min: 1, max: 500, label: '1–500 ms' },
  rhr: { min: 20, max: 250, label: '20–250 bpm' },
  mood: { min: 1, max: 5, label: '1–5' },
  soreness: { min: 1, max: 5, label: '1–5' },
};

export interface ReadOptions {
  /** Minutes per distance unit, used when a run has no duration. */
  easyPace?: number;
}

/**
 * Reads a Log range (first row = header row).
 * @throws FormulaError when the range is not a table or has no Date column: a wrong call, not a bad cell.
 */
export function readLog(values: unknown, tz: TimeZone, formula: string, opts: ReadOptions = {}): Log {
  if (!Array.isArray(values) || !Array.isArray(values[0])) {
    throw new FormulaError(formula, 'the log must be a range with its header row first — e.g. Log!A1:L');
  }
  const rows = values as unknown[][];
  const col = locateColumns(rows[0]);
  if (col.date === undefined) {
    throw new FormulaError(formula, 'no "Date" column in the first row of the range — include the header row (e.g. Log!A1:L)');
  }
  const easyPace = opts.easyPace ?? DEFAULT_EASY_PACE;
  const log: Log = { sessions: [], wellness: new Map(), issues: [], hasType: col.type !== undefined };
  const sums = new Map<Day, Record<WellnessKey, [number, number]>>();
  const kinds = new Map<string, Kind | null>(); // type texts repeat: look each up once
  let row = 0;
  let cells: unknown[] = [];
  const cell = (k: ColumnKey): unknown => (col[k] === undefined ? undefined : cells[col[k]!]);
  // Issues name a column by the runner's own header text ("Distance (km)"), so it can be found in the sheet.
  const names = {} as Record<ColumnKey, string>;
  for (const k of COLUMN_KEYS) names[k] = (col[k] === undefined ? undefined : readText(rows[0][col[k]!])) ?? COLUMNS[k].title;
  const issue = (k: ColumnKey, problem: string) => log.issues.push({ row, column: names[k], problem });
  const take = <T>(k: ColumnKey, read: Read<T>): T | undefined => {
    if (read instanceof Problem) {
      issue(k, `${read.message} — ignored`);
      return undefined;
    }
    return read;
  };

  for (let r = 1; r < rows.length; r++) {
    if (!Array.isArray(rows[r])) continue;
    cells = rows[r];
    row = r + 1;
    const day = readDay(cell('date'), tz);
    if (day === undefined) {
      if (cells.some((c, i) => i !== col.date && !isBlank(c))) issue('date', 'no date — the row is ignored');
      continue;
    }
    if (day instanceof Problem) {
      issue('date', `${day.message} — the row is ignored`);
      continue;
    }
    if (log.firstDay === undefined || day < log.firstDay) log.firstDay = day;
    if (log.lastDay === undefined || day > log.lastDay) log.lastDay = day;

    for (const k of WELLNESS_KEYS) {
      const v = take(k, k === 'sleep' ? readDuration(cell(k), tz, BOUNDS.sleep, 60) : readNumber(cell(k), BOUNDS[k]));
      if (v === undefined) continue;
      let s = sums.get(day);
      if (!s) sums.set(day, (s = { sleep: [0, 0], hrv: [0, 0], rhr: [0, 0], mood: [0, 0], soreness: [0, 0] }));
      s[k][0] += v;
      s[k][1] += 1;
    }

    const typeText = readText(cell('type'));
    const distance = take('distance', readNumber(cell('distance'), BOUNDS.distance));
    const minutes = take('duration', readDuration(cell('duration'), tz, BOUNDS.duration));
    const rpe = take('rpe', readNumber(cell('rpe'), BOUNDS.rpe));
    const anySessionCell = typeText !== undefined || !isBlank(cell('distance')) || !isBlank(cell('duration')) || !isBlank(cell('rpe'));
    if (!anySessionCell) continue;

    let kind: Kind | null = 'easy_run'; // no Type column, or no type on the row: a run
    if (typeText !== undefined) {
      kind = kinds.get(typeText) ?? null;
      if (!kinds.has(typeText)) kinds.set(typeText, (kind = kindFromText(typeText) ?? null));
      if (kind === null) issue('type', `unknown session type ${quote(typeText)} — counted toward load only`);
    } else if (log.hasType) {
      issue('type', 'no session type — counted as a run');
    }
    if (kind !== null && isRunKind(kind) && col.distance !== undefined && isBlank(cell('distance'))) {
      issue('distance', 'no distance — the run counts 0 toward run miles');
    }
    const { load, assumed } = sessionLoad({ kind, distance, minutes, rpe }, easyPace);
    if (assumed) issue(minutes === undefined ? 'duration' : 'rpe', assumed);
    const notes = readText(cell('notes'));
    log.sessions.push({ row, day, kind, typeText: typeText ?? '', distance, minutes, rpe, load, notes });
  }

  for (const [day, s] of sums) {
    const w: Wellness = {};
    for (const k of WELLNESS_KEYS) if (s[k][1] > 0) w[k] = s[k][0] / s[k][1];
    log.wellness.set(day, w);
  }
  return log;
}
