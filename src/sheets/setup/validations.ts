// Data validation on the add-on's columns and cells. A range whose first cell already has a rule
// (the add-on's from an earlier run, or one the runner chose) is left alone.

import { Area, rangeOf } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ValidationSpec {
  where: Area;
  rule: () => GoogleAppsScript.Spreadsheet.DataValidation;
}

/** Sets the missing rules, reading the sheet's rules once; returns how many were set. */
export function ensureValidations(sheet: Sheet, specs: readonly ValidationSpec[]): number {
  if (specs.length === 0) return 0;
  const top = Math.min(...specs.map((s) => s.where.row));
  const left = Math.min(...specs.map((s) => s.where.col));
  const bottom = Math.max(...specs.map((s) => s.where.row));
  const right = Math.max(...specs.map((s) => s.where.col));
  const existing = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getDataValidations();
  const missing = specs.filter((s) => existing[s.where.row - top][s.where.col - left] === null);
  for (const s of missing) rangeOf(sheet, s.where).setDataValidation(s.rule());
  return missing.length;
}

type Build = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** A rule with help text. `warn`: other values are marked, not refused — the runner's data always goes in. */
export const ruleOf = (build: Build, help: string, warn: boolean) => (): GoogleAppsScript.Spreadsheet.DataValidation =>
  build(SpreadsheetApp.newDataValidation()).setAllowInvalid(warn).setHelpText(help).build();
