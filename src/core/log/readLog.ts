// The one reader of the Log table that every formula uses. One pass over the rows; bad cells
// are skipped (never thrown) and reported as issues, so LOG_ISSUES can list exactly what was lost.

import { Day, TimeZone, isoFromDay } from '../days';
import { Kind, isRunKind } from '../sessionTypes';
import { DEFAULT_EASY_PACE, measuredLoad, sessionLoad } from '../load/sessionLoad';
import { Bounds, Problem, Read, dayReader, isBlank, quote, readDuration, readNumber, readText, readTimeOfDay } from './cells';
import { COLUMNS, COLUMN_KEYS, ColumnKey, locateColumns } from './columns';
import { FormulaError } from '../errors';
import { TypeMap, kindWithMap } from './typeMap';

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
  avgHr?: number;
  /** Elevation gain: feet in a miles Log, metres in a km Log. */
  elevation?: number;
  /** Minutes after midnight it started (the Start column), when the Log has one. */
  start?: number;
  load: number;
  notes?: string;
}

export const WELLNESS_KEYS = ['sleep', 'hrv', 'rhr', 'mood', 'soreness'] as const;
export type WellnessKey = (typeof WELLNESS_KEYS)[number];
/** A day's wellness: each input averaged over the rows of that day that give it (undefined: not given). */
export type Wellness = Partial<Record<WellnessKey, number>>;

export interface LogIssue {
  row: number;
  column: string;
  problem: string;
}

export interface Log {
  sessions: Session[];
  /**
   * Each day's wellness, at index day − firstDay (undefined: none that day); empty when the caller
   * read the log without wellness. An array, not a Map: see WellnessSums.
   */
  wellness: (Wellness | undefined)[];
  /** First and last day with a readable date, or undefined for an empty log. */
  firstDay?: Day;
  lastDay?: Day;
  issues: LogIssue[];
  hasType: boolean;
}

export const BOUNDS: Record<'distance' | 'duration' | 'rpe' | 'avgHr' | 'elevation' | WellnessKey, Bounds> = {
  distance: { min: 0, max: 1000, label: '0–1000' },
  // Up to 48 h: a 100-mile race takes 24–30 h, and its whole load counts (coaching.md, "Long events").
  duration: { min: 0, max: 2880, label: '0–48 h' },
  rpe: { min: 1, max: 10, label: 'RPE 1–10' },
  avgHr: { min: 30, max: 250, label: '30–250 bpm' },
  // A 100-mile race climbs up to about 10,000 m (33,000 ft).
  elevation: { min: 0, max: 50000, label: '0–50000' },
  sleep: { min: 0, max: 24, label: '0–24 h' },
  hrv: { min: 1, max: 500, label: '1–500 ms' },
  rhr: { min: 20, max: 250, label: '20–250 bpm' },
  mood: { min: 1, max: 5, label: '1–5' },
  soreness: { min: 1, max: 5, label: '1–5' },
};

export interface ReadOptions {
  /** Minutes per distance unit, used when a run has no duration. */
  easyPace?: number;
  /**
   * A part of the log the caller does not use (TRAINING_LOAD needs no wellness, RECOVERY_SCORE no
   * sessions): its cells are neither read nor reported, which spares a fresh formula call that work.
   * Days (firstDay, lastDay) and date problems are read all the same.
   */
  without?: 'wellness' | 'sessions';
  /** The runner's own type words, read before the built-in synonyms; its problems join the issues. */
  typeMap?: TypeMap;
  /** Keep a last day far beyond the rest (see dropFarLastDay): the import's duplicate check needs every row that is there. */
  everyDay?: boolean;
}

type NumberKey = keyof typeof BOUNDS;

