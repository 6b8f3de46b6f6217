// The spreadsheet emulator: runs the built add-on (dist/Code.js) in a vm context shaped like Apps
// Script, against an in-memory spreadsheet whose formulas HyperFormula evaluates and whose custom
// formulas are the add-on's own. Dev-only: never bundled into dist/. Guide: docs/emulator.md.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Boundary, Realm, ServiceCalls } from './boundary';
import { CellFormat, conditionalFormatsIn } from './conditionalFormats';
import { AuthModeName } from './gas';
import { EmuRange, DEFAULT_BACKGROUND } from './range';
import { CHARTS, EmuLockService, EmuPropertiesService, EmuSession, EmuSpreadsheetApp, SCRIPT_APP } from './services';
import { EmuSpreadsheet } from './spreadsheet';
import { EmuHtmlService, UiLog, newUiLog } from './ui';
import { CellError, CellValue, Workbook, cellKey } from './workbook';

export { EmuSpreadsheet } from './spreadsheet';
export { EmuSheet } from './sheet';
export { EmuRange } from './range';
export { CellError } from './workbook';
export type { CellValue } from './workbook';
export type { CellFormat } from './conditionalFormats';
export type { UiLog, MenuRecord } from './ui';
export type { ServiceCalls } from './boundary';
export type { AuthModeName } from './gas';

export const DIST = join(__dirname, '..', 'dist');

/** What a cell looks like: its background, font colour (when set) and weight. */
export interface ShownFormat {
  background: string;
  fontColor?: string;
  bold: boolean;
}

export interface EmulatorOptions {
  /** The spreadsheet's time zone (File → Settings), e.g. 'Europe/London'. */
  timeZone: string;
  /** The script's time zone (appsscript.json); default: the spreadsheet's. */
  scriptTimeZone?: string;
  /** The code Apps Script runs; default: the built dist/Code.js. */
  code?: string;
  /** The HTML files HtmlService knows: by name (e.g. { Sidebar: '<html>…' }), or a folder's; default: those of dist/. */
  files?: string | Record<string, string>;
}

export interface Emulator {
  /** The spreadsheet, for the test's own reads and writes (not counted as service calls). */
  spreadsheet: EmuSpreadsheet;
  /** SpreadsheetApp as the host sees it: builders for rules and validations (not counted). */
  app: EmuSpreadsheetApp;
  /** Menus, alerts, sidebars, dialogs and toasts the add-on showed. */
  ui: UiLog;
  /** Round trips (spreadsheet and service calls) made by the script's functions, by name. */
  calls: ServiceCalls;
  /** Calls on builders and the rules, validations and chart options they build: local, no round trip. */
  builderCalls: ServiceCalls;
  /** Service calls made by custom formulas while the sheet recalculated. */
  customFunctionCalls: ServiceCalls;
  properties: EmuPropertiesService;
  locks: EmuLockService;
  /** The custom formulas found in the code (functions documented with @customfunction). */
  customFunctions: readonly string[];
  context: vm.Context;
  /** Calls a top-level function of the code as a menu item or google.script.run would (AuthMode.FULL). */
  run(functionName: string, ...args: unknown[]): unknown;
  /** Fires a simple trigger (onOpen, onInstall) with its event object in the given authorization mode. */
  trigger(functionName: string, authMode: AuthModeName): unknown;
  /** A range by A1 notation with its sheet, e.g. 'Dashboard!A5:E11'. */
  range(a1: string): EmuRange;
  /** Values as getValues returns them. */
  values(a1: string): CellValue[][];
  /** The format a cell shows: the first conditional-format rule that applies, else its own format. */
  formatOf(a1: string): ShownFormat;
  /** formatOf for every cell of a range, row by row, each rule evaluated once for the whole range. */
  formatsOf(a1: string): ShownFormat[][];
  /**
   * Types text into a cell as the runner would: read as typed (numbers, dates, `=` formulas), and
   * refused when the cell's data validation rejects invalid data. Returns the message Sheets shows
   * for a refused value (the rule's help text), or undefined when the value was written.
   */
  type(a1: string, text: string): string | undefined;
  /**
   * Runs `f` once, just after the script's next call named `name` (e.g. 'Range.getValues') returns:
   * the runner typing while an import or insert runs (the document lock does not stop typing).
   */
  onceAfter(name: string, f: () => void): void;
  /** How many times cell contents or named ranges changed: tells whether a run wrote anything. */
  revision(): number;
  /** The error a cell shows (code and tooltip), if any. */
  errorAt(a1: string): CellError | undefined;
  /** Whether data validation marks the cell's value as invalid (a warning, or a rejection). */
  isMarkedInvalid(a1: string): boolean;
}

