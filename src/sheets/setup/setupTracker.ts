// "Set up tracker": builds, or repairs, the Log, Settings, Dashboard and Plan sheets. Safe to run at
// any time: it never deletes a sheet, a row or anything the runner typed, keeps the runner's own
// conditional-format rules, and only fills in what is missing. It runs under the document lock,
// and makes the same number of service calls whatever the size of the log (docs/dashboard.md).

import { STANDARD_LOG, ensureLog } from './logSheet';
import { ensureSettings } from './settingsSheet';
import { ensureDashboard } from './dashboardSheet';
import { ensurePlan } from './planSheet';
import { sheetFinder } from './outcome';

/** How long to wait for another run of setup in the same spreadsheet to finish. */
export const LOCK_WAIT_MS = 10_000;
/** Repaired cells named in the message; the rest are counted. */
const NAMED_REPAIRS = 5;

export interface SetupReport {
  /** Sheets that did not exist and were added. */
  created: string[];
  /** Cells (Sheet!A1) that were missing on sheets that existed, and were written again. */
  repaired: string[];
  /** What the runner should fix, in words. */
  problems: string[];
}

function message(r: SetupReport): string {
  if (r.created.length > 0) return `Tracker ready: ${r.created.join(', ')} set up. Log your sessions in Log; the Dashboard shows the latest month.`;
  if (r.repaired.length === 0) return 'Tracker checked: everything is in place.';
  const named = r.repaired.slice(0, NAMED_REPAIRS).join(', ');
  const more = r.repaired.length > NAMED_REPAIRS ? ` and ${r.repaired.length - NAMED_REPAIRS} more` : '';
  return `Tracker repaired: put back ${named}${more}.`;
}

export function setupTracker(): SetupReport {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Ultra Tracker: Set up tracker is already running for this spreadsheet (in another window?). Try again in a minute.');
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const find = sheetFinder(ss);
    const log = ensureLog(ss, find);
    const settings = ensureSettings(ss, find); // before the Dashboard: its formulas name the settings' ranges
    const dashboard = ensureDashboard(ss, log.layout ?? STANDARD_LOG, find);
    const outcomes = [log, settings, dashboard, ensurePlan(ss, find)];
    const report: SetupReport = {
      created: outcomes.filter((o) => o.created).map((o) => o.name),
      repaired: outcomes.filter((o) => !o.created).flatMap((o) => o.written),
      problems: outcomes.flatMap((o) => o.problems),
    };
    ss.setActiveSheet(dashboard.sheet);
    ss.toast(message(report), 'Ultra Tracker', 10);
    if (report.problems.length > 0) {
      const ui = SpreadsheetApp.getUi();
      ui.alert('Ultra Tracker: please check', report.problems.join('\n\n'), ui.ButtonSet.OK);
    }
    return report;
  } finally {
    lock.releaseLock();
  }
}
