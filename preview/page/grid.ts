// The spreadsheet grid: column letters and row numbers, frozen rows that stay on top, cells with
// their display text and the colours they show, text running over empty neighbours as in Sheets,
// and the charts floating at their anchors. A cell is selected by click or arrow keys and edited
// by double-click, Enter or simply typing; Enter saves, Escape cancels, Delete clears.

import { CellView, SheetView, editTextOf } from '../contract';
import { el, replaceChildren } from '../../sidebar/dom';
import { drawChart } from './charts';

export const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 46;
/** How far text may run over empty cells to its right. */
const MAX_OVERFLOW = 1200;

export const columnLetters = (col: number): string => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export interface GridEvents {
  /** The runner typed `text` into a cell; resolves when the sheet has been redrawn. */
  edit(row: number, col: number, text: string): Promise<void>;
  /** The selection moved. */
  select(row: number, col: number, cell: CellView): void;
}

/** The width a left-aligned text may use: its own column, and the empty ones after it. */
function overflowWidth(view: SheetView, row: number, col: number): number {
  let width = view.columnWidths[col];
  for (let c = col + 1; c < view.columnWidths.length && !view.cells[row][c].text && width < MAX_OVERFLOW; c++) width += view.columnWidths[c];
  return width;
}

function cellElement(view: SheetView, row: number, col: number): HTMLTableCellElement {
  const cell = view.cells[row][col];
  const td = el('td', { 'data-a1': a1(row, col), title: cell.note, class: [cell.align, cell.invalid && 'invalid'].filter(Boolean).join(' ') || undefined });
  const style: string[] = [];
  if (cell.background) style.push(`background:${cell.background}`);
  if (cell.color) style.push(`color:${cell.color}`);
  if (cell.bold) style.push('font-weight:bold');
  if (style.length) td.setAttribute('style', style.join(';'));
  if (cell.text) {
    const width = cell.align === undefined ? overflowWidth(view, row, col) : view.columnWidths[col];
    td.append(el('div', { class: 'text', style: `width:${width - 7}px` }, cell.text));
  }
  return td;
}

export class Grid {
  private view?: SheetView;
  private selected = { row: 0, col: 0 };
  private editor?: HTMLInputElement;
  private readonly table = el('table', { class: 'grid', role: 'grid' });
  private readonly charts = el('div', { class: 'charts' });
  readonly element = el('div', { class: 'grid-wrap', tabindex: '0', 'aria-label': 'Spreadsheet grid' });

