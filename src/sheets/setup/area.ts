// Rectangles of cells as the setup code names them (1-based, like getRange), and their A1 text.

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const area = (row: number, col: number, rows = 1, cols = 1): Area => ({ row, col, rows, cols });

/** The smallest rectangle holding every area. */
export function bounds(areas: readonly Area[]): Area {
  const top = Math.min(...areas.map((a) => a.row));
  const left = Math.min(...areas.map((a) => a.col));
  const bottom = Math.max(...areas.map((a) => a.row + a.rows - 1));
  const right = Math.max(...areas.map((a) => a.col + a.cols - 1));
  return area(top, left, bottom - top + 1, right - left + 1);
}

/** Column number → letters: 1 → A, 27 → AA. */
export const letters = (col: number): string =>
  col <= 0 ? '' : letters(Math.floor((col - 1) / 26)) + String.fromCharCode(65 + ((col - 1) % 26));

export const a1 = (a: Area): string =>
  a.rows === 1 && a.cols === 1 ? `${letters(a.col)}${a.row}` : `${letters(a.col)}${a.row}:${letters(a.col + a.cols - 1)}${a.row + a.rows - 1}`;

/** From row `row` of column(s) `col` down to the sheet's last row. */
export const toBottom = (maxRows: number, row: number, col: number, cols = 1): Area => area(row, col, Math.max(1, maxRows - row + 1), cols);

export const rangeOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet, a: Area): GoogleAppsScript.Spreadsheet.Range =>
  sheet.getRange(a.row, a.col, a.rows, a.cols);

type Range = GoogleAppsScript.Spreadsheet.Range;
/** Ranges by their A1 notation. */
export type RangeMap = Map<string, Range>;

/** The ranges of several areas of a sheet, by their A1 notation, fetched in one call (two for a list). */
export function rangesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, areas: readonly Area[]): RangeMap {
  const a1s = [...new Set(areas.map(a1))];
  const ranges = a1s.length === 1 ? [sheet.getRange(a1s[0])] : sheet.getRangeList(a1s).getRanges();
  return new Map(a1s.map((a, i) => [a, ranges[i]]));
}

/** An A1 range without the end row, so a rule or chart "to the bottom" is the same whatever the sheet's size. */
export const openEnded = (a1Text: string): string => a1Text.replace(/(:[A-Z]+)\d+$/, '$1');
