// The Settings sheet: one row per setting of ../settings.ts (label, value, what it means), each
// value cell validated and named, so the Dashboard's formulas and the planner find it wherever the
// runner moves it.

import { SETTINGS, SettingInput, SettingKey, parseSettings } from '../settings';
import { a1, area, rangeOf, rangesOf } from './area';
import { Block, ensureContent } from './blocks';
import { ruleOf } from './validations';
import { SheetOutcome } from './outcome';
import { TrackerSheet } from './ownership';
import { TYPE_MAP_HEADER } from '../../core/log/typeMap';
import { TYPE_MAP_AT, TYPE_MAP_NAME } from '../typeMapTable';
import { SESSION_TYPE_NAMES } from '../../core/sessionTypes';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** The cell's rule; none for a race distance, which may be a number or text. */
const validation = (input: SettingInput): ((v: Builder) => Builder) | undefined => {
  if (input.kind === 'choice') return (v) => v.requireValueInList([...input.choices], true);
  if (input.kind === 'number') return (v) => v.requireNumberBetween(input.min, input.max);
  if (input.kind === 'date') return (v) => v.requireDate();
  return undefined;
};

/** Pixels of the "What it does" column: about 60 characters a line. */
const ABOUT_WIDTH = 420;

/** Row of each setting's value: the header is row 1. */
const rowOf = (i: number) => i + 2;

export function ensureSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tracker: TrackerSheet): SheetOutcome {
  const { sheet, created, name } = tracker;
  const blocks: Block[] = [
    { row: 1, col: 1, cells: [['Setting', 'Value', 'What it does']], bold: true },
    {
      row: 2,
      col: 1,
      // A first value such as 3:1 goes in as text, not as the time Sheets would read (blocks.ts
      // writes every text through asText).
      cells: SETTINGS.map((d) => [d.label, d.fallback ?? '', d.about]),
      formats: SETTINGS.flatMap((d, i) => (d.format ? [[area(rowOf(i), 2), d.format] as const] : [])),
      wrap: true,
    },
  ];
  const validations = SETTINGS.flatMap((d, i) => {
    const build = validation(d.input);
    return build ? [{ where: area(rowOf(i), 2), rule: ruleOf(build, d.about, false) }] : [];
  });
  // The Type map beside the settings: its header, and a session-type list on its second column.
  const map = area(TYPE_MAP_AT.row, TYPE_MAP_AT.col, TYPE_MAP_AT.words + 1, 2);
  blocks.push({ row: map.row, col: map.col, cells: [[...TYPE_MAP_HEADER]], bold: true });
  validations.push({
    where: area(map.row + 1, map.col + 1, TYPE_MAP_AT.words),
    rule: ruleOf((v) => v.requireValueInList(SESSION_TYPE_NAMES, true), 'The session type this word means: the Log\'s formulas and the import read the word as this type.', false),
  });
  const written = ensureContent(sheet, blocks, validations, created).map((a) => `${name}!${a}`);
  // Each setting's named range: kept where the runner put it, set on its row when missing. On a new
  // sheet, one call lists the spreadsheet's names (none, usually) instead of one lookup per setting.
  const taken = created ? new Set(ss.getNamedRanges().map((n) => n.getName().toUpperCase())) : undefined;
  const named = SETTINGS.map((d) => (taken && !taken.has(d.name.toUpperCase()) ? null : ss.getRangeByName(d.name)));
  const unnamed = SETTINGS.map((_, i) => i).filter((i) => !named[i]);
  const cells = unnamed.length > 0 ? rangesOf(sheet, unnamed.map((i) => area(rowOf(i), 2))) : new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const raw: Partial<Record<SettingKey, unknown>> = {};
  SETTINGS.forEach((d, i) => {
    const range = named[i];
    if (range) {
      raw[d.key] = range.getValue();
      return;
    }
    const cell = cells.get(a1(area(rowOf(i), 2)))!;
    ss.setNamedRange(d.name, cell);
    // On a new sheet the cell holds what setup just wrote.
    raw[d.key] = created ? d.fallback : cell.getValue();
  });
  if (!ss.getRangeByName(TYPE_MAP_NAME)) ss.setNamedRange(TYPE_MAP_NAME, rangeOf(sheet, map));
  // The labels need room; the explanations wrap in theirs (see their block), clear of the Type map at E:F.
  if (created) {
    sheet.setColumnWidth(1, 200);
    sheet.setColumnWidth(3, ABOUT_WIDTH);
  }
  return { name, sheet, created, written, problems: parseSettings(raw).problems };
}
