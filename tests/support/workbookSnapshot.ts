// Everything a spreadsheet in the emulator holds, as plain data: each sheet's name, size, frozen
// rows, column widths, every cell (content, number format, background, weight, validation), its
// conditional-format rules and charts, and the named ranges. Two snapshots compare equal only when
// nothing a runner could see or have set was changed.
import type { Emulator, EmuSheet } from '../../emulator';
import type { EmuDataValidation } from '../../emulator/dataValidation';
import { keyCol, keyRow } from '../../emulator/workbook';

const validation = (v: EmuDataValidation | null) =>
  v && { criteria: v.getCriteriaType(), values: v.getCriteriaValues(), allowInvalid: v.getAllowInvalid(), help: v.getHelpText() };

export function sheetSnapshot(sheet: EmuSheet) {
  const cells = [...sheet.data.cells]
    .filter(([, c]) => Object.values(c).some((v) => v !== undefined))
    .map(([k, c]) => ({ row: keyRow(k) + 1, col: keyCol(k) + 1, ...c, validation: validation(c.validation ?? null) }));
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    frozen: sheet.getFrozenRows(),
    widths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
    cells: cells.sort((a, b) => a.row - b.row || a.col - b.col),
    rules: sheet.getConditionalFormatRules().map((r) => {
      const b = r.getBooleanCondition();
      const g = r.getGradientCondition();
      return {
        ranges: r.getRanges().map((x) => x.getA1Notation()),
        condition: b && [b.getCriteriaType(), b.getCriteriaValues(), b.getBackground(), b.getFontColor(), b.getBold()],
        gradient: g && [g.getMinColor(), g.getMinValue(), g.getMidColor(), g.getMidValue(), g.getMaxColor(), g.getMaxValue()],
      };
    }),
    charts: sheet.getCharts().map((c) => ({
      type: c.type,
      ranges: c.getRanges().map((x) => x.getA1Notation()),
      position: c.position,
      options: ['title', 'width', 'height', 'colors'].map((o) => c.getOptions().get(o)),
    })),
  };
}

export function workbookSnapshot(emu: Emulator) {
  return {
    sheets: emu.spreadsheet.getSheets().map(sheetSnapshot),
    named: emu.spreadsheet.getNamedRanges().map((n) => [n.getName(), n.getRange().getSheet().getName(), n.getRange().getA1Notation()]),
  };
}