/**
 * Reads a Log range (first row = header row).
 * Apps Script reloads the bundle for every formula cell, so this loop mostly runs in V8's
 * interpreter, where each call and allocation counts: the common cell (an in-range number, a
 * blank, a type text seen before, the Date of the row before) is read inline, and only the rest
 * goes through the generic readers of cells.ts.
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
  const log: Log = { sessions: [], wellness: [], issues: [], hasType: col.type !== undefined };
  // Column indexes, -1 for a missing column: cells[-1] reads as undefined, a blank cell.
  const at = {} as Record<ColumnKey, number>;
  for (const k of COLUMN_KEYS) at[k] = col[k] ?? -1;
  // Issues name a column by the runner's own header text ("Distance (km)"), so it can be found in the sheet.
  const names = {} as Record<ColumnKey, string>;
  for (const k of COLUMN_KEYS) names[k] = (at[k] < 0 ? undefined : readText(rows[0][at[k]])) ?? COLUMNS[k].title;
  let row = 0;
  const issue = (k: ColumnKey, problem: string) => log.issues.push({ row, column: names[k], problem });
  const take = <T>(k: ColumnKey, read: Read<T>): T | undefined => {
    if (read instanceof Problem) {
      issue(k, `${read.message} — ignored`);
      return undefined;
    }
    return read;
  };
  const number = (v: unknown, k: NumberKey): number | undefined => {
    const b = BOUNDS[k];
    if (typeof v === 'number' && v >= b.min && v <= b.max) return v; // NaN fails both tests
    // A blank cell, or a column the Log lacks (cells[-1]).
    return v === '' || v === undefined ? undefined : take(k, readNumber(v, b));
  };
  const duration = (v: unknown, k: 'duration' | 'sleep', unitMinutes: number): number | undefined =>
    typeof v === 'number' || v === '' || v === undefined ? number(v, k) : take(k, readDuration(v, tz, BOUNDS[k], unitMinutes));
  const dayOfCell = dayReader(tz);
  const typeOfCell = typeReader(opts.typeMap);
  const wellness = new WellnessSums();
  const readWellness = opts.without !== 'wellness';
  const readSessions = opts.without !== 'sessions';
  // The rows of the last day, and the latest day before it: a typo like 2099 is found at the end.
  const latest: LatestDays = { rows: [] };

  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    row = r + 1;
    const day = dayOfCell(cells[at.date]);
    if (typeof day !== 'number') {
      if (day instanceof Problem) issue('date', `${day.message} — the row is ignored`);
      else if (cells.some((c, i) => i !== at.date && !isBlank(c))) issue('date', 'no date — the row is ignored');
      continue;
    }
    if (log.firstDay === undefined || day < log.firstDay) log.firstDay = day;
    if (log.lastDay === undefined || day > log.lastDay) {
      if (log.lastDay !== undefined) latest.before = log.lastDay;
      log.lastDay = day;
      latest.rows = [row];
    } else if (day === log.lastDay) latest.rows.push(row);
    else if (latest.before === undefined || day > latest.before) latest.before = day;

    if (readWellness) {
      wellness.add(
        day, duration(cells[at.sleep], 'sleep', 60), number(cells[at.hrv], 'hrv'), number(cells[at.rhr], 'rhr'),
        number(cells[at.mood], 'mood'), number(cells[at.soreness], 'soreness'),
      );
    }
    if (!readSessions) continue;

    const type = typeOfCell(cells[at.type]);
    const distanceCell = cells[at.distance];
    const distance = number(distanceCell, 'distance');
    const minutes = duration(cells[at.duration], 'duration', 1);
    const rpe = number(cells[at.rpe], 'rpe');
    const avgHr = number(cells[at.avgHr], 'avgHr');
    const elevation = number(cells[at.elevation], 'elevation');
    // Short-circuits on the common row, which has a type.
    const anySessionCell = type !== undefined || distance !== undefined || minutes !== undefined || rpe !== undefined ||
      avgHr !== undefined || elevation !== undefined || !isBlank(distanceCell) || !isBlank(cells[at.duration]) || !isBlank(cells[at.rpe]);
    if (!anySessionCell) continue;

    let kind: Kind | null = 'easy_run'; // no Type column, or no type on the row: a run
    if (type !== undefined) {
      kind = type.kind;
      if (kind === null) issue('type', `unknown session type ${quote(type.text)} — counted toward load only`);
    } else if (log.hasType) {
      issue('type', 'no session type — counted as a run');
    }
    if (distance === undefined && kind !== null && isRunKind(kind) && at.distance >= 0 && isBlank(distanceCell)) {
      issue('distance', 'no distance — the run counts 0 toward run miles');
    }
    // The common session needs no assumption, and then no object from sessionLoad.
    let load = measuredLoad(kind, minutes, rpe);
    if (load === undefined) {
      const l = sessionLoad({ kind, distance, minutes, rpe }, easyPace);
      load = l.load;
      if (l.assumed) issue(minutes === undefined ? 'duration' : 'rpe', l.assumed);
    }
    const notesCell = cells[at.notes];
    const notes = notesCell === '' ? undefined : readText(notesCell);
    const start = at.start < 0 ? undefined : take('start', readTimeOfDay(cells[at.start], tz));
    log.sessions.push({ row, day, kind, typeText: type === undefined ? '' : type.text, distance, minutes, rpe, avgHr, elevation, start, load, notes });
  }
  if (readWellness && log.firstDay !== undefined) log.wellness = wellness.averages(log.firstDay, log.lastDay!);
  if (!opts.everyDay) dropFarLastDay(log, latest, names.date);
  // Map problems are listed after the Log's, under the argument's name and the map's own row.
  for (const p of opts.typeMap?.problems ?? []) log.issues.push({ row: p.row, column: TYPE_MAP_COLUMN, problem: p.problem });
  return log;
}

/** A log's last day may be this far past every other before it is taken for a typo. */
export const MAX_GAP_TO_LAST_DAY = 366;

