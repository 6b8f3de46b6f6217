// One import, start to end, without touching a sheet: read the CSV, recognise the export from its
// header, turn its rows into Log rows in the tracker's unit, and drop what the Log (or the file
// itself) already has. Preview and import both run this, so what the preview shows is what lands.

import { TimeZone } from '../days';
import { ImportError } from '../errors';
import { COLUMN_KEYS, COLUMN_TITLES, locateColumns } from '../log/columns';
import { quote } from '../log/cells';
import { parseCsv } from './csv';
import { KnownRows, knownRows } from './dedup';
import { cleanHeader } from './headers';
import { checkRowCount, checkRows } from './limits';
import { Cell, ImportRow, toLogRow } from './logRows';
import { RUN_EVIDENCE } from './runFromData';
import { FormatId, ReadContext, SourceFormat, Unit } from './source';
import { Warnings } from './warnings';
import { TypeMap } from '../log/typeMap';
import { garmin } from './formats/garmin';
import { intervalsActivities } from './formats/intervalsActivities';
import { intervalsWellness } from './formats/intervalsWellness';
import { strava } from './formats/strava';

/** In the order they are tried: the most specific headers first. */
export const FORMATS: readonly SourceFormat[] = [intervalsWellness, intervalsActivities, strava, garmin];

export interface ImportOptions {
  tz: TimeZone;
  /** The tracker's distance unit when the Log's header or Settings state it; else the export's own, else miles. */
  unit?: Unit;
  /** Where `unit` was read, for the preview (e.g. 'Settings → Distance unit'). */
  unitWhy?: string;
  /** The runner's Type map (Settings → TypeMap): their words for the export's types. */
  typeMap?: TypeMap;
  /** The Log's values, header row first, to leave out what it already holds. */
  existing?: readonly (readonly unknown[])[];
}

export interface ImportPlan {
  format: FormatId;
  formatName: string;
  unit: Unit;
  /** Where the unit was read, in words. */
  unitWhy: string;
  /** The export's own units where it has some (Garmin: the account's, its pool swims'), and how they were told. */
  exportUnits: string[];
  header: readonly string[];
  /** The rows to add, oldest first, in `header`'s order (every Log column) with dates as YYYY-MM-DD, starts as hh:mm. */
  rows: Cell[][];
  warnings: string[];
  /** Rows the Log already has, or that repeat an earlier row of the file. */
  duplicates: number;
  /** Rows that yield nothing (unreadable date, no type, an empty wellness day). */
  skipped: number;
  /** Export types that name no session type among the rows to add, most frequent first: the runner's to map. */
  unknownTypes: { type: string; count: number }[];
  /** Sessions among the rows to add that carry measured effort (RPE or heart rate). */
  measuredEffort: number;
  /** Rows to add whose type nothing names, read as runs from their own data: per type and reason, with the reason in words. */
  runsFromData: { type: string; count: number; why: string }[];
}

/** The export a header row is from; `raw` is the header as written, for the message. */
export function detectFormat(header: readonly string[], raw: readonly string[]): SourceFormat {
  const format = FORMATS.find((f) => f.detect(header));
  if (format) return format;
  const first = raw.slice(0, 4).map((h) => quote(h)).join(', ');
  throw new ImportError(
    `This file's columns (${first}, …) are not those of an export this importer reads: Strava's activities.csv ` +
    '(from the bulk export), the Garmin Connect activity list (Export CSV), or an intervals.icu activities or wellness CSV.',
  );
}

const TYPE = COLUMN_KEYS.indexOf('type');
const EFFORT = [COLUMN_KEYS.indexOf('rpe'), COLUMN_KEYS.indexOf('avgHr')];

/** Unknown types with their counts, in the order the rows first show them. */
function unknownTypes(rows: ImportRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.kind === null && r.cells[TYPE] !== '') counts.set(String(r.cells[TYPE]), (counts.get(String(r.cells[TYPE])) ?? 0) + 1);
  return counts;
}

/** Rows read as runs from their data, per export type and reason, in the order the rows first show them. */
function runsFromData(rows: ImportRow[]): ImportPlan['runsFromData'] {
  const counts = new Map<string, ImportPlan['runsFromData'][number]>();
  for (const { runBy } of rows) {
    if (!runBy) continue;
    const key = `${runBy.type}|${runBy.evidence}`;
    const entry = counts.get(key) ?? { type: runBy.type, count: 0, why: RUN_EVIDENCE[runBy.evidence] };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** Unknown types are imported as exported: one warning lists them with their counts. */
function unknownWarning(counts: Map<string, number>): string[] {
  if (counts.size === 0) return [];
  const list = [...counts].map(([t, n]) => `${t} ×${n}`).join(', ');
  return [`Types that match no session type, imported as exported and counted toward load only (map them to a session type in the Import tab; LOG_ISSUES lists them): ${list}`];
}

export function planImport(csvText: string, opts: ImportOptions): ImportPlan {
  const table = parseCsv(csvText);
  checkRowCount(table);
  const header = table.header.map(cleanHeader);
  const format = detectFormat(header, table.header);
  const warnings = new Warnings();
  let skipped = 0;
  const ctx: ReadContext = {
    tz: opts.tz,
    unit: opts.unit,
    typeMap: opts.typeMap,
    warnings,
    skip(line, why, example) {
      skipped++;
      warnings.add(`Skipped: ${why}`, line, example);
    },
  };
  const records = format.read(table, header, ctx);
  const unit = opts.unit ?? ctx.exportUnit?.unit ?? 'mi';
  const unitWhy = opts.unit ? opts.unitWhy ?? 'the tracker\'s unit'
    : ctx.exportUnit ? `the export's own (${ctx.exportUnit.why}): neither the Log's header nor Settings state one`
    : 'miles: neither the Log\'s header, Settings nor the export state a unit';
  const rows = records.map((r) => toLogRow(r, unit, warnings, opts.typeMap));

  if (opts.existing && locateColumns(opts.existing[0] ?? []).date === undefined) {
    throw new ImportError('The Log sheet has no "Date" column in its first row — put the header row (Date, Type, Distance, …) in row 1.');
  }
  const seen = opts.existing ? knownRows(opts.existing, opts.tz, opts.typeMap) : new KnownRows();
  let duplicates = 0;
  const fresh: ImportRow[] = [];
  for (const row of rows) {
    if (seen.has(row.keys)) duplicates++;
    else {
      seen.add(row.keys);
      fresh.push(row);
    }
  }
  checkRows(fresh);
  // Oldest first: by day, then start (rows without one last), then the file's order.
  const startOf = (r: ImportRow) => r.keys.timed?.minute ?? Infinity;
  fresh.sort((a, b) => a.day - b.day || startOf(a) - startOf(b) || a.line - b.line);
  const unknown = unknownTypes(fresh);
  return {
    format: format.id,
    formatName: format.name,
    unit,
    unitWhy,
    exportUnits: ctx.exportUnit ? [`the export's distances in ${ctx.exportUnit.unit}: ${ctx.exportUnit.why}`, ...(ctx.exportUnit.swims ? [ctx.exportUnit.swims] : [])] : [],
    header: COLUMN_TITLES,
    rows: fresh.map((r) => r.cells),
    warnings: [...warnings.list(), ...unknownWarning(unknown)],
    duplicates,
    skipped,
    unknownTypes: [...unknown].sort((a, b) => b[1] - a[1]).map(([type, count]) => ({ type, count })),
    measuredEffort: fresh.filter((r) => EFFORT.some((i) => r.cells[i] !== '')).length,
    runsFromData: runsFromData(fresh),
  };
}
