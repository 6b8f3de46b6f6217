// "Set up tracker": builds, or repairs, the Dashboard, Log, Plan and Settings sheets. Safe to run at
// any time: it changes only what it made (ownership.ts): a sheet of the runner's that has a
// tracker sheet's name is left as it is and the tracker's is made beside it; it never deletes a
// sheet, a row or anything the runner typed, keeps the runner's own conditional-format rules, and
// only fills in what is missing. It runs under the document lock, and makes the same number of
// service calls whatever the size of the log (docs/dashboard.md).

import { STANDARD_LOG, ensureLog } from './logSheet';
import { ensureSettings } from './settingsSheet';
import { ensureDashboard } from './dashboardSheet';
import { ensurePlan } from './planSheet';
import { TAB_ORDER, TrackerSheet, sheetResolver } from './ownership';

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
  /** The runner's own sheets that have a tracker sheet's name, left as they are. */
  kept: string[];
}

function message(r: SetupReport, sheets: Record<string, TrackerSheet>): string {
  const kept = r.kept.length === 0 ? '' : ` Your own ${r.kept.join(', ')} ${r.kept.length > 1 ? 'are' : 'is'} left as ${r.kept.length > 1 ? 'they are' : 'it is'}: the tracker's ${r.kept.length > 1 ? 'sheets are' : 'sheet is'} ${r.kept.map((k) => sheets[k].name).join(', ')}.`;
  if (r.created.length > 0) return `Tracker ready: ${r.created.join(', ')} set up.${kept} Log your sessions in ${sheets.Log.name}; the Dashboard shows your latest day first.`;
  if (r.repaired.length === 0) return `Tracker checked: everything is in place.${kept}`;
  const named = r.repaired.slice(0, NAMED_REPAIRS).join(', ');
  const more = r.repaired.length > NAMED_REPAIRS ? ` and ${r.repaired.length - NAMED_REPAIRS} more` : '';
  return `Tracker repaired: put back ${named}${more}.${kept}`;
}

export function setupTracker(): SetupReport {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Ultra Tracker: Set up tracker is already running for this spreadsheet (in another window?). Try again in a minute.');
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Found or created in tab order first, so the sheets setup creates are the first tabs.
    const resolve = sheetResolver(ss);
    const sheets = Object.fromEntries(TAB_ORDER.map((role) => [role, resolve(role)])) as Record<string, TrackerSheet>;
    // Settings first: the Log's order check and the Dashboard's formulas name its ranges (TypeMap, WeekStart…).
    const settings = ensureSettings(ss, sheets.Settings);
    const log = ensureLog(sheets.Log);
    const plan = ensurePlan(ss, sheets.Plan);
    const dashboard = ensureDashboard(log.layout ?? STANDARD_LOG, sheets.Plan.name, sheets.Dashboard);
    const outcomes = [dashboard, log, plan, settings];
    const report: SetupReport = {
      created: outcomes.filter((o) => o.created).map((o) => o.name),
      repaired: outcomes.filter((o) => !o.created).flatMap((o) => o.written),
      problems: outcomes.flatMap((o) => o.problems),
      kept: TAB_ORDER.flatMap((role) => sheets[role].beside ?? []),
    };
    ss.setActiveSheet(dashboard.sheet);
    ss.toast(message(report, sheets), 'Ultra Tracker', 10);
    if (report.problems.length > 0) {
      const ui = SpreadsheetApp.getUi();
      ui.alert('Ultra Tracker: please check', report.problems.join('\n\n'), ui.ButtonSet.OK);
    }
    return report;
  } finally {
    lock.releaseLock();
  }
}
