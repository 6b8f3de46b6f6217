// Typing into a cell as the runner does (data validation may refuse it), and the revision count
// that tells whether anything was written.
import { createEmulator } from '../../emulator';
import { TEST_CODE } from './testCode';

const emu = createEmulator({ timeZone: 'Europe/London', code: TEST_CODE });
const sheet = emu.spreadsheet.getSheetByName('Sheet1')!;
const { app } = emu;
sheet.getRange('A1').setValue('mi');
sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['mi', 'km']).setAllowInvalid(false).setHelpText('mi or km').build());
sheet.getRange('B1').setFormula('=C1*2');
sheet.getRange('B1').setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
sheet.getRange('D1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(true).build());

describe('typing into a cell', () => {
  it('reads text as Sheets reads what is typed', () => {
    expect(emu.type('Sheet1!E1', '2026-03-02')).toBeUndefined();
    expect(emu.range('Sheet1!E1').getDisplayValue()).toBe('2026-03-02');
    expect(emu.type('Sheet1!E2', '=1+2')).toBeUndefined();
    expect(emu.values('Sheet1!E2')).toEqual([[3]]);
    expect(emu.type('Sheet1!E2', '')).toBeUndefined();
    expect(emu.values('Sheet1!E2')).toEqual([['']]);
  });

  it('is refused by a rule that rejects invalid data, with its help text, and keeps what was there', () => {
    expect(emu.type('Sheet1!A1', 'miles')).toBe('mi or km');
    expect(emu.values('Sheet1!A1')).toEqual([['mi']]);
    expect(emu.type('Sheet1!A1', 'KM')).toBeUndefined();
    expect(emu.values('Sheet1!A1')).toEqual([['KM']]);
    expect(emu.type('Sheet1!B1', '500')).toBe('The data you entered in cell B1 violates the data validation rules set on this cell.');
    expect(emu.range('Sheet1!B1').getFormula()).toBe('=C1*2');
  });

  it('is kept, and marked, where the rule only warns', () => {
    expect(emu.type('Sheet1!D1', '11')).toBeUndefined();
    expect(emu.values('Sheet1!D1')).toEqual([[11]]);
    expect(emu.isMarkedInvalid('Sheet1!D1')).toBe(true);
  });
});

describe('revision', () => {
  it('counts writes of contents and named ranges, not reads or formats', () => {
    const start = emu.revision();
    emu.values('Sheet1!A1:E5');
    sheet.getRange('F1').setBackground('#ff0000');
    expect(emu.revision()).toBe(start);
    emu.type('Sheet1!F1', '7');
    expect(emu.revision()).toBeGreaterThan(start);
    const after = emu.revision();
    emu.spreadsheet.setNamedRange('Seven', sheet.getRange('F1'));
    expect(emu.revision()).toBeGreaterThan(after);
  });
});
