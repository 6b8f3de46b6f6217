// The Log sheet as the server functions read it: one read of the whole used range (its data range:
// two round trips, where last row, last column, range and values were four).
import { RunnerError } from '../core/errors';
import { LOG_SHEET } from './setup/logSheet';

export interface LogState {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The Log's values, header row first; [] for a missing or empty sheet. */
  values: unknown[][];
}

export function readLogSheet(): LogState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new RunnerError('Open a spreadsheet first: Ultra Tracker works on its Log sheet.');
  const sheet = ss.getSheetByName(LOG_SHEET);
  if (!sheet) return { ss, sheet, values: [] };
  const values = sheet.getDataRange().getValues();
  // An empty sheet's data range is A1 alone, blank.
  const empty = values.length === 1 && values[0].length === 1 && (values[0][0] === '' || values[0][0] === null);
  return { ss, sheet, values: empty ? [] : values };
}
