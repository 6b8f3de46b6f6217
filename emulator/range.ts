// Range: a rectangle of one sheet. Values, formulas, formats and validations of its cells.

import { Rect, rectA1 } from './a1';
import { toInput } from './cellInput';
import { shiftFormula } from './formulaText';
import { AUTOMATIC_FORMAT, displayNumber } from './numberFormat';
import { CellError, CellValue, cellKey } from './workbook';
import type { EmuSheet } from './sheet';
import type { EmuDataValidation } from './dataValidation';
import type { Emulates } from './gas';

type Methods =
  | 'getA1Notation' | 'offset' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getSheet'
  | 'getValue' | 'getValues' | 'setValue' | 'setValues' | 'getDisplayValue' | 'getDisplayValues'
  | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas' | 'clearContent'
  | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat' | 'setNumberFormats'
  | 'getBackground' | 'getBackgrounds' | 'setBackground' | 'setBackgrounds' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights'
  | 'getWraps' | 'setWrap' | 'setWraps'
  | 'getDataValidation' | 'getDataValidations' | 'setDataValidation' | 'setDataValidations';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export const DEFAULT_BACKGROUND = '#ffffff';

/** 'General' is Sheets' automatic format: the cell's value decides how it shows. */
const automatic = (format: string): string | undefined => (format === 'General' ? undefined : format);

export class EmuRange implements Emulates<GoogleAppsScript.Spreadsheet.Range, Methods> {
  constructor(readonly sheet: EmuSheet, readonly rect: Rect) {}

  private get book() {
    return this.sheet.book;
  }

  private get data() {
    return this.sheet.data;
  }

