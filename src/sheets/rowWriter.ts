// The one way the add-on writes rows into a sheet's table (import into the Log, a week or a season
// into the Plan). The target rows were chosen from a read made earlier, and the runner may have typed
// there since: the document lock stops other scripts, not typing. So the rows are re-read right
// before the write, and when anything appeared there the rows go after the last row with content.
// Every text goes through asText, so it stays the text it was.

import { cellValue } from './asText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const isBlank = (row: readonly unknown[]): boolean => row.every((c) => c === '' || c === null);

/** The size of a sheet insertSheet() makes: one this execution inserted needs no call to know it. */
export const NEW_SHEET = { rows: 1000, columns: 26 };

/**
 * Writes `rows` into `sheet` from row `at`, column `column` (1-based), into rows still empty there
 * (else below the last row with content in those columns), growing the sheet when it is too short.
 * `sheetIsNew`: the sheet was inserted by this execution, so nobody can have typed in it and its
 * size is NEW_SHEET's.
 * @returns the sheet row the first of `rows` went to, and the range written (to format it without another lookup).
 */
export function writeIntoEmptyRows(sheet: Sheet, at: number, column: number, rows: readonly unknown[][], sheetIsNew = false): { first: number; range: Range } {
  const width = rows[0].length;
  let first = at;
  const last = sheetIsNew ? 0 : sheet.getLastRow();
  if (last >= at) {
    const below = sheet.getRange(at, column, last - at + 1, width).getValues();
    if (below.slice(0, rows.length).some((r) => !isBlank(r))) {
      let filled = below.length;
      while (filled > 0 && isBlank(below[filled - 1])) filled--;
      first = at + filled;
    }
  }
  const end = first + rows.length - 1;
  const maxRows = sheetIsNew ? NEW_SHEET.rows : sheet.getMaxRows();
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows);
  const range = sheet.getRange(first, column, rows.length, width).setValues(rows.map((r) => r.map(cellValue)));
  return { first, range };
}
