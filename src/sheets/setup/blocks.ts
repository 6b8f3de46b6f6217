// The add-on's own cells on a sheet (labels, formulas, first values), written without touching the
// runner's. A new sheet gets everything — values, weights, backgrounds, number formats, validations —
// over one rectangle, in one call each. On an existing sheet, a block whose cells are all empty is
// written whole (its cells in one rectangle, its formats in another); otherwise only its empty cells
// are filled, one by one (a repair), and the rest is left as the runner has it — except a formula the
// add-on wrote in an older form and the runner left unchanged, which is upgraded.

import { asText } from '../asText';
import { Area, a1, area, bounds, rangeOf } from './area';
import { ValidationSpec, addMissingRules } from './validations';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
export type Content = string | number | Date;

export interface Block {
  /** Top-left cell, 1-based. */
  row: number;
  col: number;
  /** The block's cells; '' is a cell the block leaves blank. Text starting with = is a formula. */
  cells: Content[][];
  bold?: boolean;
  /** Number formats set when the block is written whole, e.g. on the columns a formula spills into. */
  formats?: [Area, string][];
  backgrounds?: string[][];
  /** Long text wraps within its cells (on a new sheet) rather than running on into the next columns. */
  wrap?: boolean;
  /**
   * Whether the formula in the block's top-left cell is an older form of the block's own, unchanged by
   * the runner: a rerun then writes the new one.
   */
  upgrades?: (current: string) => boolean;
}

/** Sheets' automatic number format, for the cells of a rectangle the add-on does not format. */
const AUTOMATIC = 'General';

/** A block's cell as written: a formula as it is, any other text through the one text rule. */
const toWrite = (c: Content): Content => (typeof c === 'string' && !c.startsWith('=') ? asText(c) : c);

const blockArea = (b: Block): Area => area(b.row, b.col, b.cells.length, b.cells[0].length);

/** A grid over `box` filled with `blank`, and a way to paint an area of it. */
function grid<T>(box: Area, blank: T): { cells: T[][]; paint: (at: Area, value: (i: number, j: number) => T) => void } {
  const cells = Array.from({ length: box.rows }, () => Array<T>(box.cols).fill(blank));
  const paint = (at: Area, value: (i: number, j: number) => T) => {
    for (let i = 0; i < at.rows; i++) for (let j = 0; j < at.cols; j++) cells[at.row - box.row + i][at.col - box.col + j] = value(i, j);
  };
  return { cells, paint };
}

const cellAreas = (blocks: readonly Block[]) => blocks.map(blockArea);
const formatAreas = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.formats ?? []).map(([where]) => where));

function writeCells(range: GoogleAppsScript.Spreadsheet.Range, box: Area, blocks: readonly Block[]): void {
  const values = grid<Content>(box, '');
  const weights = grid<FontWeight>(box, 'normal');
  const backgrounds = grid<string | null>(box, null);
  for (const b of blocks) {
    values.paint(blockArea(b), (i, j) => toWrite(b.cells[i][j]));
    if (b.bold) weights.paint(blockArea(b), () => 'bold');
    if (b.backgrounds) backgrounds.paint(blockArea(b), (i, j) => b.backgrounds![i][j]);
  }
  range.setValues(values.cells);
  if (blocks.some((b) => b.bold)) range.setFontWeights(weights.cells);
  if (blocks.some((b) => b.backgrounds)) range.setBackgrounds(backgrounds.cells);
  if (blocks.some((b) => b.wrap)) {
    const wraps = grid(box, false);
    for (const b of blocks) if (b.wrap) wraps.paint(blockArea(b), () => true);
    range.setWraps(wraps.cells);
  }
}

function writeFormats(range: GoogleAppsScript.Spreadsheet.Range, box: Area, blocks: readonly Block[]): void {
  const formats = grid(box, AUTOMATIC);
  for (const [where, format] of blocks.flatMap((b) => b.formats ?? [])) formats.paint(where, () => format);
  range.setNumberFormats(formats.cells);
}

/** Fills a sheet setup has just inserted: blocks and validations over one rectangle. */
export function fillNewSheet(sheet: Sheet, blocks: readonly Block[], validations: readonly ValidationSpec[]): string[] {
  const box = bounds([...cellAreas(blocks), ...formatAreas(blocks), ...validations.map((v) => v.where)]);
  const range = rangeOf(sheet, box);
  // Formats first: a Date written into an automatic cell then takes a date format, as typed.
  if (formatAreas(blocks).length > 0) writeFormats(range, box, blocks);
  writeCells(range, box, blocks);
  addMissingRules(range, box, grid<Validation | null>(box, null).cells, validations);
  return blocks.map((b) => a1(blockArea(b)));
}

/** Writes one block whose cells are known to be empty, on a sheet that has other content. */
function writeWhole(sheet: Sheet, b: Block): void {
  const box = blockArea(b);
  const formats = formatAreas([b]);
  if (formats.length > 0) writeFormats(rangeOf(sheet, bounds(formats)), bounds(formats), [b]);
  writeCells(rangeOf(sheet, box), box, [b]);
}

/** Writes blocks known to be empty on an existing sheet; returns the A1 notation of each. */
export function writeEmptyBlocks(sheet: Sheet, blocks: readonly Block[]): string[] {
  blocks.forEach((b) => writeWhole(sheet, b));
  return blocks.map((b) => a1(blockArea(b)));
}

/**
 * Writes what is missing of each block on an existing sheet, given its formulas and values from A1,
 * and returns the A1 notation of what was written.
 */
function repairBlocks(sheet: Sheet, blocks: readonly Block[], formulas: string[][], values: unknown[][]): string[] {
  const isEmpty = (r: number, c: number) => formulas[r - 1][c - 1] === '' && values[r - 1][c - 1] === '';
  const written: string[] = [];
  for (const b of blocks) {
    const cells = b.cells.flatMap((line, i) => line.map((content, j) => ({ r: b.row + i, c: b.col + j, content })));
    if (cells.every(({ r, c }) => isEmpty(r, c))) {
      writeWhole(sheet, b);
      written.push(a1(blockArea(b)));
      continue;
    }
    if (b.upgrades?.(formulas[b.row - 1][b.col - 1])) {
      sheet.getRange(b.row, b.col).setValue(b.cells[0][0]);
      written.push(a1(area(b.row, b.col)));
    }
    for (const { r, c, content } of cells) {
      if (content === '' || !isEmpty(r, c)) continue;
      sheet.getRange(r, c).setValue(toWrite(content));
      written.push(a1(area(r, c)));
    }
  }
  return written;
}

/**
 * The add-on's blocks and validations on a sheet: all of them on a sheet setup has just inserted;
 * on an existing one, what is missing, after one read of the rectangle from A1 that holds them all
 * (formulas, values, validations). Returns the A1 notation of the cells written.
 */
export function ensureContent(sheet: Sheet, blocks: readonly Block[], validations: readonly ValidationSpec[], created: boolean): string[] {
  if (created) return fillNewSheet(sheet, blocks, validations);
  const box = bounds([area(1, 1), ...cellAreas(blocks), ...validations.map((v) => v.where)]);
  const range = rangeOf(sheet, box);
  const written = repairBlocks(sheet, blocks, range.getFormulas(), range.getValues());
  if (validations.length > 0) addMissingRules(range, box, range.getDataValidations(), validations);
  return written;
}
