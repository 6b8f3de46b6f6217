// What setting up one sheet did, for the report Set up tracker gives the runner.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetOutcome {
  name: string;
  sheet: Sheet;
  created: boolean;
  /** Cells written (A1 with the sheet's name): on an existing sheet, what had gone missing. */
  written: string[];
  /** What the runner should fix, in words. */
  problems: string[];
}

/** Freezes the sheet's header rows unless at least that many are frozen already. */
export function freeze(sheet: Sheet, rows: number, created: boolean): void {
  if (created || sheet.getFrozenRows() < rows) sheet.setFrozenRows(rows);
}
