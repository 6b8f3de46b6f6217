// Plain-formula Dashboard vs custom-formula Dashboard, recalculated by the same engine
// (HyperFormula) on the same Log sheet.
//
// The custom formulas are registered as HyperFormula functions that call the built bundle's
// top-level functions in their vm context. HyperFormula fixes an array's size before it
// evaluates it, so each function declares the size its result has for this log (known from the
// log's days and weeks, and checked against the real result); that is the one liberty taken —
// in Sheets the spill size is found after the call. The range's values are copied into the
// bundle's realm and its Dates turned into serial numbers on the way back, both inside the
// timed recalculation, as Sheets too converts values at the boundary.
//
// Timed: building each workbook (the first full evaluation) and recalculating after a runner
// edits one RPE cell in the middle of the Log (the change and its undo, alternately).

import { ArraySize, EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, Sheets } from 'hyperformula';
import vm from 'node:vm';
import { LoadedBundle } from '../tests/support/bundle';
import { Entry } from '../tests/support/logs';
import { SERIAL_EPOCH_DAY, TimeZone, isDateValue } from '../src/core/days';
import { LOG_HEADER } from '../src/core/log/columns';
import { CUSTOM_LAYOUT, customDashboard, logSheet, plainDashboard, spanOf } from './dashboards';
import { Timing, summarize, timeOnce } from './stats';

const LICENSE = { licenseKey: 'gpl-v3' };
type Value = string | number | boolean | null;
type FormulaName = keyof typeof CUSTOM_LAYOUT;

/** Copies HyperFormula range values into the bundle's realm: empty cells become "" as in Sheets. */
const COPY_ROWS = `(rows, empty) => {
  const out = [];
  for (const row of rows) {
    const copy = [];
    for (const v of row) copy.push(v === empty ? '' : v !== null && typeof v === 'object' && 'val' in v ? v.val : v);
    out.push(copy);
  }
  return out;
}`;

interface PluginShape {
  procedureName: string;
  args: unknown[];
}

/**
 * A HyperFormula function plugin for WEEKLY_MILES and TRAINING_LOAD that calls the bundle.
 * `sizes` gives each result's size (width × height including the header row).
 */
function addOnPlugin(bundle: LoadedBundle, tz: TimeZone, sizes: Record<FormulaName, ArraySize>) {
  const copyRows = vm.runInContext(COPY_ROWS, bundle.context) as (rows: unknown, empty: unknown) => unknown[][];
  const toCell = (v: unknown): Value => (isDateValue(v) ? tz.dayOf(v.getTime()) - SERIAL_EPOCH_DAY : (v as Value));
  const call = (name: FormulaName, range: SimpleRangeValue) => {
    const fn = bundle.context[name] as (log: unknown) => unknown[][];
    const table = fn(copyRows(range.data, EmptyValue)).map((row) => row.map(toCell));
    const size = sizes[name];
    if (table.length !== size.height || table[0].length !== size.width) {
      throw new Error(`${name} returned ${table.length}×${table[0].length}, declared ${size.height}×${size.width}`);
    }
    return SimpleRangeValue.onlyValues(table as never);
  };
  class AddOnFormulas extends FunctionPlugin {
    static implementedFunctions = Object.fromEntries(
      Object.keys(CUSTOM_LAYOUT).map((name) => [name, {
        method: 'evaluate',
        sizeOfResultArrayMethod: 'size',
        parameters: [{ argumentType: FunctionArgumentType.RANGE }],
      }]),
    );
    evaluate(ast: PluginShape, state: unknown) {
      const name = ast.procedureName as FormulaName;
      return this.runFunction(ast.args as never, state as never, this.metadata(name), (range: SimpleRangeValue) => call(name, range));
    }
    size(ast: PluginShape): ArraySize {
      return sizes[ast.procedureName as FormulaName];
    }
  }
  return AddOnFormulas;
}

export interface DashboardTiming {
  build: Timing;
  edit: Timing;
}

export interface RecalcComparison {
  log: string;
  logRows: number;
  days: number;
  plain: DashboardTiming;
  custom: DashboardTiming;
  /** plain ÷ custom, on the medians. */
  editRatio: number;
  buildRatio: number;
  /** Largest difference between the two Dashboards' figures, relative to the figure (≥ 1). */
  maxDifference: number;
  /** Cells compared (every figure both Dashboards show). */
  compared: number;
}

/** The edited cell: the RPE of the middle session that has one. */
function editCell(log: Value[][]) {
  const rpe = LOG_HEADER.indexOf('RPE');
  let row = Math.floor(log.length / 2);
  while (typeof log[row][rpe] !== 'number') row++;
  const value = log[row][rpe] as number;
  return { row, col: rpe, values: [value, (value % 10) + 1] };
}

