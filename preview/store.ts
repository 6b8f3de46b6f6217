// The preview's saved state: what the spreadsheet started from (the demo ending on a given day, or a
// runner's export) and a journal of what changed it since (cells typed in the page, add-on
// functions that wrote to it). Replaying the journal on the same start rebuilds the same
// spreadsheet, so edits survive a restart. Written whole, to a temporary file renamed into place,
// so an interrupted write never leaves half a file.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { dayFromIsoText } from '../src/core/log/cells';

/** A problem the runner can fix (a bad file, a cell outside the sheet); the message says what to do. */
export class PreviewError extends Error {}

const zoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'not a time zone');

const baseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo'), lastDay: z.string().refine((d) => dayFromIsoText(d) !== undefined, 'not a date (YYYY-MM-DD)') }),
  z.object({ kind: z.literal('csv'), file: z.string(), csv: z.string() }),
]);

const entrySchema = z.discriminatedUnion('kind', [
  /** Text typed into a cell (0-based row and column). */
  z.object({ kind: z.literal('edit'), sheet: z.string(), row: z.number().int().min(0), col: z.number().int().min(0), text: z.string() }),
  /** An add-on function run from the menu or the sidebar, with its arguments. */
  z.object({ kind: z.literal('run'), name: z.string(), args: z.array(z.unknown()) }),
]);

const stateSchema = z.object({
  version: z.literal(1),
  timeZone: zoneSchema,
  base: baseSchema,
  journal: z.array(entrySchema),
});

export type SavedState = z.infer<typeof stateSchema>;
export type StartingPoint = SavedState['base'];
export type JournalEntry = z.infer<typeof entrySchema>;

/** The saved state, or undefined when there is none yet. */
export function readState(path: string): SavedState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PreviewError(`Cannot read the saved preview ${path}: ${(e as Error).message}. Start with --fresh to begin again from the demo, or choose another file with --state FILE.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    json = e;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const why = json instanceof Error ? 'it is not JSON' : parsed.error.issues.map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`).slice(0, 3).join('; ');
    throw new PreviewError(`The saved preview ${path} is not readable (${why}). Start with --fresh to begin again from the demo (it replaces that file), or choose another file with --state FILE.`);
  }
  return parsed.data;
}

export function writeState(path: string, state: SavedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(temporary, path);
}
