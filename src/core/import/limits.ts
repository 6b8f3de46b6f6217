// What an import refuses up front, before anything is written, so it never stops half-way: a file
// of more rows than the tracker reads, a value longer than a Sheets cell holds, a date outside the
// days the tracker knows. Each message names the file's line (and the field) to fix.

import { MAX_DAY, MIN_DAY, isoFromDay } from '../days';
import { ImportError } from '../errors';
import { COLUMN_TITLES } from '../log/columns';
import { CsvTable } from './csv';
import { ImportRow } from './logRows';

/** Sheets' limit on the characters of one cell. */
export const MAX_CELL_CHARS = 50_000;
/** Rows one import takes: far beyond a lifetime of daily logging, well inside a sheet's 10 million cells. */
export const MAX_IMPORT_ROWS = 100_000;

const n = (x: number) => x.toLocaleString('en-US');

/** Refuses a file with more rows than one import takes. */
export function checkRowCount(table: CsvTable): void {
  if (table.rows.length <= MAX_IMPORT_ROWS) return;
  throw new ImportError(`This file has ${n(table.rows.length)} rows; one import takes at most ${n(MAX_IMPORT_ROWS)} (line ${n(table.lines[MAX_IMPORT_ROWS])} is the first past it) — export a shorter period and import it in parts.`);
}

/** Refuses rows with a value Sheets cannot hold or a date the tracker does not read. */
export function checkRows(rows: readonly ImportRow[]): void {
  for (const r of rows) {
    if (r.day < MIN_DAY || r.day > MAX_DAY) {
      throw new ImportError(`Line ${n(r.line)}, Date: ${isoFromDay(r.day)} is outside 1970–2100, the dates the tracker reads — fix the date in the file, then import again.`);
    }
    const long = r.cells.findIndex((c) => typeof c === 'string' && c.length > MAX_CELL_CHARS);
    if (long >= 0) {
      throw new ImportError(`Line ${n(r.line)}, ${COLUMN_TITLES[long]}: ${n(String(r.cells[long]).length)} characters, more than the ${n(MAX_CELL_CHARS)} a Sheets cell holds — shorten it in the file, then import again.`);
    }
  }
}
