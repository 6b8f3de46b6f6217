// The Type map on the Settings sheet: the runner's words (or an export's) → a session type, in two
// columns under the named range TypeMap. The import and every formula Set up writes read it; the
// Import tab adds to it. Only its rows are ever written, and only those that change.

import * as z from 'zod/mini';
import { RunnerError } from '../core/errors';
import { isBlank } from '../core/log/cells';
import { TypeMap, parseTypeMap } from '../core/log/typeMap';
import { kindFromText, normalizeTypeText } from '../core/sessionTypes';
import { explained, underDocumentLock } from './serverCall';
import { cellValue } from './asText';

export const TYPE_MAP_NAME = 'TypeMap';
/** Where Set up puts the table on Settings: columns E:F, its header in row 1, room for this many words. */
export const TYPE_MAP_AT = { row: 1, col: 5, words: 100 };

/** The runner's Type map, or undefined when the spreadsheet has none. */
export function readTypeMap(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TypeMap | undefined {
  const range = ss.getRangeByName(TYPE_MAP_NAME);
  return range ? parseTypeMap(range.getValues()) : undefined;
}

export const typeMapEntriesSchema = z.array(z.object({
  word: z.string().check(z.trim(), z.minLength(1, 'a word is empty'), z.maxLength(100, 'a word is over 100 characters')),
  type: z.string().check(z.refine((t) => kindFromText(t) !== undefined, 'is not a session type')),
})).check(z.minLength(1, 'no type to save'), z.maxLength(TYPE_MAP_AT.words, `at most ${TYPE_MAP_AT.words} types at once`));
export type TypeMapEntry = z.infer<typeof typeMapEntriesSchema>[number];

/**
 * The map's cells after saving `entries`: a word already there gets the new type in its row, a new
 * word the first empty row. Returns the changed rows' bounds, or undefined when nothing changes.
 */
export function withEntries(values: unknown[][], entries: readonly TypeMapEntry[]): { values: unknown[][]; first: number; last: number } | undefined {
  const out = values.map((r) => [...r]);
  const rowOf = new Map<string, number>();
  out.forEach((r, i) => { if (!isBlank(r[0])) rowOf.set(normalizeTypeText(String(r[0])), i); });
  let [first, last] = [Infinity, -1];
  for (const { word, type } of entries) {
    let i = rowOf.get(normalizeTypeText(word));
    if (i === undefined) {
      i = out.findIndex((r, j) => j > 0 && isBlank(r[0]) && isBlank(r[1]));
      if (i < 0) throw new RunnerError(`The Type map on Settings is full: clear rows you no longer need (or widen the named range ${TYPE_MAP_NAME}) and save again.`);
      out[i][0] = word;
      rowOf.set(normalizeTypeText(word), i);
    } else if (String(out[i][1]) === type) continue;
    out[i][1] = type;
    [first, last] = [Math.min(first, i), Math.max(last, i)];
  }
  return last < 0 ? undefined : { values: out, first, last };
}

/** Saves the Import tab's choices into the Type map (Set up tracker creates it; run it first). */
export const saveTypeMap = (entries: unknown): { saved: number } =>
  explained('Type map', () => {
    const parsed = typeMapEntriesSchema.safeParse(entries);
    if (!parsed.success) {
      throw new RunnerError(`Nothing was saved: ${parsed.error.issues.map((i) => `${i.path.length ? `type ${Number(i.path[0]) + 1}: ` : ''}${i.message}`).join('; ')}.`);
    }
    return underDocumentLock('saving the type map', () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const range = ss?.getRangeByName(TYPE_MAP_NAME);
      if (!ss || !range) throw new RunnerError(`There is no Type map yet: run Extensions → Ultra Tracker → Set up tracker (it adds the table to Settings), then save again.`);
      const change = withEntries(range.getValues(), parsed.data);
      if (!change) return { saved: 0 };
      // Only the changed rows are written; a formula the runner put between them is kept as a formula.
      const formulas = range.getFormulas();
      const rows = change.values.slice(change.first, change.last + 1).map((r, i) =>
        r.slice(0, 2).map((v, j) => formulas[change.first + i][j] || cellValue(v)));
      range.offset(change.first, 0, rows.length, 2).setValues(rows);
      return { saved: parsed.data.length };
    });
  });
