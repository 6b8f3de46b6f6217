// The Log sheet as the server functions read it: one read of the whole used range.
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
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return { ss, sheet, values: rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getValues() : [] };
}
