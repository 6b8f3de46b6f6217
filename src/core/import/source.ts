// What every export reader produces: activities and wellness days in the export's own terms
// (metres, seconds, its type names), before they become Log rows in the tracker's unit.

import { Day, TimeZone } from '../days';
import { Problem } from '../log/cells';
import { CsvTable } from './csv';
import { LocalTime, WrittenTime, parseDateTime } from './dates';
import { DecimalMark, decimalMarkOf, parseNumber, parseSeconds } from './values';
import { Warnings } from './warnings';
import { TypeMap } from '../log/typeMap';
import { ColumnKey } from '../log/columns';
import { RunEvidence } from './runFromData';

export type Unit = 'mi' | 'km';
export const METRES_PER_UNIT: Record<Unit, number> = { mi: 1609.344, km: 1000 };

/** The file's own text of each value a record holds, by the Log column it fills: warnings quote it. */
export type Written = Partial<Record<ColumnKey, string>>;

export interface Activity {
  kind: 'activity';
  /** Line of the file the row starts on. */
  line: number;
  day: Day;
  /** Minutes after midnight it started, on the spreadsheet's clock, when the export says. */
  start?: number;
  typeText: string;
  metres?: number;
  seconds?: number;
  rpe?: number;
  /** Average heart rate, bpm. */
  avgHr?: number;
  /** Elevation gain in metres. */
  ascentMetres?: number;
  name?: string;
  /** The export marks the activity as a race. */
  race?: boolean;
  /** A type nothing names, read as a run from the row's own data, and how. */
  runBy?: RunEvidence;
  written: Written;
}

export interface WellnessDay {
  kind: 'wellness';
  line: number;
  day: Day;
  sleepHours?: number;
  hrv?: number;
  rhr?: number;
  /** On the Log's scales: Mood 1–5 (5 best), Soreness 1–5 (5 worst). */
  mood?: number;
  soreness?: number;
  written: Written;
}

export type SourceRecord = Activity | WellnessDay;

export interface ReadContext {
  tz: TimeZone;
  /** The tracker's distance unit, when the Log or Settings state it; else the export's decides. */
  unit?: Unit;
  /** Set by a reader whose export has a distance unit of its own (Garmin: the account's), and how it was told. */
  exportUnit?: { unit: Unit; why: string; swims?: string };
  /** The runner's Type map, read before the built-in names. */
  typeMap?: TypeMap;
  warnings: Warnings;
  /** Counts a row that yields nothing, saying why (`example`: the value at fault). */
  skip(line: number, why: string, example?: string): void;
}

export type FormatId = 'strava' | 'garmin' | 'intervals-activities' | 'intervals-wellness';

export interface SourceFormat {
  id: FormatId;
  name: string;
  /** Whether a cleaned header row (see cleanHeader) is this export's. */
  detect(header: readonly string[]): boolean;
  read(table: CsvTable, header: readonly string[], ctx: ReadContext): SourceRecord[];
}

/** One column of the table, read with the decimal mark its own values show. */
export class Column {
  readonly mark: DecimalMark;

  constructor(
    private readonly table: CsvTable,
    readonly index: number,
    readonly what: string,
    private readonly warnings: Warnings,
    fallbackMark: DecimalMark,
  ) {
    this.mark = decimalMarkOf(table.rows.map((r) => r[index] ?? ''), fallbackMark);
  }

  text(r: number): string {
    return (this.table.rows[r][this.index] ?? '').trim();
  }

  private take(r: number, v: number | undefined | Problem): number | undefined {
    if (!(v instanceof Problem)) return v;
    this.warnings.add(`${this.what}: ${v.message} — left blank`, this.table.lines[r], this.text(r));
    return undefined;
  }

  number(r: number): number | undefined {
    return this.take(r, parseNumber(this.table.rows[r][this.index], this.mark));
  }

  seconds(r: number): number | undefined {
    return this.take(r, parseSeconds(this.table.rows[r][this.index], this.mark));
  }
}

/** Row `r`'s values, each read from its column (when there is one) and its text kept in `written`. */
export function rowValues(r: number) {
  const written: Written = {};
  const keep = (column: Column, key: ColumnKey, v: number | undefined) => {
    if (v !== undefined) written[key] = column.text(r);
    return v;
  };
  return {
    written,
    number: (column: Column | undefined, key: ColumnKey) => column && keep(column, key, column.number(r)),
    seconds: (column: Column | undefined, key: ColumnKey) => column && keep(column, key, column.seconds(r)),
  };
}

/** Column `index` (when there is one) as a Column. */
export const columnOf = (table: CsvTable, index: number | undefined, what: string, ctx: ReadContext, fallbackMark: DecimalMark): Column | undefined =>
  index === undefined ? undefined : new Column(table, index, what, ctx.warnings, fallbackMark);

/** What an activity export's reader fills in for row `r` once its date and type have been read. */
export type ActivityFields = (r: number, typeText: string) => Omit<Activity, 'kind' | 'line' | 'day' | 'start' | 'typeText'>;

/**
 * An activity export's rows: a row without a readable date or a type is skipped and named; `placed`
 * puts the written time on the spreadsheet's calendar and clock (local times as written, UTC converted).
 */
export function readActivities(table: CsvTable, ctx: ReadContext, date: Column, type: Column, placed: (w: WrittenTime) => LocalTime, fields: ActivityFields): Activity[] {
  const out: Activity[] = [];
  table.rows.forEach((_, r) => {
    const line = table.lines[r];
    const when = parseDateTime(date.text(r));
    if (!when) return ctx.skip(line, `${date.what} is not a date this importer reads`, date.text(r));
    const typeText = type.text(r);
    if (!typeText) return ctx.skip(line, `no ${type.what}`);
    out.push({ kind: 'activity', line, ...placed(when), typeText, ...fields(r, typeText) });
  });
  return out;
}
