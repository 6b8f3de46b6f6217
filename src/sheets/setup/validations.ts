// Data validation on the add-on's columns and cells. A range whose first cell already has a rule
// (the add-on's from an earlier run, or one the runner chose) is left alone.

import type { Area } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface ValidationSpec {
  where: Area;
  rule: () => Validation;
}

/**
 * Sets the missing rules on an existing sheet: reads the rules of the rectangle the specs cover once
 * and, when any is missing, writes the rectangle back once with them added (every other cell's rule
 * as it was). Returns how many were set.
 */
export function ensureValidations(sheet: Sheet, specs: readonly ValidationSpec[]): number {
  if (specs.length === 0) return 0;
  const top = Math.min(...specs.map((s) => s.where.row));
  const left = Math.min(...specs.map((s) => s.where.col));
  const bottom = Math.max(...specs.map((s) => s.where.row + s.where.rows - 1));
  const right = Math.max(...specs.map((s) => s.where.col + s.where.cols - 1));
  const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  const rules = range.getDataValidations();
  const missing = specs.filter((s) => rules[s.where.row - top][s.where.col - left] === null);
  for (const s of missing) {
    const rule = s.rule();
    for (let r = s.where.row; r < s.where.row + s.where.rows; r++) for (let c = s.where.col; c < s.where.col + s.where.cols; c++) rules[r - top][c - left] = rule;
  }
  if (missing.length > 0) range.setDataValidations(rules);
  return missing.length;
}

type Build = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** A rule with help text. `warn`: other values are marked, not refused — the runner's data always goes in. */
export const ruleOf = (build: Build, help: string, warn: boolean) => (): Validation =>
  build(SpreadsheetApp.newDataValidation()).setAllowInvalid(warn).setHelpText(help).build();
