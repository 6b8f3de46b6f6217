// The Settings sheet: one row per setting of ../settings.ts (label, value, what it means), each
// value cell validated and named, so the Dashboard's formulas and the planner find it wherever the
// runner moves it.

import { SETTINGS, SettingInput } from '../settings';
import { area } from './area';
import { Block, ensureContent } from './blocks';
import { ruleOf } from './validations';
import { SheetOutcome, freeze, sheetNamed } from './outcome';

export const SETTINGS_SHEET = 'Settings';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const validation = (input: SettingInput) => (v: Builder): Builder => {
  if (input.kind === 'choice') return v.requireValueInList([...input.choices], true);
  if (input.kind === 'number') return v.requireNumberBetween(input.min, input.max);
  return v.requireDate();
};

/** Row of each setting's value: the header is row 1. */
const rowOf = (i: number) => i + 2;

export function ensureSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetOutcome {
  const { sheet, created } = sheetNamed(ss, SETTINGS_SHEET);
  const blocks: Block[] = [
    { row: 1, col: 1, cells: [['Setting', 'Value', 'What it does']], bold: true },
    {
      row: 2,
      col: 1,
      cells: SETTINGS.map((d) => [d.label, d.fallback ?? '', d.about]),
      formats: SETTINGS.flatMap((d, i) => (d.format ? [[area(rowOf(i), 2), d.format] as const] : [])),
    },
  ];
  const validations = SETTINGS.map((d, i) => ({ where: area(rowOf(i), 2), rule: ruleOf(validation(d.input), d.about, false) }));
  const written = ensureContent(sheet, blocks, validations, created).map((a) => `${SETTINGS_SHEET}!${a}`);
  SETTINGS.forEach((d, i) => {
    if (!ss.getRangeByName(d.name)) ss.setNamedRange(d.name, sheet.getRange(rowOf(i), 2));
  });
  freeze(sheet, 1, created);
  if (created) {
    sheet.setColumnWidth(1, 200);
    sheet.setColumnWidth(3, 560);
  }
  return { name: SETTINGS_SHEET, sheet, created, written, problems: [] };
}
