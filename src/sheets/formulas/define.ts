// A custom formula's one source of truth: its documentation (from which the build writes the
// top-level `@customfunction` declaration in dist/Code.js) and its implementation.

import { TimeZone } from '../../core/days';

export interface ParamDoc {
  name: string;
  /** Example shown by Sheets' autocomplete in braces, e.g. `Log!A1:L`. */
  example: string;
  description: string;
  /** What Sheets' popup shows when the description is long and shared by many formulas (default: the description). */
  short?: string;
  optional?: boolean;
}

export type Cell = string | number | boolean | Date;
export type Table = Cell[][];
/** A table, or a single value for a formula called on single cells (CROSS_TRAIN_MILES). */
export type Result = Table | Cell;

export interface FormulaDef {
  name: string;
  /** First line of the help: what the formula returns. */
  summary: string;
  /** Further help lines: columns, method, sources. */
  details: string[];
  params: ParamDoc[];
  /** The @return line of the help; default: a table whose first row is the header row. */
  returns?: string;
  run(tz: TimeZone, ...args: unknown[]): Result;
}

export const defineFormula = (def: FormulaDef): FormulaDef => def;

