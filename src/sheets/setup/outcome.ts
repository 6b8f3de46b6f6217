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

/** Finds the add-on's sheets by name and inserts the missing ones after the last sheet. */
export type SheetFinder = (name: string) => { sheet: Sheet; created: boolean };

/** A finder for one run: the sheets are counted once, at the first insertion (never replaced or removed). */
export function sheetFinder(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetFinder {
  let count: number | undefined;
  return (name) => {
    const existing = ss.getSheetByName(name);
    if (existing) return { sheet: existing, created: false };
    count ??= ss.getNumSheets();
    return { sheet: ss.insertSheet(name, count++), created: true };
  };
}

/** Freezes the sheet's header rows unless at least that many are frozen already. */
export function freeze(sheet: Sheet, rows: number, created: boolean): void {
  if (created || sheet.getFrozenRows() < rows) sheet.setFrozenRows(rows);
}
