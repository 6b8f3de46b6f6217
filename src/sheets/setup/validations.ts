// Data validation on the add-on's columns and cells. A range whose first cell already has a rule
// (the add-on's from an earlier run, or one the runner chose) is left alone.

import { Area, bounds, rangeOf } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface ValidationSpec {
  where: Area;
  rule: () => Validation;
}

/**
 * Adds the missing rules to `rules`, those read from `range` (whose top-left cell is that of `box`),
 * and, when any was missing, writes them back in one call (every other cell's rule as it was).
 * Returns how many were set.
 */
export function addMissingRules(range: GoogleAppsScript.Spreadsheet.Range, box: Area, rules: (Validation | null)[][], specs: readonly ValidationSpec[]): number {
  const missing = specs.filter((s) => rules[s.where.row - box.row][s.where.col - box.col] === null);
  for (const s of missing) {
    const rule = s.rule();
    for (let r = 0; r < s.where.rows; r++) for (let c = 0; c < s.where.cols; c++) rules[s.where.row - box.row + r][s.where.col - box.col + c] = rule;
  }
  if (missing.length > 0) range.setDataValidations(rules);
  return missing.length;
}

/** Sets the missing rules on an existing sheet, reading the rectangle the specs cover once. */
export function ensureValidations(sheet: Sheet, specs: readonly ValidationSpec[]): number {
  if (specs.length === 0) return 0;
  const box = bounds(specs.map((s) => s.where));
  const range = rangeOf(sheet, box);
  return addMissingRules(range, box, range.getDataValidations(), specs);
}

type Build = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** A rule with help text. `warn`: other values are marked, not refused — the runner's data always goes in. */
export const ruleOf = (build: Build, help: string, warn: boolean) => (): Validation =>
  build(SpreadsheetApp.newDataValidation()).setAllowInvalid(warn).setHelpText(help).build();
