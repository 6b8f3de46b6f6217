// Which sheets are the tracker's. Setup marks each sheet it creates with developer metadata (key
// MARK, value its role): invisible to the runner, kept through renames and moves. A later run
// repairs only marked sheets. A sheet of the same name that setup did not make stays the runner's,
// untouched: the tracker's own is created beside it under a free name ("Dashboard (Ultra
// Tracker)"). The Log is the exception: the runner's training log is what the tracker reads, so an
// existing Log is used, and only added to (logSheet.ts).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MARK = 'ultraTracker.sheet';
export type Role = 'Dashboard' | 'Log' | 'Plan' | 'Settings';
/** The tracker's sheets it creates come first among the tabs, in this order. */
export const TAB_ORDER: readonly Role[] = ['Dashboard', 'Log', 'Plan', 'Settings'];
const SUFFIX = 'Ultra Tracker';

export interface TrackerSheet {
  role: Role;
  sheet: Sheet;
  name: string;
  /** Inserted by this run. */
  created: boolean;
  /** Made by setup (now or on an earlier run): what setup puts on it is repaired. */
  ours: boolean;
  /** The runner's own sheet of the role's name, left as it is beside the tracker's. */
  beside?: string;
}

/** A sheet name as a formula refers to it: quoted when it is not a plain word. */
export const sheetRef = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** The tracker's sheets by role for one run: found by their marks (one call), the missing ones created. */
export type SheetResolver = (role: Role) => TrackerSheet;

export function sheetResolver(ss: Spreadsheet): SheetResolver {
  const marked = new Map<string, Sheet>();
  const found = ss.createDeveloperMetadataFinder().withKey(MARK).withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET).find();
  for (const mark of found) {
    const role = mark.getValue();
    const sheet = mark.getLocation().getSheet();
    if (role && sheet && !marked.has(role)) marked.set(role, sheet);
  }
  let inserted = 0;
  const create = (role: Role, name: string, beside?: string): TrackerSheet => {
    const sheet = ss.insertSheet(name, inserted++);
    sheet.addDeveloperMetadata(MARK, role, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    return { role, sheet, name, created: true, ours: true, beside };
  };
  return (role) => {
    const mine = marked.get(role);
    if (mine) return { role, sheet: mine, name: mine.getName(), created: false, ours: true };
    const same = ss.getSheetByName(role);
    if (!same) return create(role, role);
    if (role === 'Log') return { role, sheet: same, name: role, created: false, ours: false };
    for (let n = 1; ; n++) {
      const name = `${role} (${SUFFIX}${n > 1 ? ` ${n}` : ''})`;
      if (!ss.getSheetByName(name)) return create(role, name, role);
    }
  };
}
