// The spreadsheet's time zone: calendar days are the runner's, not the script's.
import { TimeZone } from '../core/days';

let cached: TimeZone | undefined;

/**
 * The only service a formula reads (formulas.md, "Shared rules for every formula"). A caller that
 * holds the spreadsheet already passes it, saving a call.
 */
export function spreadsheetTimeZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet()): TimeZone {
  const name = ss ? ss.getSpreadsheetTimeZone() : Session.getScriptTimeZone();
  if (!cached || cached.name !== name) cached = new TimeZone(name);
  return cached;
}
