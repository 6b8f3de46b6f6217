// The emulated spreadsheet's cells and their evaluation. What the runner or the script typed is kept
// here (values, formulas, formats); HyperFormula evaluates the ordinary formulas; the add-on's custom
// formulas are evaluated by ./spills.ts, which writes their results into HyperFormula as values.

import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { SERIAL_EPOCH_DAY, TimeZone } from '../src/core/days';
import { ParsedRef, Rect, resolveRef, sheetPrefix, rectA1 } from './a1';
import { mapRefs } from './formulaText';
import { isDateFormat } from './numberFormat';
import { CustomFunctions, Spills } from './spills';
import type { EmuConditionalFormatRule } from './conditionalFormats';
import type { EmuDataValidation } from './dataValidation';
import type { EmuEmbeddedChart } from './charts';

export type Scalar = number | string | boolean;

/** An error value, shown as its code (`#REF!`) with Sheets' tooltip text as `message`. */
export class CellError {
  constructor(readonly code: string, readonly message = '') {}
  toString(): string {
    return this.code;
  }
}

/** An evaluated cell: dates are serial numbers with `date` set; null is an empty cell. */
export interface Evaluated {
  value: Scalar | CellError | null;
  date: boolean;
}

export const EMPTY: Evaluated = { value: null, date: false };

/** A cell value as Apps Script hands it out: '' for empty, Dates for date cells. */
export type CellValue = Scalar | Date;

export interface CellData {
  formula?: string;
  value?: Scalar;
  format?: string;
  background?: string;
  fontWeight?: GoogleAppsScript.Spreadsheet.FontWeight;
  /** Text wraps within the cell's width instead of running on into the empty cells beside it. */
  wrap?: boolean;
  validation?: EmuDataValidation;
}

export class SheetData {
  readonly cells = new Map<number, CellData>();
  frozenRows = 0;
  conditionalFormats: EmuConditionalFormatRule[] = [];
  readonly charts: EmuEmbeddedChart[] = [];
  constructor(readonly id: number, public name: string, public maxRows: number, public maxColumns: number) {}
}

/** Cell key within a sheet: wide enough for Sheets' 18,278 columns. */
const KEY_WIDTH = 20_000;
export const cellKey = (row: number, col: number): number => row * KEY_WIDTH + col;
export const keyRow = (key: number): number => Math.floor(key / KEY_WIDTH);
export const keyCol = (key: number): number => key % KEY_WIDTH;

const MS_PER_DAY = 86_400_000;
const SERIAL_OFFSET = -SERIAL_EPOCH_DAY; // 25 569: serial of 1970-01-01

const HF_ERRORS: Record<string, [string, string?]> = {
  '#SPILL!': ['#REF!', 'Array result was not expanded because it would overwrite data.'],
  '#CYCLE!': ['#REF!', 'Circular dependency detected.'],
};

/**
 * Rows a sheet of the emulator may have: beyond the 100,000 rows one import takes (HyperFormula's
 * own default is 40,000). Sheets itself allows 10 million cells per spreadsheet.
 */
export const MAX_ROWS = 250_000;

export class Workbook {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', undoLimit: 0, maxRows: MAX_ROWS });
  readonly sheets: SheetData[] = [];
  readonly named = new Map<string, { name: string; sheet: SheetData; rect: Rect }>();
  readonly zone: TimeZone;
  readonly spills: Spills;
  /** Counts changes to what cells hold and to named ranges, so a caller can tell whether anything was written. */
  revision = 0;
  private dirty = false;

  constructor(timeZone: string, customs: CustomFunctions) {
    this.zone = new TimeZone(timeZone);
    this.spills = new Spills(this, customs);
  }

  // ---- sheets ----