interface LatestDays {
  /** Rows dated the log's last day. */
  rows: number[];
  /** The latest other day. */
  before?: Day;
}

/**
 * Drops the last day when it lies more than a year beyond every other (a typed 2099 for 2026):
 * every daily table runs to the last day, and one typo would make it 75 years long.
 */
function dropFarLastDay(log: Log, latest: LatestDays, column: string): void {
  const far = log.lastDay;
  if (far === undefined || latest.before === undefined || far - latest.before <= MAX_GAP_TO_LAST_DAY) return;
  log.lastDay = latest.before;
  log.sessions = log.sessions.filter((x) => x.day !== far);
  if (log.wellness.length > 0) log.wellness.length = latest.before - log.firstDay! + 1;
  const problem = `${isoFromDay(far)} is more than a year after every other date in the log (a typo?) — the row is ignored`;
  // The row's other problems no longer matter: it is ignored as a whole.
  const ignored = new Set(latest.rows);
  log.issues = log.issues.filter((i) => !ignored.has(i.row));
  for (const row of latest.rows) log.issues.push({ row, column, problem });
  log.issues.sort((a, b) => a.row - b.row); // stable: a row's problems keep their order
}

/** A Type cell read: its text and the kind it names (null: none). */
interface TypeRead {
  text: string;
  kind: Kind | null;
}

/** How LOG_ISSUES names the Type map in its Column column. */
export const TYPE_MAP_COLUMN = 'type_map';

/** Reads Type cells; a log repeats a handful of type texts, so each is looked up once. */
export function typeReader(map?: TypeMap): (v: unknown) => TypeRead | undefined {
  const seen = new Map<string, TypeRead | undefined>();
  const read = (v: unknown): TypeRead | undefined => {
    const text = readText(v);
    return text === undefined ? undefined : { text, kind: kindWithMap(text, map) ?? null };
  };
  return (v) => {
    if (typeof v !== 'string') return read(v);
    let t = seen.get(v);
    if (t === undefined && !seen.has(v)) seen.set(v, (t = read(v)));
    return t;
  };
}

