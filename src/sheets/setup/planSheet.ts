// The Plan sheet: a table with SUGGEST_PLAN's header (formulas.md) that the runner fills in, or the
// planner's sidebar inserts a week into, and PLAN_CHECK beside it listing every rule the plan breaks
// (with the long-run day of Settings).

import { PLAN_KINDS } from '../../core/sessionTypes';
import { PLAN_HEADER } from '../../core/planner/planTable';
import { SLOTS } from '../../core/rules/planRules';
import { settingName } from '../settings';
import { letters, toBottom } from './area';
import { Block, ensureContent } from './blocks';
import { ruleOf } from './validations';
import { SheetOutcome, freeze } from './outcome';
import { TrackerSheet, sheetResolver } from './ownership';
import { isOlderForm, withTypeMap } from './typeMapArg';

const column = (title: string) => PLAN_HEADER.indexOf(title) + 1;
/** PLAN_CHECK sits one blank column to the right of the plan table. */
export const PLAN_CHECK_COL = PLAN_HEADER.length + 2;

export function ensurePlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tracker: TrackerSheet = sheetResolver(ss)('Plan')): SheetOutcome {
  const { sheet, created, name } = tracker;
  const maxRows = sheet.getMaxRows();
  const check = `=PLAN_CHECK(A1:${letters(PLAN_HEADER.length)}, ${settingName('longRunDay')})`;
  const blocks: Block[] = [
    {
      row: 1,
      col: 1,
      cells: [[...PLAN_HEADER]],
      bold: true,
      formats: [
        [toBottom(maxRows, 2, column('Date')), 'yyyy-mm-dd'],
        [toBottom(maxRows, 2, column('Distance')), '0.0'],
        [toBottom(maxRows, 2, column('Minutes')), '0'],
      ],
    },
    // The plan's session words read through the runner's Type map; an older tracker's check is upgraded.
    { row: 1, col: PLAN_CHECK_COL, cells: [[withTypeMap(check)]], bold: true, upgrades: (current) => isOlderForm(current, [check]) },
  ];
  const validations = [
    { where: toBottom(maxRows, 2, column('Slot')), rule: ruleOf((v) => v.requireValueInList([...SLOTS], true), `${SLOTS.join(' or ')}.`, true) },
    { where: toBottom(maxRows, 2, column('Kind')), rule: ruleOf((v) => v.requireValueInList([...PLAN_KINDS], true), 'The kind of session; may stay blank when Session names it.', true) },
  ];
  const written = ensureContent(sheet, blocks, validations, created).map((a) => `${name}!${a}`);
  freeze(sheet, 1, created);
  if (created) {
    // Session names the session ("Easy run"); the kind's id only needs a narrow column.
    sheet.setColumnWidth(column('Kind'), 70);
    sheet.setColumnWidth(column('Details'), 360);
  }
  return { name, sheet, created, written, problems: [] };
}
