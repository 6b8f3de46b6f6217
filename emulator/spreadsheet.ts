// Spreadsheet: its sheets, named ranges, time zone and toasts.

import { parseA1 } from './a1';
import { EmuRange } from './range';
import { EmuSheet } from './sheet';
import { EmuNamedRange, checkRangeName } from './namedRanges';
import { SheetData, Workbook } from './workbook';
import type { UiLog } from './ui';
import type { Emulates } from './gas';
import { EmuDeveloperMetadata, EmuDeveloperMetadataFinder, MetadataRecord, metadataArgs } from './developerMetadata';

type Methods =
  | 'getName' | 'getSpreadsheetTimeZone' | 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'insertSheet'
  | 'getActiveSheet' | 'setActiveSheet' | 'getRange' | 'getRangeByName' | 'getNamedRanges' | 'setNamedRange' | 'toast'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder';

export class EmuSpreadsheet implements Emulates<GoogleAppsScript.Spreadsheet.Spreadsheet, Methods> {
  private readonly sheetObjects = new Map<SheetData, EmuSheet>();
  private active: SheetData;
  private chartIds = 0;
  /** Developer metadata of the spreadsheet and its sheets, in the order added. */
  readonly metadata: MetadataRecord[] = [];

  constructor(readonly book: Workbook, private readonly ui: UiLog, private readonly name = 'Untitled spreadsheet') {
    this.active = book.sheets[0] ?? book.addSheet('Sheet1');
  }

  /** The one EmuSheet object of a sheet, so that the same sheet is always the same object. */
  sheetOf(data: SheetData): EmuSheet {
    let s = this.sheetObjects.get(data);
    if (!s) this.sheetObjects.set(data, (s = new EmuSheet(this.book, data, this)));
    return s;
  }

  nextChartId(): number {
    return ++this.chartIds;
  }

  getName(): string {
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    return this.book.zone.name;
  }

  getSheets(): EmuSheet[] {
    return this.book.sheets.map((s) => this.sheetOf(s));
  }

  getNumSheets(): number {
    return this.book.sheets.length;
  }

  getSheetByName(name: string): EmuSheet | null {
    const data = this.book.sheetByName(name);
    return data ? this.sheetOf(data) : null;
  }

  /** insertSheet(name?, index?): index is 0-based; without it the sheet goes after the active one. It becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number | object): EmuSheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    for (let n = this.book.sheets.length + 1; name === undefined; n++) if (!this.book.sheetByName(`Sheet${n}`)) name = `Sheet${n}`;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.book.sheets.indexOf(this.active) + 1;
    const sheet = this.sheetOf(this.book.addSheet(name, 1000, 26, Math.min(Math.max(at, 0), this.book.sheets.length)));
    this.active = sheet.data;
    return sheet;
  }

  getActiveSheet(): EmuSheet {
    return this.sheetOf(this.active);
  }

  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this.active = sheet.data;
    return sheet;
  }

  /** getRange('Sheet!A1:B2'); without a sheet name, on the active sheet. */
  getRange(a1Notation: string): EmuRange {
    const ref = parseA1(a1Notation);
    const sheet = ref?.sheet === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!ref || !sheet) throw new Error(`Range not found: ${a1Notation}`);
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }

  getRangeByName(name: string): EmuRange | null {
    const n = this.book.named.get(name.toUpperCase());
    return n ? new EmuRange(this.sheetOf(n.sheet), n.rect) : null;
  }

  getNamedRanges(): EmuNamedRange[] {
    return [...this.book.named.values()].map((n) => new EmuNamedRange(this, n.name));
  }

  setNamedRange(name: string, range: EmuRange): void {
    checkRangeName(name);
    this.book.setNamedRange(name, range.sheet.data, range.rect);
  }

  /** Adds a mark on a sheet (its data) or, without one, on the spreadsheet. */
  addMetadata(sheet: SheetData | undefined, key: string, value?: unknown, visibility?: unknown): void {
    this.metadata.push({ id: this.metadata.length + 1, sheet, ...metadataArgs(key, value, visibility) });
  }

  /** The marks on a sheet (its data), or on the spreadsheet itself. */
  metadataOn(sheet: SheetData | undefined): EmuDeveloperMetadata[] {
    return this.metadata.filter((r) => r.sheet === sheet).map((r) => new EmuDeveloperMetadata(r, this));
  }

  addDeveloperMetadata(key: string, value?: string, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): EmuSpreadsheet {
    this.addMetadata(undefined, key, value, visibility);
    return this;
  }

  getDeveloperMetadata(): EmuDeveloperMetadata[] {
    return this.metadataOn(undefined);
  }

  /** Finds marks anywhere in the spreadsheet. */
  createDeveloperMetadataFinder(): EmuDeveloperMetadataFinder {
    return new EmuDeveloperMetadataFinder(this, () => this.metadata);
  }

  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.ui.toasts.push({ message: msg, title, timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
