// The preview's saved state: what the spreadsheet started from (the demo ending on a given day, or a
// runner's export) and a journal of what changed it since (cells typed in the page, add-on
// functions that wrote to it). Replaying the journal on the same start rebuilds the same
// spreadsheet, so edits survive a restart. Written whole, to a temporary file renamed into place,
// so an interrupted write never leaves half a file; readable by its owner only (it holds a runner's
// whole history and wellness); held by one preview at a time (a lock file beside it).

import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** A small file's text; undefined when it is gone. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const isRunning = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
};

/**
 * Makes this process the only preview saving to `path`: `path.lock` holds its process id. A lock
 * whose process is gone (killed with kill -9) is taken over. Returns the release.
 * @throws PreviewError when another running preview holds it (two would each save, the last wins).
 */
export function lockState(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const lock = `${path}.lock`;
  const mine = String(process.pid);
  for (;;) {
    try {
      writeFileSync(lock, mine, { flag: 'wx', mode: 0o600 });
      // Released once, and only while it is still ours.
      let held = true;
      return () => {
        if (held && readText(lock) === mine) rmSync(lock, { force: true });
        held = false;
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readText(lock);
    if (holder === undefined) continue; // released meanwhile
    if (isRunning(Number(holder))) {
      throw new PreviewError(`Another preview (process ${holder}) is saving to ${path}: stop it first (Ctrl-C in its terminal), or start this one with --state OTHER-FILE.json.`);
    }
    rmSync(lock, { force: true });
  }
}

/** Deletes the temporary files interrupted saves left beside `path` (call it holding the lock); returns their names. */
export function removeTemporaries(path: string): string[] {
  const prefix = `${basename(path)}.`;
  const stale = readdirSync(dirname(path)).filter((name) => name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length)));
  for (const name of stale) rmSync(join(dirname(path), name), { force: true });
  return stale;
}
