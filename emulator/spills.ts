// The add-on's custom formulas, evaluated the way Sheets does and HyperFormula cannot (it fixes an
// array's size before evaluating it). A cell whose formula is a top-level call of a custom
// function (`=WEEKLY_MILES(Log!A1:K, B2)`) is an anchor: its arguments are read from the evaluated
// sheet, the function from the add-on's code is called, and the table it returns spills from the
// anchor as values that HyperFormula then reads like typed ones. Anchors are evaluated in
// dependency order, again until nothing changes.

import type { RawCellContent } from 'hyperformula';
import { ParsedRef, Rect, cellA1, contains, intersects } from './a1';
import { TopLevelCall, tokenize, topLevelCall } from './formulaText';
import { CellError, CellValue, EMPTY, Evaluated, Scalar, SheetData, Workbook, cellKey } from './workbook';

/** The custom functions of the code under test, called with host-realm values. */
export interface CustomFunctions {
  has(name: string): boolean;
  call(name: string, args: unknown[]): unknown;
}

type Arg =
  | { kind: 'omitted' }
  | { kind: 'literal'; value: Scalar }
  | { kind: 'range'; ref: ParsedRef }
  | { kind: 'name'; name: string }
  | { kind: 'expression'; text: string };

interface Placement {
  rect: Rect;
  values: Evaluated[][];
}

interface Anchor {
  sheet: SheetData;
  row: number;
  col: number;
  call: TopLevelCall;
  args: Arg[];
  /** Arguments and result of the last call, so unchanged inputs are not evaluated again. */
  lastArgs?: unknown[];
  lastResult?: Evaluated[][] | CellError;
  placed?: Placement;
}

/** Passes over all anchors before giving up on a fixed point (Sheets would report a cycle). */
const MAX_PASSES = 8;

function parseArg(text: string): Arg {
  if (text === '') return { kind: 'omitted' };
  const tokens = tokenize(text).filter((t) => t.kind !== 'space');
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind === 'ref') return { kind: 'range', ref: only.ref };
  if (only?.kind === 'number' && Number.isFinite(Number(only.text))) return { kind: 'literal', value: Number(only.text) };
  if (only?.kind === 'string') return { kind: 'literal', value: only.text.slice(1, -1).replace(/""/g, '"') };
  if (only?.kind === 'name' && /^(TRUE|FALSE)$/i.test(only.text)) return { kind: 'literal', value: /^TRUE$/i.test(only.text) };
  if (only?.kind === 'name') return { kind: 'name', name: only.text };
  return { kind: 'expression', text };
}

/** Arguments equal value for value (Dates by instant), so an unchanged call need not run again. */
function sameArgs(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameArgs(a[i], b[i])) return false;
  return true;
}

const sameValues = (a: Evaluated[][], b: Evaluated[][]): boolean =>
  a.length === b.length &&
  a.every((row, r) => row.length === b[r].length && row.every((v, c) => {
    const w = b[r][c];
    if (v.value instanceof CellError || w.value instanceof CellError) {
      return v.value instanceof CellError && w.value instanceof CellError && v.value.code === w.value.code && v.value.message === w.value.message;
    }
    return v.value === w.value && v.date === w.date;
  }));

export class Spills {
  private readonly anchors = new Map<string, Anchor>();
  /** Cells covered by a placed spill (anchor included) → the anchor. */
  private readonly owner = new Map<string, Anchor>();
  busy = false;

  constructor(private readonly book: Workbook, private readonly customs: CustomFunctions) {}

  private static key = (sheet: SheetData, row: number, col: number) => `${sheet.id}:${cellKey(row, col)}`;

  isAnchor(sheet: SheetData, row: number, col: number): boolean {
    return this.anchors.has(Spills.key(sheet, row, col));
  }

  /** The spilled value at a cell, or undefined when no spill covers it. */
  valueAt(sheet: SheetData, row: number, col: number): Evaluated | undefined {
    const a = this.owner.get(Spills.key(sheet, row, col));
    if (!a?.placed) return undefined;
    return a.placed.values[row - a.placed.rect.row]?.[col - a.placed.rect.col] ?? EMPTY;
  }

  /** The rectangles of the spills placed on a sheet. */
  placedOn(sheet: SheetData): Rect[] {
    return [...this.anchors.values()].flatMap((a) => (a.sheet === sheet && a.placed ? [a.placed.rect] : []));
  }

