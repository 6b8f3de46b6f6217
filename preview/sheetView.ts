// A sheet of the emulated spreadsheet as the page draws it: display values, the formats the cells
// show (conditional formats included), validation marks, frozen rows, column widths and the charts
// with the data they plot — all read through the emulator, the way Sheets would show them.

import type { Emulator, EmuRange, EmuSheet } from '../emulator';
import { DEFAULT_BACKGROUND } from '../emulator/range';
import { cellA1, sheetPrefix } from '../emulator/a1';
import { TimeZone, isoFromDay, isDateValue } from '../src/core/days';
import type { CellView, ChartView, SheetView } from './contract';
import { PreviewError } from './store';

/** Empty rows shown below the last one with content, so there is room to log more. */
const ROOM_BELOW = 40;
const MIN_ROWS = 60;
/** Sheets' size for a chart given none. */
const CHART_SIZE = { width: 600, height: 371 };

/** `'Sheet name'!A1` for a sheet and 0-based cell. */
export const cellRef = (sheet: string, row: number, col: number): string => `${sheetPrefix(sheet)}${cellA1(row, col)}`;

/** Display text that reads back as the same date or time when typed (yyyy-mm-dd, h:mm:ss). */
const TYPED_DATE_OR_TIME = /^(\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2}(:\d{2})?)?|\d+:\d{2}(:\d{2})?)$/;

/** What the editor starts with: the formula, or the value as the runner would type it again. */
function editText(formula: string, value: unknown, display: string, tz: TimeZone): string {
  if (formula) return formula;
  if (isDateValue(value)) return TYPED_DATE_OR_TIME.test(display) ? display : isoFromDay(tz.dayOf(value.getTime()));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Sheets keeps 15 significant digits: 5.300000000000001 is edited as 5.3.
  return typeof value === 'number' ? String(Number(value.toPrecision(15))) : String(value);
}

function alignOf(value: unknown, display: string): CellView['align'] {
  if (typeof value === 'boolean' || /^#[A-Z/0!?]+[!?]?$/.test(display)) return 'center';
  return typeof value === 'number' || isDateValue(value) ? 'right' : undefined;
}

/** Leaves out the properties that hold their default. */
const compact = (cell: Record<string, unknown>): CellView =>
  Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined && v !== false && v !== '')) as CellView;

function cells(emu: Emulator, sheet: EmuSheet, range: EmuRange, tz: TimeZone): CellView[][] {
  const name = sheet.getName();
  const display = range.getDisplayValues();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const validations = range.getDataValidations();
  const formats = emu.formatsOf(`${sheetPrefix(name)}${range.getA1Notation()}`);
  return display.map((line, r) => line.map((text, c) => {
    const value = values[r][c];
    const rule = validations[r][c];
    const invalid = !!rule && !rule.accepts(value);
    const error = text.startsWith('#') ? emu.errorAt(cellRef(name, r, c)) : undefined;
    const { background, fontColor, bold } = formats[r][c];
    const edit = editText(formulas[r][c], value, text, tz);
    return compact({
      text,
      edit: edit === text ? undefined : edit,
      align: alignOf(value, text),
      background: background === DEFAULT_BACKGROUND ? undefined : background,
      color: fontColor,
      bold,
      note: error ? error.message || error.code : invalid ? rule.getHelpText() : undefined,
      invalid,
    });
  }));
}

/** A chart's ranges side by side: the first column labels the x axis, the others are series; row 1 names them. */
function chartView(chart: ReturnType<EmuSheet['getCharts']>[number]): ChartView {
  const ranges = chart.getRanges();
  const values = ranges.map((r) => r.getValues());
  const display = ranges.map((r) => r.getDisplayValues());
  const rows = values[0].length;
  const columns = Array.from({ length: rows }, (_, i) => values.flatMap((v) => v[i] ?? []));
  const labels = Array.from({ length: rows }, (_, i) => display.flatMap((d) => d[i] ?? [])[0] ?? '');
  const shown = Array.from({ length: rows - 1 }, (_, i) => i + 1).filter((i) => labels[i] !== '');
  const options = chart.getOptions();
  const option = <T>(name: string, fallback: T): T => (options.get(name) as T | null) ?? fallback;
  const type = String(chart.type);
  const seriesOptions = option<Record<number, { type?: string; targetAxisIndex?: number }>>('series', {});
  const axes = option<Record<number, { viewWindow?: { min?: number }; format?: string }>>('vAxes', {});
  return {
    type: type === 'COLUMN' || type === 'COMBO' ? type : 'LINE',
    title: option('title', ''),
    anchor: chart.position,
    width: option('width', CHART_SIZE.width),
    height: option('height', CHART_SIZE.height),
    stacked: option('isStacked', false),
    colors: option<string[]>('colors', []),
    labels: shown.map((i) => labels[i]),
    series: columns[0].slice(1).map((name, k) => ({
      name: String(name),
      values: shown.map((i) => (typeof columns[i][k + 1] === 'number' ? (columns[i][k + 1] as number) : null)),
      line: type === 'LINE' || seriesOptions[k]?.type === 'line',
      axis: seriesOptions[k]?.targetAxisIndex === 1 ? 1 : 0,
    })),
    axisMin: [0, 1].map((a) => axes[a]?.viewWindow?.min ?? null),
    rightPercent: axes[1]?.format === 'percent',
  };
}

export function sheetView(emu: Emulator, name: string): SheetView {
  const sheet = emu.spreadsheet.getSheetByName(name);
  if (!sheet) throw new PreviewError(`There is no sheet named "${name}".`);
  const rows = Math.min(sheet.getMaxRows(), Math.max(sheet.getLastRow() + ROOM_BELOW, MIN_ROWS));
  const cols = sheet.getMaxColumns();
  const tz = new TimeZone(emu.spreadsheet.getSpreadsheetTimeZone());
  return {
    name: sheet.getName(),
    rows,
    maxRows: sheet.getMaxRows(),
    frozenRows: sheet.getFrozenRows(),
    columnWidths: Array.from({ length: cols }, (_, c) => sheet.getColumnWidth(c + 1)),
    cells: cells(emu, sheet, sheet.getRange(1, 1, rows, cols), tz),
    charts: sheet.getCharts().map(chartView),
  };
}
