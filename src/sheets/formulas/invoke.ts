// How Apps Script's top-level formula functions reach their implementation.
import { FormulaError } from '../../core/errors';
import { spreadsheetTimeZone } from '../spreadsheetZone';
import { FormulaDef, Result } from './define';

export function invokeFormula(def: FormulaDef, args: unknown[]): Result {
  try {
    return def.run(spreadsheetTimeZone(), ...args);
  } catch (e) {
    if (e instanceof FormulaError) throw e;
    // A bug of ours still names the formula, so the runner can report it.
    throw new Error(`${def.name}: unexpected error — ${e instanceof Error ? e.message : String(e)}`);
  }
}