  addSheet(name: string, rows = 1000, cols = 26, index = this.sheets.length): SheetData {
    if (this.sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const id = this.hf.getSheetId(this.hf.addSheet(name))!;
    const sheet = new SheetData(id, name, rows, cols);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  // ---- writing ----

  /** Sets what a cell holds (undefined clears it), keeping its formats. */
  setContent(sheet: SheetData, row: number, col: number, content: { formula?: string; value?: Scalar } | undefined): void {
    const k = cellKey(row, col);
    const cell = sheet.cells.get(k) ?? {};
    delete cell.formula;
    delete cell.value;
    if (content?.formula !== undefined) cell.formula = content.formula;
    else if (content?.value !== undefined && content.value !== '') cell.value = content.value;
    sheet.cells.set(k, cell);
    this.spills.contentChanged(sheet, row, col, cell.formula);
    this.writeHf(sheet, row, col, this.rawContent(sheet, row, col));
  }

  /**
   * Adds rows and columns at the end of a sheet. Open ranges (`A2:A`) now reach further, so the
   * formulas are given to HyperFormula again.
   */
  grow(sheet: SheetData, rows: number, cols: number): void {
    if (sheet.maxRows + rows > MAX_ROWS) {
      throw new Error(`The emulator's sheets hold at most ${MAX_ROWS.toLocaleString('en-US')} rows; ${sheet.name} would have ${(sheet.maxRows + rows).toLocaleString('en-US')}.`);
    }
    sheet.maxRows += rows;
    sheet.maxColumns += cols;
    for (const s of this.sheets) {
      for (const [k, cell] of s.cells) {
        const [row, col] = [keyRow(k), keyCol(k)];
        // A custom formula's cell holds its spilled value, which stays.
        if (cell.formula !== undefined && !this.spills.isAnchor(s, row, col)) this.writeHf(s, row, col, this.rawContent(s, row, col));
      }
    }
  }

  cell(sheet: SheetData, row: number, col: number): CellData {
    const k = cellKey(row, col);
    let c = sheet.cells.get(k);
    if (!c) sheet.cells.set(k, (c = {}));
    return c;
  }

  /** What HyperFormula holds for a cell when no spill owns it. */
  rawContent(sheet: SheetData, row: number, col: number): RawCellContent {
    const cell = sheet.cells.get(cellKey(row, col));
    if (cell?.formula !== undefined) return this.spills.isAnchor(sheet, row, col) ? null : this.toHfFormula(cell.formula, sheet);
    if (cell?.value === undefined) return null;
    return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
  }

  writeHf(sheet: SheetData, row: number, col: number, raw: RawCellContent): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    this.hf.setCellContents({ sheet: sheet.id, row, col }, [[raw]]);
    this.dirty = true;
    this.revision++;
  }

  /** Google's open ranges (`A2:A`, `Log!A1:L`) closed at the sheet's last row, for HyperFormula. */
  toHfFormula(formula: string, sheet: SheetData): string {
    return mapRefs(formula, (ref) => {
      if (!ref.end || ref.start.row === undefined || ref.end.row !== undefined || ref.end.col === undefined) return ref;
      const target = ref.sheet === undefined ? sheet : this.sheetByName(ref.sheet);
      return target ? { ...ref, end: { ...ref.end, row: target.maxRows - 1 } } : ref;
    });
  }

  // ---- named ranges ----

  setNamedRange(name: string, sheet: SheetData, rect: Rect): void {
    const expression = `=${sheetPrefix(sheet.name)}${rectA1(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    if (this.named.has(name.toUpperCase())) this.hf.changeNamedExpression(name, expression);
    else this.hf.addNamedExpression(name, expression);
    this.named.set(name.toUpperCase(), { name, sheet, rect });
    this.dirty = true;
    this.revision++;
  }

  removeNamedRange(name: string): void {
    if (!this.named.delete(name.toUpperCase())) return;
    this.hf.removeNamedExpression(name);
    this.dirty = true;
    this.revision++;
  }

  // ---- reading ----

  /** Brings every formula up to date: HyperFormula's, then the custom formulas' spills. */
  recalc(): void {
    if (!this.dirty || this.spills.busy) return;
    this.dirty = false;
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    this.spills.recalc();
  }

  /** The evaluated value of a cell; `fresh` false reads without recalculating (used during recalculation). */
  evaluated(sheet: SheetData, row: number, col: number, fresh = true): Evaluated {
    if (fresh) this.recalc();
    const spilled = this.spills.valueAt(sheet, row, col);
    if (spilled) return spilled;
    const cell = sheet.cells.get(cellKey(row, col));
    if (cell?.value !== undefined) return { value: cell.value, date: false };
    const address = { sheet: sheet.id, row, col };
    return this.fromHf(this.hf.getCellValue(address), () => this.hf.getCellValueDetailedType(address));
  }

  fromHf(v: unknown, type: () => string = () => ''): Evaluated {
    if (v instanceof DetailedCellError) {
      const [code, message] = HF_ERRORS[v.value] ?? [v.value, v.message];
      return { value: new CellError(code, message ?? v.message), date: false };
    }
    if (v === null || v === undefined) return EMPTY;
    if (typeof v === 'number') return { value: v, date: /^NUMBER_(DATE|DATETIME|TIME)$/.test(type()) };
    return { value: v as Scalar, date: false };
  }

  /** A date cell: its explicit format says so, or (automatic format) its value was inferred a date. */
  isDate(sheet: SheetData, row: number, col: number, ev: Evaluated): boolean {
    const format = sheet.cells.get(cellKey(row, col))?.format;
    return typeof ev.value === 'number' && (format === undefined ? ev.date : isDateFormat(format));
  }

  /** A cell as getValues returns it (host realm): '' when empty, a Date for a date cell, an error's code. */
  valueOf(sheet: SheetData, row: number, col: number, fresh = true): CellValue {
    const ev = this.evaluated(sheet, row, col, fresh);
    if (ev.value === null) return '';
    if (ev.value instanceof CellError) return ev.value.code;
    return this.isDate(sheet, row, col, ev) ? this.dateOfSerial(ev.value as number) : ev.value;
  }

  /** The rectangle a reference covers, and its sheet (undefined: no such sheet). */
  resolve(ref: ParsedRef, from: SheetData): { sheet: SheetData; rect: Rect } | undefined {
    const sheet = ref.sheet === undefined ? from : this.sheetByName(ref.sheet);
    return sheet && { sheet, rect: resolveRef(ref, sheet.maxRows, sheet.maxColumns) };
  }

  // ---- dates: serial numbers are wall-clock days in the spreadsheet's zone ----

  serialOf(date: Date): number {
    return this.zone.wallClock(date.getTime()) / MS_PER_DAY + SERIAL_OFFSET;
  }

  dateOfSerial(serial: number): Date {
    const wall = Math.round((serial - SERIAL_OFFSET) * MS_PER_DAY);
    let t = wall - this.zone.offsetAt(wall);
    t = wall - this.zone.offsetAt(t);
    return new Date(t);
  }
}
