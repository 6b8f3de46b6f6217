// The Log sheet holds the runner's data, so setup only ever adds to it: a new Log gets the header
// row, formats and validation; an existing one gets the standard columns it lacks (appended after
// its own), validation where a column has none, the order check (ORDER_CHECK) in the next free
// column and the rule that colours the rows it flags. Nothing the runner typed is changed.

import { COLUMNS, COLUMN_KEYS, ColumnKey, LOG_HEADER, STANDARD_KEYS, locateColumns } from '../../core/log/columns';
import { BOUNDS } from '../../core/log/readLog';
import { KIND_NAMES, Kind } from '../../core/sessionTypes';
import { isBlank } from '../../core/log/cells';
import { ORDER_RULES } from '../../core/rules/sessionOrder';
import { letters, toBottom } from './area';
import { Block, fillNewSheet, writeEmptyBlocks } from './blocks';
import { ValidationSpec, ensureValidations, ruleOf } from './validations';
import { ensureRules } from './conditionalRules';
import { ORANGE } from './palette';
import { SheetOutcome, freeze } from './outcome';
import { TrackerSheet, sheetRef } from './ownership';
import { withTypeMap } from './typeMapArg';

/** The Log's name: the sheet the formulas, the planner and the import read. */
export const LOG_SHEET = 'Log';
const ORDER_CHECK_CALL = /^=\s*ORDER_CHECK\s*\(/i;
/** The order check as Set up wrote it before the Type map: its own columns, nothing else. */
const OLDER_ORDER_CHECK = /^=\s*ORDER_CHECK\s*\(\s*A1:[A-Z]+\s*\)\s*$/i;

export interface LogLayout {
  /** The sheet's name, as the formulas refer to it. */
  name: string;
  /** Columns 1…width hold the log, header included: the order check reads Log!A1:<width>. */
  width: number;
  /**
   * The other formulas read Log!A1:<readTo>: the log, and the columns an import adds at the right of
   * the order check for the optional columns (Avg HR, Elevation gain, Start) the Log lacks.
   */
  readTo: number;
  dateCol: number;
  /** The column of the order check, when the Log has one. */
  checkCol?: number;
}

/** The standard layout, for formulas pointing at a Log that setup could not read. */
export const STANDARD_LOG: LogLayout = { name: LOG_SHEET, width: LOG_HEADER.length, readTo: LOG_HEADER.length, dateCol: 1 };

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** The session types offered, and "Run", which the import writes for a run its export does not qualify: nothing it writes is marked. */
const TYPE_NAMES = (Object.keys(KIND_NAMES) as Kind[]).flatMap((k) => (k === 'easy_run' ? [KIND_NAMES[k][0], 'Run'] : [KIND_NAMES[k][0]]));
const between = (b: { min: number; max: number }) => (v: Builder) => v.requireNumberBetween(b.min, b.max);
const nonNegative = (v: Builder) => v.requireNumberGreaterThanOrEqualTo(0);

/** How each column is checked: other values are marked, never refused. */
const COLUMN_RULES: Partial<Record<ColumnKey, [(v: Builder) => Builder, string]>> = {
  date: [(v) => v.requireDate(), 'The day of the session: a date (YYYY-MM-DD). Rows without a date are skipped.'],
  type: [(v) => v.requireValueInList(TYPE_NAMES, true), 'Pick a session type. Other names work when they are a known synonym (Ride, Weight Training…) or a word of your Type map: a marked cell is not in this list, and LOG_ISSUES says whether the formulas understood it.'],
  distance: [nonNegative, 'Distance in your unit (Settings): 0 or more.'],
  duration: [nonNegative, 'Minutes (e.g. 45) or h:mm:ss.'],
  rpe: [between(BOUNDS.rpe), 'RPE 1–10: how hard the session felt (1 very easy, 10 all-out).'],
  sleep: [nonNegative, 'Hours slept (e.g. 7.5).'],
  hrv: [nonNegative, 'Morning HRV: rMSSD in ms.'],
  rhr: [nonNegative, 'Morning resting heart rate in bpm.'],
  mood: [between(BOUNDS.mood), 'Mood 1–5, 5 = best.'],
  soreness: [between(BOUNDS.soreness), 'Soreness 1–5, 5 = worst.'],
};

const COLUMN_FORMATS: Partial<Record<ColumnKey, string>> = {
  date: 'yyyy-mm-dd', distance: '0.0#', rpe: '0', sleep: '0.0#', hrv: '0', rhr: '0', mood: '0', soreness: '0',
};

export const ORDER_LEGEND = `Log: a session breaks an order rule (${ORDER_RULES.map((r) => r.id).join(', ')}): its Order check says which`;

/** The header cells for columns `keys`, starting at column `col`, with formats for the rows below. */
function headerBlock(keys: ColumnKey[], col: number, maxRows: number): Block {
  return {
    row: 1,
    col,
    cells: [keys.map((k) => COLUMNS[k].title)],
    bold: true,
    formats: keys.flatMap((k, i) => (COLUMN_FORMATS[k] ? [[toBottom(maxRows, 2, col + i), COLUMN_FORMATS[k]!] as const] : [])),
  };
}

export function ensureLog(tracker: TrackerSheet): SheetOutcome & { layout?: LogLayout } {
  const { sheet, created, ours, name } = tracker;
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  const outcome: SheetOutcome = { name, sheet, created, written: [], problems: [] };
  let header: unknown[] = [];
  let checkCol: number | undefined;
  /** The order check as an older tracker wrote it (without the Type map), to upgrade. */
  let olderCheck: string | undefined;
  /** The last column holding anything: columns are added after it, so an unlabeled one is never taken. */
  let used = 0;
  if (!created) {
    const row1 = sheet.getRange(1, 1, 1, maxCols);
    const formulas = row1.getFormulas()[0];
    checkCol = formulas.findIndex((f) => ORDER_CHECK_CALL.test(f)) + 1 || undefined;
    if (checkCol !== undefined && OLDER_ORDER_CHECK.test(formulas[checkCol - 1])) olderCheck = formulas[checkCol - 1];
    header = row1.getValues()[0].map((v, i) => (i + 1 === checkCol ? '' : v));
    used = sheet.getLastColumn();
    // The order check spills down its own column: when it is the last, the log ends before it.
    if (used === checkCol) used--;
  }
  let width = header.reduce<number>((last, v, i) => (isBlank(v) ? last : i + 1), 0);
  const blocks: Block[] = [];
  const found = locateColumns(header);
  if (width === 0 && !created && sheet.getLastRow() > 0) {
    outcome.problems.push(`Log: there are rows but no header row. Insert a row at the top with the headers ${LOG_HEADER.join(', ')} so the formulas can read your log.`);
    return outcome;
  }
  if (width > 0 && found.date === undefined) {
    outcome.problems.push('Log: the first row has no "Date" header. Name the column that holds the dates "Date" so the formulas can read your log.');
    return outcome;
  }
  const missing = STANDARD_KEYS.filter((k) => found[k] === undefined);
  const first = Math.max(width, used) + 1;
  const fits = first + missing.length - 1 <= maxCols && (checkCol === undefined || checkCol < first || checkCol >= first + missing.length);
  if (missing.length > 0 && fits) {
    blocks.push(headerBlock(missing, first, maxRows));
    missing.forEach((k, i) => (found[k] = first - 1 + i));
    width = first - 1 + missing.length;
  } else if (missing.length > 0) {
    outcome.problems.push(`Log: no room for the columns ${missing.map((k) => COLUMNS[k].title).join(', ')}: add columns to the right of the Log and run Set up tracker again.`);
  }
  if (checkCol === undefined && Math.max(width, used) < maxCols) {
    checkCol = Math.max(width, used) + 1;
    blocks.push({ row: 1, col: checkCol, cells: [[withTypeMap(`=ORDER_CHECK(A1:${letters(width)})`)]], bold: true });
  } else if (checkCol === undefined) {
    outcome.problems.push('Log: no free column for the order check: add a column to the right of the Log and run Set up tracker again.');
  }
  // Validation on the tracker's own columns only: all of a Log setup made, the added ones of the runner's.
  const validated = ours ? (Object.keys(COLUMN_RULES) as ColumnKey[]) : missing;
  const validations: ValidationSpec[] = validated.flatMap((k) => {
    const col = found[k];
    const rule = COLUMN_RULES[k];
    if (col === undefined || !rule) return [];
    return [{ where: toBottom(maxRows, 2, col + 1), rule: ruleOf(rule[0], rule[1], true) }];
  });
  // Every block above was computed from row 1 as read: its cells are known to be empty.
  const written = created ? fillNewSheet(sheet, blocks, validations) : writeEmptyBlocks(sheet, blocks);
  if (olderCheck !== undefined && checkCol !== undefined) {
    sheet.getRange(1, checkCol).setValue(withTypeMap(olderCheck));
    written.push(`${letters(checkCol)}1`);
  }
  outcome.written.push(...written.map((a) => `${name}!${a}`));
  if (!created) ensureValidations(sheet, validations);
  if (ours) freeze(sheet, 1, created);
  if (checkCol !== undefined) {
    ensureRules(sheet, [{
      where: [toBottom(maxRows, 2, 1, checkCol)],
      condition: { criteria: 'CUSTOM_FORMULA', values: [`=$${letters(checkCol)}2<>""`] },
      swatch: ORANGE,
    }], created);
  }
  const lacking = COLUMN_KEYS.filter((k) => 'optional' in COLUMNS[k] && found[k] === undefined).length;
  const readTo = Math.max(width, checkCol === undefined ? 0 : checkCol + lacking);
  return { ...outcome, layout: { name, width, readTo, dateCol: found.date! + 1, checkCol } };
}

/** The range the Dashboard's formulas read (`to`: its last column, readTo unless told). */
export const logRange = (layout: LogLayout, to = layout.readTo): string => `${sheetRef(layout.name)}!A1:${letters(to)}`;
export const logDates = (layout: LogLayout): string => `${sheetRef(layout.name)}!${letters(layout.dateCol)}2:${letters(layout.dateCol)}`;
