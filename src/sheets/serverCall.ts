// How the sidebar's server functions fail: a problem the runner can fix passes its message through
// unchanged; anything else is a bug of ours, and still says which feature it came from.
import { RunnerError } from '../core/errors';

export function explained<T>(feature: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RunnerError) throw e;
    throw new Error(`${feature}: unexpected error — ${e instanceof Error ? e.message : String(e)}`);
  }
}

const LOCK_WAIT_MS = 30_000;

/** Runs a write under the document lock, so two writers cannot interleave; flushes before releasing. */
export function underDocumentLock<T>(what: string, write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new RunnerError(`${what.charAt(0).toUpperCase()}${what.slice(1)} must run from the spreadsheet (no document lock is available).`);
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new RunnerError(`Another change to this spreadsheet is still running — try ${what} again when it has finished.`);
  try {
    const result = write();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
