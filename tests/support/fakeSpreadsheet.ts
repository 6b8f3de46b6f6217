// A small fake of exactly the part of SpreadsheetApp and LockService the importer calls, with the
// Sheets behaviour that matters to it: strings written by setValues are parsed as if typed (a
// leading apostrophe keeps text literal and is not stored; "=…" becomes a formula; "12" a number),
// ranges outside the sheet's rows and columns throw, and every call is recorded so tests can count
// them. Each class implements the real types' methods of the same name with their parameter types.

type Params<T, K extends keyof T> = { [P in K]: T[P] extends (...a: infer A) => unknown ? (...a: A) => unknown : never };

export interface Formula {
  formula: string;
}
export type Stored = string | number | boolean | Date | Formula;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What Sheets stores for a value written by setValues. */
export function typed(v: unknown): Stored {
  if (typeof v !== 'string') return v as Stored;
  if (v.startsWith("'")) return v.slice(1);
  if (NUMBER.test(v.trim())) return Number(v);
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (/^[=+\-@]/.test(v)) return { formula: v };
  return v;
}

export const isFormula = (v: unknown): v is Formula => typeof v === 'object' && v !== null && 'formula' in v;

export class FakeRange implements Params<GoogleAppsScript.Spreadsheet.Range, 'getValue' | 'getValues' | 'getFormulas' | 'offset' | 'setValues' | 'setNumberFormat' | 'getNumberFormats' | 'setNumberFormats'> {
  constructor(private readonly sheet: FakeSheet, readonly row: number, readonly column: number, readonly rows: number, readonly columns: number) {}

  getValue(): unknown {
    this.sheet.calls.push('Range.getValue');
    const v = this.sheet.block(this.row, this.column, 1, 1)[0][0];
    return isFormula(v) ? '' : v;
  }

  getFormulas(): string[][] {
    this.sheet.calls.push('Range.getFormulas');
    return this.sheet.block(this.row, this.column, this.rows, this.columns).map((r) => r.map((v) => (isFormula(v) ? v.formula : '')));
  }

  offset(rowOffset: number, columnOffset: number, numRows: number, numColumns: number): FakeRange {
    this.sheet.calls.push('Range.offset');
    return new FakeRange(this.sheet, this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }

  getValues(): unknown[][] {
    this.sheet.calls.push('Range.getValues');
    return this.sheet.block(this.row, this.column, this.rows, this.columns).map((r) => r.map((v) => (isFormula(v) ? '' : v)));
  }

  setValues(values: unknown[][]): this {
    this.sheet.calls.push('Range.setValues');
    if (values.length !== this.rows || values.some((r) => r.length !== this.columns)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${this.rows}×${this.columns}).`);
    }
    values.forEach((r, i) => r.forEach((v, j) => this.sheet.set(this.row + i, this.column + j, typed(v))));
    return this;
  }

  setNumberFormat(format: string): this {
    this.sheet.calls.push('Range.setNumberFormat');
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.sheet.formats.set(`${this.row + i},${this.column + j}`, format);
    return this;
  }

  /** Each cell's number format; 'General' (Sheets' automatic one) where none was set. */
  getNumberFormats(): string[][] {
    this.sheet.calls.push('Range.getNumberFormats');
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (_, j) => this.sheet.formats.get(`${this.row + i},${this.column + j}`) ?? 'General'));
  }

  setNumberFormats(formats: string[][]): this {
    this.sheet.calls.push('Range.setNumberFormats');
    if (formats.length !== this.rows || formats.some((r) => r.length !== this.columns)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${this.rows}×${this.columns}).`);
    }
    formats.forEach((r, i) => r.forEach((f, j) => this.sheet.formats.set(`${this.row + i},${this.column + j}`, f)));
    return this;
  }
}

