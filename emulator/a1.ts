// A1 notation as Sheets writes it: `B3`, `A1:L`, `A:C`, `'My sheet'!A2:A`. Rows and columns are
// 0-based inside the emulator; an open end (`A1:L`, `A:C`) reaches the sheet's last row.

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One end of a reference: a column, a row, or both, each maybe `$`-anchored. */
export interface RefPart {
  col?: number;
  row?: number;
  colAbs: boolean;
  rowAbs: boolean;
}

export interface ParsedRef {
  sheet?: string;
  start: RefPart;
  end?: RefPart;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export const rectA1 = (r: Rect): string =>
  r.rows === 1 && r.cols === 1 ? cellA1(r.row, r.col) : `${cellA1(r.row, r.col)}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;

/** A sheet name as a formula prefix: quoted when it is not a plain word. */
export const sheetPrefix = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

export function parsePart(text: string): RefPart | undefined {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4]) || (m[3] && !m[4])) return undefined;
  return {
    col: m[2] ? columnIndex(m[2]) : undefined,
    row: m[4] ? Number(m[4]) - 1 : undefined,
    colAbs: !!m[1] && !!m[2],
    rowAbs: !!m[3] || (!!m[1] && !m[2]),
  };
}

export const partText = (p: RefPart): string =>
  `${p.col === undefined ? '' : `${p.colAbs ? '$' : ''}${columnLetters(p.col)}`}${p.row === undefined ? '' : `${p.rowAbs ? '$' : ''}${p.row + 1}`}`;

/** `Sheet!A1:B2`, `'a b'!A:A`, `A2:A` → its parts; undefined when the text is not a reference. */
export function parseA1(text: string): ParsedRef | undefined {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined) return undefined;
  const start = parsePart(a);
  const end = b === undefined ? undefined : parsePart(b);
  if (!start || (b !== undefined && !end)) return undefined;
  if (!end && (start.col === undefined || start.row === undefined)) return undefined; // "A" or "3" alone
  return { sheet, start, end };
}

/** The cells a reference covers on a sheet of the given size; open ends reach its edges. */
export function resolveRef(ref: ParsedRef, maxRows: number, maxCols: number): Rect {
  const end = ref.end ?? ref.start;
  const row = ref.start.row ?? 0;
  const col = ref.start.col ?? 0;
  const lastRow = end.row ?? maxRows - 1;
  const lastCol = end.col ?? maxCols - 1;
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    rows: Math.abs(lastRow - row) + 1,
    cols: Math.abs(lastCol - col) + 1,
  };
}

export const contains = (r: Rect, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