/**
 * Builds and edits the plain and the custom workbook alternately (build, build, …, then edit,
 * edit, …), so a burst of load from elsewhere on the machine hits both alike.
 */
function timeWorkbooks(workbooks: { plain: Sheets; custom: Sheets }, log: Value[][], runs: { build: number; edit: number }) {
  const kinds = ['plain', 'custom'] as const;
  const engines = {} as Record<(typeof kinds)[number], HyperFormula>;
  const samples = { plain: { build: [] as number[], edit: [] as number[] }, custom: { build: [] as number[], edit: [] as number[] } };
  for (let i = 0; i < runs.build; i++) {
    for (const k of kinds) {
      engines[k]?.destroy();
      samples[k].build.push(timeOnce(() => (engines[k] = HyperFormula.buildFromSheets(workbooks[k], LICENSE))));
    }
  }
  const { row, col, values } = editCell(log);
  const address = (k: (typeof kinds)[number]) => ({ sheet: engines[k].getSheetId('Log')!, row, col });
  for (let i = 0; i < runs.edit; i++) {
    for (const k of kinds) {
      const target = address(k);
      const next = engines[k].getCellValue(target) === values[0] ? values[1] : values[0];
      samples[k].edit.push(timeOnce(() => engines[k].setCellContents(target, [[next]])));
    }
  }
  for (const k of kinds) {
    const target = address(k);
    if (engines[k].getCellValue(target) !== values[0]) engines[k].setCellContents(target, [[values[0]]]);
  }
  const timing = (k: (typeof kinds)[number]): DashboardTiming => ({ build: summarize(samples[k].build), edit: summarize(samples[k].edit) });
  return { engines, plain: timing('plain'), custom: timing('custom') };
}

/** Every figure both Dashboards show, compared cell by cell. */
function compare(plain: HyperFormula, custom: HyperFormula): { maxDifference: number; compared: number } {
  const weekly = plain.getSheetValues(plain.getSheetId('Weekly')!);
  const daily = plain.getSheetValues(plain.getSheetId('Daily')!);
  const dash = custom.getSheetValues(custom.getSheetId('Dashboard')!);
  const pairs: [unknown, unknown][] = [];
  const W = CUSTOM_LAYOUT.WEEKLY_MILES.col;
  const T = CUSTOM_LAYOUT.TRAINING_LOAD.col;
  weekly.slice(1).forEach((row, i) => row.forEach((v, c) => pairs.push([v, dash[i + 1][W + c]])));
  // Daily's columns: Date Load ATL CTL TSB (acute) (chronic) ACWR Monotony Strain.
  const dailyColumns = [0, 1, 2, 3, 4, 7, 8, 9];
  daily.slice(1).forEach((row, i) => dailyColumns.forEach((c, k) => pairs.push([row[c], dash[i + 1][T + k]])));
  let maxDifference = 0;
  for (const [a, b] of pairs) {
    const blank = (v: unknown) => v === '' || v === null || v === undefined;
    if (blank(a) && blank(b)) continue;
    if (typeof a !== 'number' || typeof b !== 'number') console.log('MISMATCH', a, b, pairs.indexOf([a,b] as never)); if (typeof a !== 'number' || typeof b !== 'number') return { maxDifference: Infinity, compared: pairs.length };
    maxDifference = Math.max(maxDifference, Math.abs(a - b) / Math.max(1, Math.abs(a)));
  }
  return { maxDifference, compared: pairs.length };
}

export function compareDashboards(label: string, entries: readonly Entry[], bundle: LoadedBundle, tz: TimeZone, runs: { build: number; edit: number }): RecalcComparison {
  const log = logSheet(entries, tz);
  const span = spanOf(log);
  const plugin = addOnPlugin(bundle, tz, {
    WEEKLY_MILES: new ArraySize(CUSTOM_LAYOUT.WEEKLY_MILES.width, span.weeks + 1),
    TRAINING_LOAD: new ArraySize(CUSTOM_LAYOUT.TRAINING_LOAD.width, span.days + 1),
  });
  HyperFormula.registerFunctionPlugin(plugin, { enGB: Object.fromEntries(Object.keys(CUSTOM_LAYOUT).map((n) => [n, n])) });
  try {
    const timed = timeWorkbooks({ plain: plainDashboard(log), custom: customDashboard(log) }, log, runs);
    const agreement = compare(timed.engines.plain, timed.engines.custom);
    timed.engines.plain.destroy();
    timed.engines.custom.destroy();
    return {
      log: label,
      logRows: log.length - 1,
      days: span.days,
      plain: timed.plain,
      custom: timed.custom,
      editRatio: timed.plain.edit.median / timed.custom.edit.median,
      buildRatio: timed.plain.build.median / timed.custom.build.median,
      ...agreement,
    };
  } finally {
    HyperFormula.unregisterFunctionPlugin(plugin);
  }
}
