// What the preview's server sends the page, and the requests the page sends back. Plain JSON
// types, shared by preview/server (which validates each request with ./requests.ts) and the page.

/** One cell as the grid shows it; what is left out is the default (an empty cell is `{}`). */
export interface CellView {
  /** The formatted text (getDisplayValues); default ''. */
  text?: string;
  /** What the editor starts with — the formula, or the value as one would type it; default: `text`. */
  edit?: string;
  /** Numbers, dates and booleans sit right, errors centre, text left (the default), as in Sheets. */
  align?: 'right' | 'center';
  /** Default white. */
  background?: string;
  color?: string;
  bold?: true;
  /** An error's tooltip, or the help text of a validation rule the value fails. */
  note?: string;
  /** The value fails the cell's data validation (Sheets marks it with a red corner). */
  invalid?: true;
}

/** The editor's starting text of a cell. */
export const editTextOf = (cell: CellView): string => cell.edit ?? cell.text ?? '';

export interface ChartView {
  /** COMBO: columns, with the series the chart's `series` option makes lines drawn as lines. */
  type: 'COLUMN' | 'LINE' | 'COMBO';
  title: string;
  /** 1-based anchor cell and pixel offset, as EmbeddedChartBuilder.setPosition. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  stacked: boolean;
  colors: string[];
  /** The x axis: the first column's display values. */
  labels: string[];
  /** `line` and `axis` (1: the right-hand axis) from the chart's `series` option. */
  series: { name: string; values: (number | null)[]; line: boolean; axis: 0 | 1 }[];
  /** Each value axis' lowest value when the chart fixes it (`vAxes.N.viewWindow.min`). */
  axisMin: (number | null)[];
  /** The right-hand axis shows percentages (`vAxes.1.format` "percent"). */
  rightPercent: boolean;
}

export interface SheetView {
  name: string;
  /** Rows shown (the sheet may have more). */
  rows: number;
  maxRows: number;
  frozenRows: number;
  /** Pixel width of each column shown. */
  columnWidths: number[];
  cells: CellView[][];
  charts: ChartView[];
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

/** What the spreadsheet showed the runner during a run: toasts, alerts, a sidebar, a dialog. */
export interface UiEvents {
  toasts: { title: string; message: string; timeoutSeconds: number }[];
  alerts: { title: string; prompt: string }[];
  /** Index into the server's sidebars (GET /sidebar/N), and its title. */
  sidebar?: { id: number; title: string };
  dialog?: { id: number; title: string; width: number; height: number };
}

export interface SpreadsheetView {
  title: string;
  timeZone: string;
  sheets: string[];
  active: string;
  /** The add-on menu (Extensions → Ultra Tracker); null is a separator. */
  menu: (MenuItemView | null)[];
  revision: number;
}

export interface EditReply {
  /** Set when the cell's validation refused the value: nothing was written. */
  refused?: string;
  sheet: SheetView;
}

export interface RunReply {
  ui: UiEvents;
  /** The function's error message, when it failed. */
  error?: string;
}

/** Request bodies. */
export interface EditRequest {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  text: string;
}

export interface RunRequest {
  functionName: string;
}