  /** Called for every content change: a cell may become, or stop being, an anchor. */
  contentChanged(sheet: SheetData, row: number, col: number, formula: string | undefined): void {
    const k = Spills.key(sheet, row, col);
    const old = this.anchors.get(k);
    if (old) {
      this.unplace(old);
      this.anchors.delete(k);
    }
    const call = formula === undefined ? undefined : topLevelCall(formula);
    if (call && this.customs.has(call.name)) this.anchors.set(k, { sheet, row, col, call, args: call.args.map(parseArg) });
  }

  recalc(): void {
    this.busy = true;
    try {
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        let changed = false;
        for (const a of this.ordered()) changed = this.evaluate(a) || changed;
        if (!changed) return;
      }
    } finally {
      this.busy = false;
    }
  }

  // ---- dependencies ----

  /** The cells an anchor reads: its range arguments, named ranges and references inside expressions. */
  private reads(a: Anchor): { sheet: SheetData; rect: Rect }[] {
    const out: { sheet: SheetData; rect: Rect }[] = [];
    const add = (ref: ParsedRef) => {
      const r = this.book.resolve(ref, a.sheet);
      if (r) out.push(r);
    };
    for (const arg of a.args) {
      if (arg.kind === 'range') add(arg.ref);
      if (arg.kind === 'name') {
        const n = this.book.named.get(arg.name.toUpperCase());
        if (n) out.push({ sheet: n.sheet, rect: n.rect });
      }
      if (arg.kind === 'expression') for (const t of tokenize(arg.text)) if (t.kind === 'ref') add(t.ref);
    }
    return out;
  }

  private region(a: Anchor): Rect {
    return a.placed?.rect ?? { row: a.row, col: a.col, rows: 1, cols: 1 };
  }

  /** Anchors ordered so that each comes after the anchors whose spills it reads (cycles keep list order). */
  private ordered(): Anchor[] {
    const all = [...this.anchors.values()];
    const deps = new Map(all.map((a) => {
      const reads = this.reads(a);
      return [a, all.filter((b) => b !== a && reads.some((r) => r.sheet === b.sheet && intersects(r.rect, this.region(b))))] as const;
    }));
    const done = new Set<Anchor>();
    const out: Anchor[] = [];
    const visit = (a: Anchor, path: Set<Anchor>) => {
      if (done.has(a) || path.has(a)) return;
      path.add(a);
      for (const b of deps.get(a)!) visit(b, path);
      done.add(a);
      out.push(a);
    };
    for (const a of all) visit(a, new Set());
    return out;
  }

  // ---- evaluation ----

  private argValue(a: Anchor, arg: Arg): unknown {
    switch (arg.kind) {
      case 'omitted':
        return undefined;
      case 'literal':
        return arg.value;
      case 'range': {
        const r = this.book.resolve(arg.ref, a.sheet);
        return r ? this.rangeValue(r.sheet, r.rect) : new CellError('#REF!', `Unresolved sheet name '${arg.ref.sheet}'.`);
      }
      case 'name': {
        const n = this.book.named.get(arg.name.toUpperCase());
        return n ? this.rangeValue(n.sheet, n.rect) : new CellError('#NAME?', `Unknown range name: '${arg.name.toUpperCase()}'.`);
      }
      case 'expression': {
        const v = this.book.hf.calculateFormula(`=${this.book.toHfFormula(arg.text, a.sheet)}`, a.sheet.id);
        const one = (x: unknown) => {
          const ev = this.book.fromHf(x);
          return ev.value === null ? '' : ev.value;
        };
        return Array.isArray(v) ? v.map((row) => row.map((x) => hostCell(one(x)))) : one(v);
      }
    }
  }

  /** A range as a custom function receives it: a single cell's value, or rows of values. */
  private rangeValue(sheet: SheetData, rect: Rect): unknown {
    const rows: CellValue[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: CellValue[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(this.book.valueOf(sheet, r, c, false));
      rows.push(row);
    }
    return rect.rows === 1 && rect.cols === 1 ? rows[0][0] : rows;
  }

  private result(a: Anchor): Evaluated[][] | CellError {
    if (this.reads(a).some((r) => r.sheet === a.sheet && contains(r.rect, a.row, a.col))) {
      return new CellError('#REF!', 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.');
    }
    const args = a.args.map((arg) => this.argValue(a, arg));
    const failed = args.find((v): v is CellError => v instanceof CellError);
    if (failed) return failed;
    if (!a.lastArgs || !sameArgs(args, a.lastArgs)) {
      a.lastArgs = args;
      a.lastResult = this.call(a.call.name, args);
    }
    return a.lastResult!;
  }

  private call(name: string, args: unknown[]): Evaluated[][] | CellError {
    let out: unknown;
    try {
      out = this.customs.call(name, args);
    } catch (e) {
      // Errors come from the script's realm: not `instanceof` this realm's Error.
      const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
      return new CellError('#ERROR!', message);
    }
    const rows = Array.isArray(out) ? (out.length === 0 ? [] : Array.isArray(out[0]) ? (out as unknown[][]) : [out]) : [[out]];
    if (rows.length === 0) return new CellError('#N/A', 'Result was empty.');
    const width = Math.max(...rows.map((r) => (Array.isArray(r) ? r.length : 1)));
    return rows.map((r) => Array.from({ length: width }, (_, c) => this.evaluatedOf(Array.isArray(r) ? r[c] : c === 0 ? r : '')));
  }

  private evaluatedOf(v: unknown): Evaluated {
    if (v === undefined || v === null || v === '') return EMPTY;
    if (Object.prototype.toString.call(v) === '[object Date]') return { value: this.book.serialOf(v as Date), date: true };
    if (typeof v === 'number') return Number.isFinite(v) ? { value: v, date: false } : { value: new CellError('#NUM!'), date: false };
    if (typeof v === 'boolean' || typeof v === 'string') return { value: v, date: false };
    return { value: String(v), date: false };
  }

  /** Where the result goes: its rectangle, or an error at the anchor when it cannot spill. */
  private placement(a: Anchor, result: Evaluated[][] | CellError): Placement {
    const at = (error: CellError): Placement => ({ rect: { row: a.row, col: a.col, rows: 1, cols: 1 }, values: [[{ value: error, date: false }]] });
    if (result instanceof CellError) return at(result);
    const rect = { row: a.row, col: a.col, rows: result.length, cols: result[0].length };
    const { sheet } = a;
    if (rect.row + rect.rows > sheet.maxRows) return at(new CellError('#REF!', `Result was not automatically expanded, please insert more rows (${rect.row + rect.rows - sheet.maxRows}).`));
    if (rect.col + rect.cols > sheet.maxColumns) return at(new CellError('#REF!', `Result was not automatically expanded, please insert more columns (${rect.col + rect.cols - sheet.maxColumns}).`));
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (r === a.row && c === a.col) continue;
        const cell = sheet.cells.get(cellKey(r, c));
        const other = this.owner.get(Spills.key(sheet, r, c));
        if (cell?.formula !== undefined || cell?.value !== undefined || (other && other !== a)) {
          return at(new CellError('#REF!', `Array result was not expanded because it would overwrite data in ${cellA1(r, c)}.`));
        }
      }
    }
    return { rect, values: result };
  }

  /** Evaluates one anchor and writes its spill; true when what the sheet shows changed. */
  private evaluate(a: Anchor): boolean {
    const next = this.placement(a, this.result(a));
    const prev = a.placed;
    if (prev && prev.rect.rows === next.rect.rows && prev.rect.cols === next.rect.cols && sameValues(prev.values, next.values)) return false;
    this.book.hf.batch(() => {
      this.unplace(a);
      a.placed = next;
      next.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const [r, c] = [next.rect.row + i, next.rect.col + j];
          this.owner.set(Spills.key(a.sheet, r, c), a);
          this.book.hf.setCellContents({ sheet: a.sheet.id, row: r, col: c }, [[hfRaw(v)]]);
        }),
      );
    });
    return true;
  }

  /** Removes an anchor's spill, giving its cells back their own content. */
  private unplace(a: Anchor): void {
    const p = a.placed;
    if (!p) return;
    a.placed = undefined;
    for (let r = p.rect.row; r < p.rect.row + p.rect.rows; r++) {
      for (let c = p.rect.col; c < p.rect.col + p.rect.cols; c++) {
        const k = Spills.key(a.sheet, r, c);
        if (this.owner.get(k) === a) this.owner.delete(k);
        this.book.hf.setCellContents({ sheet: a.sheet.id, row: r, col: c }, [[this.book.rawContent(a.sheet, r, c)]]);
      }
    }
  }
}

/** A value inside a range argument: errors arrive as their code. */
const hostCell = (v: unknown): unknown => (v instanceof CellError ? v.code : v);

/** A spilled value for HyperFormula: text forced as text; errors as an error HyperFormula knows. */
function hfRaw(v: Evaluated): RawCellContent {
  if (v.value instanceof CellError) return v.value.code === '#ERROR!' ? '#VALUE!' : v.value.code;
  if (typeof v.value === 'string') return `'${v.value}`;
  return v.value;
}