  /** Runs f on every cell, row by row, collecting its results as rows. */
  private grid<T>(f: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.cols; c++) line.push(f(this.rect.row + r, this.rect.col + c));
      out.push(line);
    }
    return out;
  }

  /** For the plural setters (setValues, setNumberFormats…): checks the shape, then f with each cell's own value. */
  private eachOf<T>(values: T[][], f: (row: number, col: number, value: T) => void): EmuRange {
    this.checkShape('data', values);
    this.grid((r, c) => f(r, c, values[r - this.rect.row][c - this.rect.col]));
    return this;
  }

  private checkShape(what: string, values: unknown[][]): void {
    if (!Array.isArray(values) || values.length !== this.rect.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.rect.rows}.`);
    }
    values.forEach((row) => {
      if (!Array.isArray(row) || row.length !== this.rect.cols) {
        throw new Error(`The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(row) ? row.length : 0} but the range has ${this.rect.cols}.`);
      }
    });
  }

  getA1Notation(): string {
    return rectA1(this.rect);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    const { row, col, rows, cols } = this.rect;
    return new EmuRange(this.sheet, { row: row + rowOffset, col: col + columnOffset, rows: numRows ?? rows, cols: numColumns ?? cols });
  }

  getRow(): number {
    return this.rect.row + 1;
  }

  getColumn(): number {
    return this.rect.col + 1;
  }

  getNumRows(): number {
    return this.rect.rows;
  }

  getNumColumns(): number {
    return this.rect.cols;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.rows;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.cols;
  }

  getSheet(): EmuSheet {
    return this.sheet;
  }

  // ---- values and formulas ----

  getValues(): CellValue[][] {
    this.book.recalc();
    return this.grid((r, c) => this.book.valueOf(this.data, r, c));
  }

  getValue(): CellValue {
    return this.book.valueOf(this.data, this.rect.row, this.rect.col);
  }

  setValues(values: unknown[][]): EmuRange {
    return this.eachOf(values, (r, c, v) => this.write(r, c, v));
  }

  setValue(value: unknown): EmuRange {
    this.grid((r, c) => this.write(r, c, value));
    return this;
  }

  private write(row: number, col: number, v: unknown): void {
    const input = toInput(this.book, v);
    const cell = this.book.cell(this.data, row, col);
    if (input?.format && cell.format === undefined) cell.format = input.format;
    this.book.setContent(this.data, row, col, input);
  }

  getDisplayValues(): string[][] {
    this.book.recalc();
    return this.grid((r, c) => this.display(r, c));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  private display(row: number, col: number): string {
    const ev = this.book.evaluated(this.data, row, col, false);
    if (ev.value === null) return '';
    if (ev.value instanceof CellError) return ev.value.code;
    if (typeof ev.value === 'boolean') return ev.value ? 'TRUE' : 'FALSE';
    if (typeof ev.value === 'string') return ev.value;
    return displayNumber(ev.value, this.data.cells.get(cellKey(row, col))?.format, ev.date);
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.formula ?? '');
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  /** Like Sheets: the formula is for the top-left cell; relative references move for the others. */
  setFormula(formula: string): EmuRange {
    this.grid((r, c) => this.book.setContent(this.data, r, c, { formula: shiftFormula(formula, r - this.rect.row, c - this.rect.col) }));
    return this;
  }

  setFormulas(formulas: string[][]): EmuRange {
    return this.eachOf(formulas, (r, c, f) => this.book.setContent(this.data, r, c, f ? { formula: f } : undefined));
  }

  clearContent(): EmuRange {
    this.grid((r, c) => this.book.setContent(this.data, r, c, undefined));
    return this;
  }

  // ---- formats ----

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.format ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  setNumberFormat(format: string): EmuRange {
    this.grid((r, c) => (this.book.cell(this.data, r, c).format = automatic(format)));
    return this;
  }

  setNumberFormats(formats: string[][]): EmuRange {
    return this.eachOf(formats, (r, c, f) => (this.book.cell(this.data, r, c).format = automatic(f)));
  }

  getBackgrounds(): string[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.background ?? DEFAULT_BACKGROUND);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setBackground(color: string | null): EmuRange {
    this.grid((r, c) => (this.book.cell(this.data, r, c).background = color?.toLowerCase() ?? undefined));
    return this;
  }

  setBackgrounds(color: (string | null)[][]): EmuRange {
    return this.eachOf(color, (r, c, v) => (this.book.cell(this.data, r, c).background = v?.toLowerCase() ?? undefined));
  }

  getFontWeights(): FontWeight[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.fontWeight ?? 'normal');
  }

  setFontWeight(fontWeight: FontWeight | null): EmuRange {
    this.grid((r, c) => (this.book.cell(this.data, r, c).fontWeight = fontWeight ?? undefined));
    return this;
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): EmuRange {
    return this.eachOf(fontWeights, (r, c, w) => (this.book.cell(this.data, r, c).fontWeight = w ?? undefined));
  }

  getWraps(): boolean[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.wrap ?? false);
  }

  setWrap(isWrapEnabled: boolean): EmuRange {
    this.grid((r, c) => (this.book.cell(this.data, r, c).wrap = isWrapEnabled || undefined));
    return this;
  }

  setWraps(isWrapEnabled: boolean[][]): EmuRange {
    return this.eachOf(isWrapEnabled, (r, c, w) => (this.book.cell(this.data, r, c).wrap = w || undefined));
  }

  // ---- data validation ----

  getDataValidations(): (EmuDataValidation | null)[][] {
    return this.grid((r, c) => this.data.cells.get(cellKey(r, c))?.validation ?? null);
  }

  getDataValidation(): EmuDataValidation | null {
    return this.getDataValidations()[0][0];
  }

  setDataValidation(rule: EmuDataValidation | null): EmuRange {
    this.grid((r, c) => (this.book.cell(this.data, r, c).validation = rule ?? undefined));
    return this;
  }

  setDataValidations(rules: (EmuDataValidation | null)[][]): EmuRange {
    return this.eachOf(rules, (r, c, rule) => (this.book.cell(this.data, r, c).validation = rule ?? undefined));
  }
}

/** Ranges of one sheet fetched together (Sheet.getRangeList). */
export class EmuRangeList implements Emulates<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(private readonly ranges: EmuRange[]) {}

  getRanges(): EmuRange[] {
    return [...this.ranges];
  }
}