/**
 * Per-day averages of each wellness input. A day's first row is kept as its Wellness (one object a
 * day: a small typed array per day cost a 10-year log more in allocation and GC than the whole
 * read); only a day with a second row gets sums and counts, averaged at the end. Days are looked
 * up in arrays indexed from the first day read, not in a Map: past 4,096 entries (11 years of
 * days) a Map's table becomes a large object and every read of a longer log slows down.
 */
export class WellnessSums {
  /** The first day read; days[day − base] and before[base − day] hold each day's Wellness. */
  private base = NaN;
  private readonly days: (Wellness | undefined)[] = [];
  private readonly before: (Wellness | undefined)[] = [];
  /** Days in the order they first appeared. */
  private readonly order: Day[] = [];
  // Days with more than one row: [sum, count] of sleep, hrv, rhr, mood, soreness (WELLNESS_KEYS order). Rare.
  private readonly sums = new Map<Day, number[]>();

  /** One row's inputs (undefined: not given), in WELLNESS_KEYS order; one call per row. */
  add(day: Day, sleep?: number, hrv?: number, rhr?: number, mood?: number, soreness?: number): void {
    if (sleep === undefined && hrv === undefined && rhr === undefined && mood === undefined && soreness === undefined) return;
    if (this.order.length === 0) this.base = day;
    const w = this.get(day);
    if (w === undefined) {
      const first = wellnessOf(sleep, hrv, rhr, mood, soreness);
      if (day >= this.base) this.days[day - this.base] = first;
      else this.before[this.base - day] = first;
      this.order.push(day);
      return;
    }
    let s = this.sums.get(day);
    if (s === undefined) {
      this.sums.set(day, (s = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
      addRow(s, w.sleep, w.hrv, w.rhr, w.mood, w.soreness);
    }
    addRow(s, sleep, hrv, rhr, mood, soreness);
  }

  private get(day: Day): Wellness | undefined {
    return day >= this.base ? this.days[day - this.base] : this.before[this.base - day];
  }

  /** Each day's averages, only of the inputs given that day, at index day − firstDay. */
  averages(firstDay: Day, lastDay: Day): (Wellness | undefined)[] {
    const out: (Wellness | undefined)[] = new Array(lastDay - firstDay + 1);
    for (let k = 0; k < this.order.length; k++) {
      const day = this.order[k];
      const s = this.sums.get(day);
      out[day - firstDay] = s === undefined ? this.get(day)! : wellnessOf(average(s, 0), average(s, 2), average(s, 4), average(s, 6), average(s, 8));
    }
    return out;
  }
}

/**
 * Every day's Wellness has one shape, an input not given being undefined: one allocation, and every
 * read of w.hrv, w.sleep… sees a single shape (32 shapes made those reads megamorphic). A class, not
 * an object literal: V8 tracks a literal's allocation site, and once a long log's days outlive a
 * collection it allocates them straight into the old generation on every later call (a 20-year log
 * then took 3 times a 10-year one, warm).
 */
class WellnessDay implements Wellness {
  constructor(readonly sleep?: number, readonly hrv?: number, readonly rhr?: number, readonly mood?: number, readonly soreness?: number) {}
}
const wellnessOf = (sleep?: number, hrv?: number, rhr?: number, mood?: number, soreness?: number): Wellness =>
  new WellnessDay(sleep, hrv, rhr, mood, soreness);

/** The mean of sums[i] over counts[i + 1], undefined without a value. */
const average = (s: number[], i: number) => (s[i + 1] > 0 ? s[i] / s[i + 1] : undefined);

function addRow(s: number[], sleep?: number, hrv?: number, rhr?: number, mood?: number, soreness?: number): void {
  if (sleep !== undefined) { s[0] += sleep; s[1] += 1; }
  if (hrv !== undefined) { s[2] += hrv; s[3] += 1; }
  if (rhr !== undefined) { s[4] += rhr; s[5] += 1; }
  if (mood !== undefined) { s[6] += mood; s[7] += 1; }
  if (soreness !== undefined) { s[8] += soreness; s[9] += 1; }
}