  constructor(private readonly events: GridEvents) {
    this.element.append(this.table, this.charts);
    this.table.addEventListener('mousedown', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (!td || this.editor) return;
      const { row, col } = this.position(td);
      this.select(row, col);
    });
    this.table.addEventListener('dblclick', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      if (!td) return;
      const { row, col } = this.position(td);
      this.select(row, col);
      this.openEditor();
    });
    this.element.addEventListener('keydown', (e) => this.onKey(e));
  }

  get editing(): boolean {
    return this.editor !== undefined;
  }

  get sheetName(): string | undefined {
    return this.view?.name;
  }

  show(view: SheetView): void {
    const sameSheet = this.view?.name === view.name;
    this.view = view;
    this.element.dataset.sheet = view.name;
    // Scrolling to a cell keeps it clear of the sticky headers and frozen rows.
    this.element.style.scrollPaddingTop = `${HEADER_HEIGHT + view.frozenRows * ROW_HEIGHT}px`;
    this.element.style.scrollPaddingLeft = `${ROW_HEADER_WIDTH}px`;
    if (!sameSheet) {
      this.selected = { row: view.frozenRows, col: 0 };
      this.element.scrollTo(0, 0);
    }
    this.selected.row = Math.min(this.selected.row, view.rows - 1);
    const widths = view.columnWidths;
    const colgroup = el('colgroup', {}, el('col', { style: `width:${ROW_HEADER_WIDTH}px` }), ...widths.map((w) => el('col', { style: `width:${w}px` })));
    const head = el('thead', {}, el('tr', {}, el('th', { class: 'corner' }), ...widths.map((_, c) => el('th', { scope: 'col' }, columnLetters(c)))));
    const body = el('tbody');
    for (let r = 0; r < view.rows; r++) {
      const frozen = r < view.frozenRows;
      const tr = el('tr', frozen ? { class: 'frozen', style: `top:${HEADER_HEIGHT + r * ROW_HEIGHT}px` } : {}, el('th', { scope: 'row' }, String(r + 1)));
      if (r === view.frozenRows - 1) tr.classList.add('frozen-last');
      for (let c = 0; c < widths.length; c++) tr.append(cellElement(view, r, c));
      body.append(tr);
    }
    this.table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0)}px`;
    replaceChildren(this.table, colgroup, head, body);
    replaceChildren(this.charts);
    for (const chart of view.charts) {
      const left = ROW_HEADER_WIDTH + widths.slice(0, chart.anchor.column - 1).reduce((a, b) => a + b, 0) + chart.anchor.offsetX;
      const top = HEADER_HEIGHT + (chart.anchor.row - 1) * ROW_HEIGHT + chart.anchor.offsetY;
      const box = el('figure', { class: 'chart', style: `left:${left}px;top:${top}px;width:${chart.width}px;height:${chart.height}px`, 'aria-label': chart.title });
      this.charts.append(box);
      drawChart(box, chart);
    }
    this.select(this.selected.row, this.selected.col);
  }

  private position(td: HTMLTableCellElement): { row: number; col: number } {
    return { row: (td.parentElement as HTMLTableRowElement).sectionRowIndex, col: td.cellIndex - 1 };
  }

  private td(row: number, col: number): HTMLTableCellElement | undefined {
    return this.table.tBodies[0]?.rows[row]?.cells[col + 1];
  }

  select(row: number, col: number): void {
    if (!this.view) return;
    const r = Math.max(0, Math.min(row, this.view.rows - 1));
    const c = Math.max(0, Math.min(col, this.view.columnWidths.length - 1));
    this.td(this.selected.row, this.selected.col)?.classList.remove('selected');
    this.selected = { row: r, col: c };
    const td = this.td(r, c);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.events.select(r, c, this.view.cells[r][c]);
  }

  /** Opens the editor on the selected cell, with its content or with the key that started typing. */
  private openEditor(initial?: string): void {
    const td = this.td(this.selected.row, this.selected.col);
    if (!this.view || !td || this.editor) return;
    const { row, col } = this.selected;
    const original = editTextOf(this.view.cells[row][col]);
    const input = el('input', { class: 'editor', 'aria-label': `Edit ${a1(row, col)}`, spellcheck: 'false' });
    input.value = initial ?? original;
    input.style.left = `${td.offsetLeft}px`;
    input.style.top = `${td.offsetTop}px`;
    input.style.minWidth = `${td.offsetWidth}px`;
    input.style.height = `${td.offsetHeight}px`;
    this.editor = input;
    this.element.append(input);
    input.focus();
    const close = () => {
      this.editor = undefined; // first: removing the input may fire its blur
      input.remove();
      this.element.focus();
    };
    /** Saves the text (when changed), then selects `next`. */
    const commit = (next: { row: number; col: number }) => {
      const text = input.value;
      close();
      const saved = text === original ? Promise.resolve() : this.events.edit(row, col, text);
      saved.then(() => this.select(next.row, next.col));
    };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') close();
      if (e.key !== 'Enter' && e.key !== 'Tab') return;
      e.preventDefault();
      commit(e.key === 'Enter' ? { row: row + 1, col } : { row, col: col + 1 });
    });
    // Clicking elsewhere keeps what was typed, as in Sheets.
    input.addEventListener('blur', () => {
      if (this.editor === input) commit({ row, col });
    });
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.view || this.editor) return;
    const { row, col } = this.selected;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      this.select(row + moves[e.key][0], col + moves[e.key][1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.openEditor();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (editTextOf(this.view.cells[row][col]) !== '') this.events.edit(row, col, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.openEditor(e.key);
    }
  }
}