export class FakeSheet implements Params<GoogleAppsScript.Spreadsheet.Sheet, 'getName' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertColumnsAfter' | 'getDataRange'> {
  /** Rows of cells, 1-based coordinates mapped onto 0-based arrays; '' is an empty cell. */
  readonly cells: Stored[][] = [];
  readonly formats = new Map<string, string>();

  constructor(private readonly name: string, readonly calls: string[], public maxRows = 1000, public maxColumns = 26) {}

  getName(): string {
    this.calls.push('Sheet.getName');
    return this.name;
  }

  set(row: number, column: number, v: Stored): void {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1];
    while (r.length < column) r.push('');
    r[column - 1] = v;
  }

  block(row: number, column: number, rows: number, columns: number): Stored[][] {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => this.cells[row - 1 + i]?.[column - 1 + j] ?? ''));
  }

  /** Every stored value, formulas as their marker objects (what getValues hides). */
  stored(): Stored[][] {
    return this.block(1, 1, this.lastRow(), this.lastColumn());
  }

  private lastRow(): number {
    for (let i = this.cells.length; i > 0; i--) if (this.cells[i - 1].some((v) => v !== '')) return i;
    return 0;
  }

  private lastColumn(): number {
    return Math.max(0, ...this.cells.map((r) => {
      for (let j = r.length; j > 0; j--) if (r[j - 1] !== '') return j;
      return 0;
    }));
  }

  getLastRow(): number {
    this.calls.push('Sheet.getLastRow');
    return this.lastRow();
  }

  getLastColumn(): number {
    this.calls.push('Sheet.getLastColumn');
    return this.lastColumn();
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    this.calls.push('Sheet.getDataRange');
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }

  getMaxRows(): number {
    this.calls.push('Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.calls.push('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.calls.push('Sheet.insertRowsAfter');
    this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.calls.push('Sheet.insertColumnsAfter');
    for (const r of this.cells) if (r.length > afterPosition) r.splice(afterPosition, 0, ...new Array<Stored>(howMany).fill(''));
    this.maxColumns += howMany;
    return this;
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    this.calls.push('Sheet.getRange');
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }
}

export class FakeSpreadsheet implements Params<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getSheetByName' | 'insertSheet' | 'getSpreadsheetTimeZone'> {
  readonly sheets = new Map<string, FakeSheet>();
  /** Named ranges (Settings' DistanceUnit, TypeMap), set by tests with nameRange. */
  readonly named = new Map<string, FakeRange>();

  getRangeByName(name: string): FakeRange | null {
    this.calls.push('Spreadsheet.getRangeByName');
    return this.named.get(name) ?? null;
  }

  /** Names a range of sheet `sheetName` before the test (not counted as a call). */
  nameRange(name: string, sheetName: string, row: number, column: number, rows = 1, columns = 1): void {
    this.named.set(name, new FakeRange(this.sheets.get(sheetName)!, row, column, rows, columns));
  }

  constructor(readonly calls: string[], private readonly zone: string) {}

  getSpreadsheetTimeZone(): string {
    this.calls.push('Spreadsheet.getSpreadsheetTimeZone');
    return this.zone;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.calls.push('Spreadsheet.getSheetByName');
    return this.sheets.get(name) ?? null;
  }

  insertSheet(sheetName: string): FakeSheet {
    this.calls.push('Spreadsheet.insertSheet');
    if (this.sheets.has(sheetName)) throw new Error(`A sheet with the name "${sheetName}" already exists.`);
    const sheet = new FakeSheet(sheetName, this.calls);
    this.sheets.set(sheetName, sheet);
    return sheet;
  }

  /** A sheet filled with `rows` before the test (not counted as calls). */
  addSheet(name: string, rows: Stored[][], maxRows = 1000, maxColumns = 26): FakeSheet {
    const sheet = new FakeSheet(name, this.calls, maxRows, maxColumns);
    rows.forEach((r, i) => r.forEach((v, j) => sheet.set(i + 1, j + 1, v)));
    this.sheets.set(name, sheet);
    return sheet;
  }
}

export class FakeLock implements Params<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> {
  held = false;
  /** Set to make tryLock fail as when another execution holds the lock. */
  busy = false;

  constructor(private readonly calls: string[]) {}

  tryLock(timeoutInMillis: number): boolean {
    this.calls.push('Lock.tryLock');
    if (this.busy || this.held || timeoutInMillis < 0) return false;
    return (this.held = true);
  }

  releaseLock(): void {
    this.calls.push('Lock.releaseLock');
    this.held = false;
  }
}

/** The globals a bundle needs: SpreadsheetApp and LockService over one fake spreadsheet. */
export function fakeServices(zone = 'Etc/UTC') {
  const calls: string[] = [];
  const spreadsheet = new FakeSpreadsheet(calls, zone);
  const lock = new FakeLock(calls);
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => {
        calls.push('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
      flush: () => {
        calls.push('SpreadsheetApp.flush');
      },
    },
    LockService: {
      getDocumentLock: () => {
        calls.push('LockService.getDocumentLock');
        return lock;
      },
    },
  };
  return { calls, spreadsheet, lock, globals };
}
