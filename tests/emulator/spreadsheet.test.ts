// The spreadsheet model: what cells hold after a write, formats, validation, named ranges, frozen
// rows, charts, and Apps Script's errors for bad calls.
import { createEmulator } from '../../emulator';
import { TEST_CODE } from './testCode';

const fresh = () => {
  const emu = createEmulator({ timeZone: 'America/New_York', code: TEST_CODE });
  return { emu, ss: emu.spreadsheet, sheet: emu.spreadsheet.getSheetByName('Sheet1')! };
};

describe('the emulated spreadsheet', () => {
  it('starts like a new Google spreadsheet: one 1000 × 26 sheet', () => {
    const { ss, sheet } = fresh();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([1000, 26, 0]);
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('reads typed text as Sheets does: numbers, booleans, dates, times; an apostrophe keeps text', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:F1').setValues([['42', 'true', '2026-03-08', '1:05:00', "'007", '=1+1']]);
    const [[n, b, d, t, text, f]] = sheet.getRange('A1:F1').getValues();
    expect([n, b, text, f]).toEqual([42, true, '007', 2]);
    expect((d as Date).toISOString()).toBe('2026-03-08T05:00:00.000Z'); // midnight in New York
    expect(sheet.getRange('D1').getDisplayValue()).toBe('1:05:00');
    expect(Object.prototype.toString.call(t)).toBe('[object Date]');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange('F1').getFormula()).toBe('=1+1');
  });

  it('reads text starting with + or - as a formula, as Sheets does', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['-felt good', '-3']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=-felt good');
    expect(emu.values('Sheet1!A1:B1')[0][0]).toMatch(/^#/);
    expect(emu.values('Sheet1!B1')).toEqual([[-3]]);
  });

  it('keeps a date as the same calendar day across a DST change', () => {
    const { sheet } = fresh();
    const midnight = new Date('2026-03-08T05:00:00Z');
    sheet.getRange('A1').setValue(midnight);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(midnight.getTime());
    sheet.getRange('B1').setValue('=A1+1');
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd');
    expect((sheet.getRange('B1').getValue() as Date).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('applies a formula to a range with relative references moving, like Sheets', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
  });

  it('grows at the end: open ranges reach the new rows, a spill that did not fit now does', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A999').setValue('=PAIRS(3)');
    sheet.getRange('C1').setValue('=COUNT(A1:A)');
    sheet.getRange('D1').setValue('=PAIRS(1)');
    sheet.getRange('F1').setValue('=D1+E1');
    expect(emu.values('Sheet1!F1')).toEqual([[3]]);
    expect(emu.errorAt('Sheet1!A999')?.code).toBe('#REF!');
    sheet.insertRowsAfter(1000, 1).insertColumnsAfter(26, 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1001, 28]);
    expect(emu.values('Sheet1!A1001:C1001')).toEqual([[3, 6, '']]);
    expect(emu.values('Sheet1!C1')).toEqual([[3]]);
    expect(emu.values('Sheet1!F1')).toEqual([[3]]);
    sheet.getRange('AB1001').setValue('last');
    expect(() => sheet.insertRowsAfter(5, 1)).toThrow('only after the last row');
  });

  it('refuses what Apps Script refuses', () => {
    const { ss, sheet } = fresh();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => ss.insertSheet('sheet1')).toThrow('A sheet with the name "sheet1" already exists');
    expect(() => ss.setNamedRange('A1', sheet.getRange('A1'))).toThrow(/Invalid name/);
  });

  it('records formats, validation, frozen rows and named ranges', () => {
    const { emu, ss, sheet } = fresh();
    sheet.getRange('A1:B1').setValues([[7, 'Hills']]).setFontWeight('bold');
    sheet.getRange('A1').setNumberFormat('0.00');
    sheet.setFrozenRows(1);
    const list = emu.app.newDataValidation().requireValueInList(['Tempo', 'Hills'], true).setAllowInvalid(true).setHelpText('Pick one').build();
    sheet.getRange('B1:B3').setDataValidation(list);
    sheet.getRange('B2').setValue('Zumba');
    ss.setNamedRange('First', sheet.getRange('A1'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('7.00');
    expect(sheet.getRange('A1:C1').getFontWeights()).toEqual([['bold', 'bold', 'normal']]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('B3').getDataValidation()?.getHelpText()).toBe('Pick one');
    expect([emu.isMarkedInvalid('Sheet1!B1'), emu.isMarkedInvalid('Sheet1!B2'), emu.isMarkedInvalid('Sheet1!B3')]).toEqual([false, true, false]);
    expect(ss.getRangeByName('First')?.getA1Notation()).toBe('A1');
    ss.getNamedRanges()[0].remove();
    expect(ss.getRangeByName('First')).toBeNull();
  });

  it('records embedded charts with their type, ranges, position and options', () => {
    const { emu, sheet } = fresh();
    const chart = sheet.newChart().setChartType(emu.context.Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:C7')).setPosition(2, 5, 0, 0).setOption('title', 'Weekly').build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toBe(1);
    expect(inserted.type).toBe('COLUMN');
    expect(inserted.position).toEqual({ row: 2, column: 5, offsetX: 0, offsetY: 0 });
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C7']);
    expect(inserted.getOptions().get('title')).toBe('Weekly');
  });
});

describe('sheet size', () => {
  it('holds more rows than HyperFormula\'s default 40,000, and names its limit beyond', () => {
    const emu = createEmulator({ timeZone: 'Etc/UTC', code: TEST_CODE });
    const sheet = emu.spreadsheet.insertSheet('Big');
    sheet.insertRowsAfter(1000, 59_000);
    sheet.getRange(1, 1, 60_000, 2).setValues(Array.from({ length: 60_000 }, (_, i) => [i + 1, 'x']));
    expect(sheet.getRange(60_000, 1).getValue()).toBe(60_000);
    expect(() => sheet.insertRowsAfter(60_000, 200_000)).toThrow("The emulator's sheets hold at most 250,000 rows; Big would have 260,000.");
  });
});
