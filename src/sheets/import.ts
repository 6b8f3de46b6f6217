// The sidebar's import: previewImport shows what importActivities would append to the Log, and
// importActivities appends it — read, plan and write under the document lock, in one batched write,
// so two imports at once cannot both add the same rows. Service calls do not grow with the file.

import { SERIAL_EPOCH_DAY } from '../core/days';
import { ImportError } from '../core/errors';
import { dayFromIsoText } from '../core/log/cells';
import { COLUMNS, COLUMN_KEYS, ColumnKey, STANDARD_KEYS, locateColumns } from '../core/log/columns';
import { Cell } from '../core/import/logRows';
import { ImportPlan, planImport } from '../core/import/planImport';
import { statedUnit } from '../core/units';
import { Unit } from '../core/import/source';
import { isBlank } from '../core/log/cells';
import { parseSettings, settingName } from './settings';
import { readTypeMap } from './typeMapTable';
import { spreadsheetTimeZone } from './spreadsheetZone';
import { LOG_SHEET } from './setup/logSheet';
import { LogState, readLogSheet } from './logValues';
import { asText } from './asText';
import { NEW_SHEET, writeIntoEmptyRows } from './rowWriter';
import { explained, underDocumentLock } from './serverCall';
import { ImportPreview, ImportResult, csvTextSchema, describeIssues } from './sidebarContract';

const START = COLUMN_KEYS.indexOf('start');
/** Sheets' automatic number format. */
const AUTOMATIC = 'General';
/**
 * The columns written as numbers that need a format to read as what they are: dates as serial
 * numbers (plain formulas on the Date column keep working), starts as fractions of a day.
 */
const FORMATS: readonly (readonly [number, string])[] = [[0, 'yyyy-mm-dd'], [START, 'hh:mm']];

/** A row's cell as the sheet holds it: `YYYY-MM-DD` → date serial, `hh:mm` → fraction of a day. */
function sheetValue(c: Cell, i: number): Cell {
  if (i === 0) return dayFromIsoText(String(c))! - SERIAL_EPOCH_DAY;
  if (i !== START) return c;
  const [h, m] = String(c).split(':').map(Number);
  return (h * 60 + m) / 1440;
}

function readCsvArg(v: unknown): string {
  const parsed = csvTextSchema.safeParse(v);
  if (parsed.success) return parsed.data;
  const why = describeIssues(parsed.error);
  throw new ImportError(typeof v === 'string' ? `${why.charAt(0).toUpperCase()}${why.slice(1)}.` : 'No file content arrived — choose the CSV file your app exported.');
}

/**
 * The Log's unit: its Distance header's when that states one, else Settings → Distance unit, else
 * (no Settings either) the export's own. A header and Settings that disagree are said, not mixed.
 */
function trackerUnit(log: LogState): { unit?: Unit; unitWhy?: string; warning?: string } {
  const stated = statedUnit(log.values);
  const cell = log.ss.getRangeByName(settingName('unit'))?.getValue();
  const setting = isBlank(cell) ? undefined : parseSettings({ unit: cell }).settings.unit;
  if (stated) {
    const warning = setting && setting !== stated
      ? `The Log's Distance header says ${stated} but Settings → Distance unit says ${setting}: distances are written in ${stated}, as the Log holds them — change one of the two so they agree`
      : undefined;
    return { unit: stated, unitWhy: 'the Log\'s Distance header', warning };
  }
  if (setting) return { unit: setting, unitWhy: 'Settings → Distance unit' };
  return {};
}

function plan(csvText: string, log: LogState): ImportPlan {
  const { unit, unitWhy, warning } = trackerUnit(log);
  const p = planImport(csvText, {
    tz: spreadsheetTimeZone(log.ss),
    unit,
    unitWhy,
    typeMap: readTypeMap(log.ss),
    existing: log.values.length > 0 ? log.values : undefined,
  });
  return warning ? { ...p, warnings: [warning, ...p.warnings] } : p;
}

/** The new rows as the Log's columns hold them: dates and starts as numbers (formatted). */
function sheetRows(rows: Cell[][], columnOf: number[], width: number): Cell[][] {
  return rows.map((cells) => {
    const out: Cell[] = new Array<Cell>(width).fill('');
    cells.forEach((c, i) => {
      if (c === '' || columnOf[i] < 0) return;
      out[columnOf[i]] = sheetValue(c, i);
    });
    return out;
  });
}

function append(log: LogState, p: ImportPlan): void {
  const { rows } = p;
  const sheet = log.sheet ?? log.ss.insertSheet(LOG_SHEET);
  const header = (log.values[0] ?? []).map(String);
  const found = locateColumns(header);
  // Columns the Log lacks but the new rows fill are added at the right of its header row; a new
  // Log gets every standard column.
  const added = COLUMN_KEYS.filter((k, i) => found[k] === undefined &&
    ((header.length === 0 && (STANDARD_KEYS as readonly string[]).includes(k)) || rows.some((r) => r[i] !== '')));
  // The sheet column of each Log column; -1 for one the Log lacks and no new row fills.
  const columnOf = COLUMN_KEYS.map((k) => found[k] ?? (added.includes(k) ? header.length + added.indexOf(k) : -1));
  const width = header.length + added.length;
  // Only columns added to an existing Log can reach past its sheet's edge.
  if (!log.sheet ? width > NEW_SHEET.columns : added.length > 0) {
    const maxColumns = log.sheet ? sheet.getMaxColumns() : NEW_SHEET.columns;
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  }
  // A new Distance or Elevation gain header states its unit, as the import wrote it (see statedUnit).
  const unitOf: Partial<Record<ColumnKey, string>> = { distance: p.unit, elevation: p.unit === 'mi' ? 'ft' : 'm' };
  const titles = added.map((k) => (unitOf[k] ? `${COLUMNS[k].title} (${unitOf[k]})` : COLUMNS[k].title));
  const cells = sheetRows(rows, columnOf, width);
  // A Log without a header gets it in the same write as its first rows.
  const withHeader = header.length === 0;
  if (!withHeader && added.length > 0) sheet.getRange(1, header.length + 1, 1, added.length).setValues([titles.map(asText)]);
  const { range } = withHeader
    ? writeIntoEmptyRows(sheet, 1, 1, [titles, ...cells], !log.sheet)
    : writeIntoEmptyRows(sheet, Math.max(log.values.length, 1) + 1, 1, cells);
  // The written rows' formats in one call: those they have (a sheet this import inserted has none),
  // with the dates' and starts' own.
  const firstRow = withHeader ? 1 : 0;
  const formats = log.sheet ? range.getNumberFormats()
    : Array.from({ length: firstRow + cells.length }, () => new Array<string>(width).fill(AUTOMATIC));
  for (const [i, format] of FORMATS) {
    if (columnOf[i] >= 0) for (let r = firstRow; r < formats.length; r++) formats[r][columnOf[i]] = format;
  }
  range.setNumberFormats(formats);
}

/** What importActivities would append, without writing anything. */
export const previewImport = (csvText: unknown): ImportPreview =>
  explained('Import', () => plan(readCsvArg(csvText), readLogSheet()));

/** Appends the export's new rows to the Log (creating it with the standard header if missing). */
export const importActivities = (csvText: unknown): ImportResult =>
  explained('Import', () => {
    const text = readCsvArg(csvText);
    return underDocumentLock('the import', () => {
      const log = readLogSheet();
      const p = plan(text, log);
      if (p.rows.length > 0) append(log, p);
      return { added: p.rows.length, duplicates: p.duplicates, skipped: p.skipped, warnings: p.warnings };
    });
  });
