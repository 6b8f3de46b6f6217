// The only module that decides what Apps Script sees. The build bundles this file into
// `var UltraTracker = …` and writes one top-level function per export below into dist/Code.js:
// custom formulas with the @customfunction docs from their definitions, entry points as they are.

import { FORMULAS } from './sheets/formulas/registry';
import { invokeFormula } from './sheets/formulas/invoke';
import { FormulaDef } from './sheets/formulas/define';
import { ADDON_ENTRY_POINTS } from './sheets/entryPoints';

/** Formula definitions, read by the build to write the declarations. */
export const formulas: readonly FormulaDef[] = FORMULAS;

/** Calls formula `name` with the arguments Sheets passed. */
export function callFormula(name: string, args: unknown[]): unknown {
  const def = FORMULAS.find((f) => f.name === name);
  if (!def) throw new Error(`Unknown formula ${name}`);
  return invokeFormula(def, args);
}

export interface EntryPoint {
  /** One line for the declaration's comment. */
  doc: string;
  run(...args: unknown[]): unknown;
}

/** Menu handlers, triggers and the sidebar's server functions: each becomes a top-level function. */
export const entryPoints: Record<string, EntryPoint> = ADDON_ENTRY_POINTS;
