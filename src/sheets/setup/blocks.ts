// The add-on's own cells on a sheet (labels, formulas, first values), written without touching the
// runner's: a block whose cells are all empty is written in one call with its formats; otherwise
// only its empty cells are filled, one by one (a repair), and the rest is left as the runner has it.

import { Area, a1, area, rangeOf } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
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
}

const blockArea = (b: Block): Area => area(b.row, b.col, b.cells.length, b.cells[0].length);

function writeWhole(sheet: Sheet, b: Block): void {
  const range = rangeOf(sheet, blockArea(b)).setValues(b.cells);
  if (b.bold) range.setFontWeight('bold');
  if (b.backgrounds) range.setBackgrounds(b.backgrounds);
  for (const [where, format] of b.formats ?? []) rangeOf(sheet, where).setNumberFormat(format);
}

/**
 * Writes what is missing of each block and returns the A1 notation of what was written. A new
 * sheet (`fresh`) is not read first; otherwise the sheet is read once, whatever the blocks.
 */
export function writeBlocks(sheet: Sheet, blocks: readonly Block[], fresh: boolean): string[] {
  if (fresh) {
    blocks.forEach((b) => writeWhole(sheet, b));
    return blocks.map((b) => a1(blockArea(b)));
  }
  const rows = Math.max(...blocks.map((b) => b.row + b.cells.length - 1));
  const cols = Math.max(...blocks.map((b) => b.col + b.cells[0].length - 1));
  const range = sheet.getRange(1, 1, rows, cols);
  const formulas = range.getFormulas();
  const values = range.getValues();
  const isEmpty = (r: number, c: number) => formulas[r - 1][c - 1] === '' && values[r - 1][c - 1] === '';
  const written: string[] = [];
  for (const b of blocks) {
    const cells = b.cells.flatMap((line, i) => line.map((content, j) => ({ r: b.row + i, c: b.col + j, content })));
    if (cells.every(({ r, c }) => isEmpty(r, c))) {
      writeWhole(sheet, b);
      written.push(a1(blockArea(b)));
      continue;
    }
    for (const { r, c, content } of cells) {
      if (content === '' || !isEmpty(r, c)) continue;
      sheet.getRange(r, c).setValue(content);
      written.push(a1(area(r, c)));
    }
  }
  return written;
}
