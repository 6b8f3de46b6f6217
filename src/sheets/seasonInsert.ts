// "Insert into Plan sheet" for the Season tab: the season table (SEASON_PLAN's columns) goes on the
// Plan sheet to the right of PLAN_CHECK's output, its header in row 1 (the caller holds the document
// lock). A season already there is replaced only when the runner confirmed it; nothing outside the
// table's columns is written, and the rows go through the one row writer (text stays text).

import { TimeZone } from '../core/days';
import { dayFromIsoText } from '../core/log/cells';
import { RunnerError } from '../core/errors';
import { PLAN_CHECK_HEADER } from '../core/planner/planTable';
import { SEASON_HEADER } from '../core/planner/seasonTable';
import { writeIntoEmptyRows } from './rowWriter';
import { PLAN_CHECK_COL } from './setup/planSheet';
import { a1, area } from './setup/area';
import { SeasonInsertResult, SeasonRow } from './sidebarContract';

/** The season table's first column: one blank column after PLAN_CHECK's. */
export const SEASON_COL = PLAN_CHECK_COL + PLAN_CHECK_HEADER.length + 1;
const WIDTH = SEASON_HEADER.length;
/** Week of, Phase, Run, Long run, Quality, Strength, Fitness, Form %, Notes. */
const FORMATS = ['yyyy-mm-dd', 'General', '0.0', '0.0', '0', '0', '0', '+0;-0;0', 'General'];

const isBlank = (v: unknown) => v === '' || v === null;

/** Writes the season into the tracker's Plan `sheet`, or says a season is there already. */
export function writeSeason(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: SeasonRow[], replace: boolean, tz: TimeZone): SeasonInsertResult {
  const table = sheet.getRange(1, SEASON_COL, Math.max(1, sheet.getLastRow()), WIDTH).getValues();
  const [header, ...body] = table;
  const headerBlank = header.every(isBlank);
  if (!headerBlank && header.some((cell, i) => String(cell).trim().toLowerCase() !== SEASON_HEADER[i].toLowerCase())) {
    throw new RunnerError(`${sheet.getName()}!${a1(area(1, SEASON_COL, 1, WIDTH))} holds something other than the season table's header (${SEASON_HEADER.join(', ')}): move it, then insert again.`);
  }
  // The old season: every row below the header down to the table's last filled row.
  let used = body.length;
  while (used > 0 && body[used - 1].every(isBlank)) used--;
  const old = body.slice(0, used).filter((r) => !r.every(isBlank)).length;
  if (old > 0 && !replace) return { status: 'exists', rows: old, range: a1(area(1, SEASON_COL, used + 1, WIDTH)) };

  if (headerBlank) sheet.getRange(1, SEASON_COL, 1, WIDTH).setValues([[...SEASON_HEADER]]).setFontWeight('bold');
  if (used > 0) sheet.getRange(2, SEASON_COL, used, WIDTH).clearContent();
  const cells = rows.map(([weekOf, ...rest]) => [tz.dateOf(dayFromIsoText(weekOf)!), ...rest]);
  const { first } = writeIntoEmptyRows(sheet, 2, SEASON_COL, cells);
  sheet.getRange(first, SEASON_COL, rows.length, WIDTH).setNumberFormats(rows.map(() => FORMATS));
  return { status: 'inserted', rows: rows.length, replaced: old, range: a1(area(1, SEASON_COL, first + rows.length - 1, WIDTH)) };
}
