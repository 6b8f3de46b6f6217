// Sheet: its grid size, ranges, frozen rows, column widths, conditional-format rules and charts.

import { Rect, parseA1, resolveRef } from './a1';
import { EmuRange, EmuRangeList } from './range';
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts';
import { EmuConditionalFormatRule } from './conditionalFormats';
import { SheetData, Workbook, keyCol, keyRow } from './workbook';
import type { EmuSpreadsheet } from './spreadsheet';
import type { Emulates } from './gas';
import type { EmuDeveloperMetadata } from './developerMetadata';

type Methods =
  | 'getName' | 'getSheetId' | 'getIndex' | 'getParent' | 'activate'
  | 'getRange' | 'getRangeList' | 'getDataRange' | 'getMaxRows' | 'getMaxColumns' | 'getLastRow' | 'getLastColumn'
  | 'getFrozenRows' | 'setFrozenRows' | 'getColumnWidth' | 'setColumnWidth' | 'insertRowsAfter' | 'insertColumnsAfter'
  | 'getConditionalFormatRules' | 'setConditionalFormatRules'
  | 'newChart' | 'insertChart' | 'getCharts' | 'updateChart' | 'removeChart'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'setColumnWidths';

export const DEFAULT_COLUMN_WIDTH = 100;

export class EmuSheet implements Emulates<GoogleAppsScript.Spreadsheet.Sheet, Methods> {
  readonly columnWidths = new Map<number, number>();

  constructor(readonly book: Workbook, readonly data: SheetData, readonly spreadsheet: EmuSpreadsheet) {}

  getName(): string {
    return this.data.name;
  }

  getSheetId(): number {
    return this.data.id;
  }

  getIndex(): number {
    return this.book.sheets.indexOf(this.data) + 1;
  }

  getParent(): EmuSpreadsheet {
    return this.spreadsheet;
  }

  activate(): EmuSheet {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  getRangeList(a1Notations: string[]): EmuRangeList {
    return new EmuRangeList(a1Notations.map((a1) => this.getRange(a1)));
  }

  /** getRange(row, column, numRows?, numColumns?) with 1-based row and column, or getRange(a1). */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): EmuRange {
    let rect: Rect;
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      if (!ref || (ref.sheet !== undefined && ref.sheet !== this.data.name)) throw new Error(`Range not found: ${rowOrA1}`);
      rect = resolveRef(ref, this.data.maxRows, this.data.maxColumns);
    } else {
      if (column === undefined) throw new Error('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
      if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
      if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
      rect = { row: rowOrA1 - 1, col: column - 1, rows: numRows, cols: numColumns };
    }
    if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > this.data.maxRows || rect.col + rect.cols > this.data.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new EmuRange(this, rect);
  }

  getDataRange(): EmuRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getMaxRows(): number {
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    return this.data.maxColumns;
  }

  /** The last row (1-based) with content, spilled values included; 0 for an empty sheet. */
  getLastRow(): number {
    return this.extent().rows;
  }

  getLastColumn(): number {
    return this.extent().cols;
  }

  private extent(): { rows: number; cols: number } {
    this.book.recalc();
    let rows = 0;
    let cols = 0;
    for (const [k, cell] of this.data.cells) {
      if (cell.formula === undefined && cell.value === undefined) continue;
      rows = Math.max(rows, keyRow(k) + 1);
      cols = Math.max(cols, keyCol(k) + 1);
    }
    for (const r of this.book.spills.placedOn(this.data)) {
      rows = Math.max(rows, r.row + r.rows);
      cols = Math.max(cols, r.col + r.cols);
    }
    return { rows, cols };
  }

  /** Rows after the last one (the emulator does not shift cells, so only there). */
  insertRowsAfter(afterPosition: number, howMany: number): EmuSheet {
    if (afterPosition !== this.data.maxRows) throw new Error('The emulator inserts rows only after the last row of a sheet.');
    this.book.grow(this.data, howMany, 0);
    return this;
  }

  /** Columns after the last one (the emulator does not shift cells, so only there). */
  insertColumnsAfter(afterPosition: number, howMany: number): EmuSheet {
    if (afterPosition !== this.data.maxColumns) throw new Error('The emulator inserts columns only after the last column of a sheet.');
    this.book.grow(this.data, 0, howMany);
    return this;
  }

  getFrozenRows(): number {
    return this.data.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.data.frozenRows = rows;
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): EmuSheet {
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  /** setColumnWidths(startColumn, numColumns, width): several columns at once. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): EmuSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  addDeveloperMetadata(key: string, value?: string, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): EmuSheet {
    this.spreadsheet.addMetadata(this.data, key, value, visibility);
    return this;
  }

  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this.spreadsheet.metadataOn(this.data);
  }

  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    return [...this.data.conditionalFormats];
  }

  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    for (const rule of rules) {
      if (rule.getRanges().some((r) => r.sheet !== this)) throw new Error('Conditional format rule cannot reference a different sheet.');
    }
    this.data.conditionalFormats = [...rules];
  }

  newChart(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder();
  }

  insertChart(chart: EmuEmbeddedChart): void {
    this.data.charts.push(chart.withId(this.spreadsheet.nextChartId()));
  }

  getCharts(): EmuEmbeddedChart[] {
    return [...this.data.charts];
  }

  updateChart(chart: EmuEmbeddedChart): void {
    const i = this.data.charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (i < 0) throw new Error('The chart is not in this sheet.');
    this.data.charts[i] = chart;
  }

  removeChart(chart: EmuEmbeddedChart): void {
    const i = this.data.charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (i >= 0) this.data.charts.splice(i, 1);
  }
}
