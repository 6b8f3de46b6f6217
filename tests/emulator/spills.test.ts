// Custom formulas evaluated by the emulator itself around HyperFormula: spills, blocked spills,
// open ranges, dependency order, errors and dates, as Sheets shows them.
import { createEmulator } from '../../emulator';
import { TEST_CODE } from './testCode';

const fresh = () => {
  const emu = createEmulator({ timeZone: 'Europe/Paris', code: TEST_CODE });
  return { emu, sheet: emu.spreadsheet.getSheetByName('Sheet1')! };
};

describe('custom formulas', () => {
  it('finds the functions documented with @customfunction', () => {
    expect(fresh().emu.customFunctions).toEqual(['PAIRS', 'TOTAL', 'FAIL', 'KIND', 'NEXT_DAY', 'WRITE']);
  });

  it('spill their table, which ordinary formulas then read', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=PAIRS(3)');
    sheet.getRange('D1').setValue('=SUM(B1:B3)');
    expect(emu.values('Sheet1!A1:D3')).toEqual([[1, 2, '', 12], [2, 4, '', ''], [3, 6, '', '']]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(3);
  });

  it('shrink when the result gets smaller, which HyperFormula alone cannot do', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('F1').setValue(3);
    sheet.getRange('A1').setValue('=PAIRS(F1)');
    sheet.getRange('D1').setValue('=SUM(A1:A)');
    expect(emu.values('Sheet1!D1')).toEqual([[6]]);
    sheet.getRange('F1').setValue(1);
    expect(emu.values('Sheet1!A1:D3')).toEqual([[1, 2, '', 1], ['', '', '', ''], ['', '', '', '']]);
  });

  it('show #REF! like Sheets when data is in the way, and spill again once it is cleared', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=PAIRS(3)');
    sheet.getRange('B3').setValue('mine');
    expect(emu.values('Sheet1!A1:B3')).toEqual([['#REF!', ''], ['', ''], ['', 'mine']]);
    expect(emu.errorAt('Sheet1!A1')?.message).toBe('Array result was not expanded because it would overwrite data in B3.');
    sheet.getRange('B3').clearContent();
    expect(emu.values('Sheet1!A1:B3')).toEqual([[1, 2], [2, 4], [3, 6]]);
  });

  it('show #REF! when the result does not fit in the sheet', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A999').setValue('=PAIRS(3)');
    expect(emu.errorAt('Sheet1!A999')?.message).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  it('read Google-style open ranges and named ranges', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1:B3').setValues([[1, 'x'], [2, ''], [40, 3]]);
    emu.spreadsheet.setNamedRange('Numbers', sheet.getRange('A1:A3'));
    sheet.getRange('D1').setValue('=TOTAL(Sheet1!A1:B)');
    sheet.getRange('D2').setValue('=TOTAL(Numbers)');
    sheet.getRange('D3').setValue('=SUM(Numbers) + COUNT(A2:A)');
    sheet.getRange('A5').setValue(100);
    expect(emu.values('Sheet1!D1:D3')).toEqual([[146], [43], [46]]);
  });

  it('are evaluated after the custom formulas whose spills they read', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('D1').setValue('=TOTAL(A1:B)');
    sheet.getRange('E1').setValue('=D1 * 10');
    sheet.getRange('A1').setValue('=PAIRS(3)');
    expect(emu.values('Sheet1!D1:E1')).toEqual([[18, 180]]);
  });

  it('run again only when their inputs change', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=PAIRS(2)');
    sheet.getRange('D1').setValue('=TOTAL(A1:B2)');
    emu.values('Sheet1!A1');
    sheet.getRange('F9').setValue('unrelated');
    emu.values('Sheet1!A1');
    expect(emu.customFunctionCalls.total()).toBe(0);
    expect(emu.calls.total()).toBe(0);
  });

  it('show a thrown error as #ERROR! with its message, and pass error values on', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=FAIL("TOTAL: no Date column")');
    sheet.getRange('A2').setValue('=A1');
    expect(emu.values('Sheet1!A1')).toEqual([['#ERROR!']]);
    expect(emu.errorAt('Sheet1!A1')?.message).toBe('TOTAL: no Date column');
    expect(emu.errorAt('Sheet1!A2')?.code).toBe('#VALUE!');
  });

  it('report a formula that reads its own cell as circular', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=TOTAL(A1:A5)');
    expect(emu.errorAt('Sheet1!A1')?.message).toMatch(/^Circular dependency detected/);
  });

  it('get date cells as Dates of the script\'s realm, and their Dates become date cells', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('2026-03-28');
    sheet.getRange('B1').setValue('=KIND(A1)');
    sheet.getRange('C1').setValue('=NEXT_DAY(A1)');
    const [[, kind, next]] = emu.values('Sheet1!A1:C1');
    expect(kind).toBe('[object Date] of this realm');
    // Paris moves to summer time overnight: the next day still starts at local midnight.
    expect((next as Date).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(emu.range('Sheet1!C1').getDisplayValue()).toBe('2026-03-29');
  });

  it('may read but not change the spreadsheet', () => {
    const { emu, sheet } = fresh();
    sheet.getRange('A1').setValue('=WRITE()');
    expect(emu.errorAt('Sheet1!A1')?.message).toMatch(/You do not have permission to call Range\.setValue/);
    expect(emu.values('Sheet1!Z1')).toEqual([['']]);
  });
});
