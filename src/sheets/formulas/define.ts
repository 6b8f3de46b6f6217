// A custom formula's one source of truth: its documentation (from which the build writes the
// top-level `@customfunction` declaration in dist/Code.js) and its implementation.

import { TimeZone } from '../../core/days';

export interface ParamDoc {
  name: string;
  /** Example shown by Sheets' autocomplete in braces, e.g. `Log!A1:L`. */
  example: string;
  description: string;
  optional?: boolean;
}

export type Cell = string | number | boolean | Date;
export type Table = Cell[][];

export interface FormulaDef {
  name: string;
  /** First line of the help: what the formula returns. */
  summary: string;
  /** Further help lines: columns, method, sources. */
  details: string[];
  params: ParamDoc[];
  run(tz: TimeZone, ...args: unknown[]): Table;
}

export const defineFormula = (def: FormulaDef): FormulaDef => def;