/** The names of the functions documented with @customfunction. */
export const customFunctionNames = (code: string): string[] =>
  [...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g)]
    .filter((m) => /@customfunction\b/.test(m[1]))
    .map((m) => m[2]);

/** What the cells of a range show: each cell's own format, under the conditional format that applies. */
function shownFormats(r: EmuRange): ShownFormat[][] {
  const conditional = conditionalFormatsIn(r.sheet, r.rect);
  return conditional.map((line, i) => line.map((shown: CellFormat | undefined, j) => {
    const own = r.sheet.data.cells.get(cellKey(r.rect.row + i, r.rect.col + j));
    return { background: own?.background ?? DEFAULT_BACKGROUND, bold: own?.fontWeight === 'bold', ...shown };
  }));
}

export function createEmulator(options: EmulatorOptions): Emulator {
  const code = options.code ?? readFileSync(join(DIST, 'Code.js'), 'utf8');
  const names = customFunctionNames(code);
  const context = vm.createContext({ console });
  const realm = vm.runInContext('({ Date, Array, Object })', context) as Realm;
  const boundary = new Boundary(realm);

  const call = (name: string, args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return boundary.fromScript(fn(...args.map((a) => boundary.toScript(a))));
  };
  const book = new Workbook(options.timeZone, {
    has: (name) => names.includes(name),
    call: (name, args) => boundary.inMode('CUSTOM_FUNCTION', () => call(name, args)),
  });

  const ui = newUiLog();
  const spreadsheet = new EmuSpreadsheet(book, ui);
  const properties = new EmuPropertiesService();
  const locks = new EmuLockService();
  const app = new EmuSpreadsheetApp(spreadsheet, ui);
  const globals = {
    SpreadsheetApp: app,
    HtmlService: new EmuHtmlService(options.files ?? DIST),
    PropertiesService: properties,
    LockService: locks,
    Session: new EmuSession(options.scriptTimeZone ?? options.timeZone),
    ScriptApp: SCRIPT_APP,
    Charts: CHARTS,
  };
  for (const [name, service] of Object.entries(globals)) context[name] = boundary.expose(service, name);
  vm.runInContext(code, context, { filename: 'Code.js' });

  const range = (a1: string): EmuRange => spreadsheet.getRange(a1);
  const cellOf = (a1: string) => {
    const r = range(a1);
    if (r.getNumRows() !== 1 || r.getNumColumns() !== 1) throw new Error(`${a1} is not a single cell`);
    return r;
  };

  return {
    spreadsheet,
    app,
    ui,
    calls: boundary.calls,
    builderCalls: boundary.builderCalls,
    customFunctionCalls: boundary.customFunctionCalls,
    properties,
    locks,
    customFunctions: names,
    context,
    run: (functionName, ...args) => boundary.inMode('FULL', () => call(functionName, args)),
    trigger: (functionName, authMode) =>
      boundary.inMode(authMode, () => {
        const e = { authMode: SCRIPT_APP.AuthMode[authMode], triggerUid: '', ...(authMode === 'NONE' ? {} : { source: spreadsheet }) };
        return call(functionName, [e]);
      }),
    range,
    values: (a1) => range(a1).getValues(),
    formatOf: (a1) => shownFormats(cellOf(a1))[0][0],
    formatsOf: (a1) => shownFormats(range(a1)),
    type: (a1, text) => {
      const r = cellOf(a1);
      const { row, col } = r.rect;
      const before = { ...r.sheet.data.cells.get(cellKey(row, col)) };
      r.setValue(text);
      const rule = r.getDataValidation();
      if (!rule || rule.getAllowInvalid() || rule.accepts(r.getValue())) return undefined;
      book.setContent(r.sheet.data, row, col, before.formula !== undefined ? { formula: before.formula } : { value: before.value });
      book.cell(r.sheet.data, row, col).format = before.format;
      return rule.getHelpText() || `The data you entered in cell ${r.getA1Notation()} violates the data validation rules set on this cell.`;
    },
    onceAfter: (name, f) => boundary.onceAfter(name, f),
    revision: () => book.revision,
    errorAt: (a1) => {
      const r = cellOf(a1);
      const v = book.evaluated(r.sheet.data, r.rect.row, r.rect.col).value;
      return v instanceof CellError ? v : undefined;
    },
    isMarkedInvalid: (a1) => {
      const r = cellOf(a1);
      const rule = r.getDataValidation();
      return !!rule && !rule.accepts(r.getValue());
    },
  };
}
