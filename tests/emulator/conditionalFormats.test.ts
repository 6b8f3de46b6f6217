// Conditional-format rules evaluated: which format a cell shows.
import { createEmulator } from '../../emulator';
import { TEST_CODE } from './testCode';

const emu = createEmulator({ timeZone: 'Etc/UTC', code: TEST_CODE });
const { app } = emu;
const sheet = emu.spreadsheet.getSheetByName('Sheet1')!;
sheet.getRange('A1:C5').setValues([
  ['Level', 'Score', 'Miles'],
  ['ALERT', 12, 5],
  ['watch', 50, 25],
  ['OK with notes', 100, ''],
  ['', -3, 40],
]);
sheet.getRange('C1').setBackground('#CCCCCC');
const rule = () => app.newConditionalFormatRule();
sheet.setConditionalFormatRules([
  rule().whenTextEqualTo('alert').setBackground('#E06666').setBold(true).setRanges([sheet.getRange('A2:A5')]).build(),
  rule().whenTextContains('ok').setBackground('#b6d7a8').setRanges([sheet.getRange('A2:A5')]).build(),
  rule().whenTextEqualTo('WATCH').setBackground('#ffd966').setFontColor('#000000').setRanges([sheet.getRange('A2:A5')]).build(),
  rule().whenNumberGreaterThan(30).setBackground('#111111').setRanges([sheet.getRange('C2:C5')]).build(),
  rule().whenNumberBetween(5, 25).setBackground('#222222').setRanges([sheet.getRange('C2:C5')]).build(),
  rule()
    .setGradientMinpointWithValue('#FF0000', app.InterpolationType.NUMBER, '0')
    .setGradientMidpointWithValue('#ffff00', app.InterpolationType.NUMBER, '50')
    .setGradientMaxpointWithValue('#00ff00', app.InterpolationType.NUMBER, '100')
    .setRanges([sheet.getRange('B2:B5')])
    .build(),
]);

describe('conditional formats', () => {
  it('match text exactly or by containing it, ignoring case; the first rule that holds wins', () => {
    expect(emu.formatOf('Sheet1!A2')).toEqual({ background: '#e06666', bold: true });
    expect(emu.formatOf('Sheet1!A3')).toEqual({ background: '#ffd966', fontColor: '#000000', bold: false });
    expect(emu.formatOf('Sheet1!A4').background).toBe('#b6d7a8');
    expect(emu.formatOf('Sheet1!A5').background).toBe('#ffffff');
  });

  it('compare numbers (between includes its ends) and leave blank cells to their own background', () => {
    expect(['C2', 'C3', 'C4', 'C5'].map((c) => emu.formatOf(`Sheet1!${c}`).background)).toEqual(['#222222', '#222222', '#ffffff', '#111111']);
    expect(emu.formatOf('Sheet1!C1').background).toBe('#cccccc');
  });

  it('blend a colour scale between its points and clamp outside them', () => {
    expect(['B2', 'B3', 'B4', 'B5'].map((c) => emu.formatOf(`Sheet1!${c}`).background)).toEqual(['#ff3d00', '#ffff00', '#00ff00', '#ff0000']);
  });

  it('evaluate a custom formula as written for the top-left cell, moved to each cell', () => {
    const other = emu.spreadsheet.insertSheet('Rows');
    other.getRange('A1:B3').setValues([['x', 1], ['y', 20], ['z', 3]]);
    other.setConditionalFormatRules([rule().whenFormulaSatisfied('=$B1>10').setBackground('#f9cb9c').setRanges([other.getRange('A1:B3')]).build()]);
    expect(['A1', 'B1', 'A2', 'B2', 'A3'].map((c) => emu.formatOf(`Rows!${c}`).background)).toEqual(['#ffffff', '#ffffff', '#f9cb9c', '#f9cb9c', '#ffffff']);
  });

  it('read back as Apps Script gives them', () => {
    const [first, , , , , scale] = sheet.getConditionalFormatRules();
    expect(first.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(first.getBooleanCondition()?.getCriteriaValues()).toEqual(['alert']);
    expect(first.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A5']);
    expect(scale.getBooleanCondition()).toBeNull();
    expect(scale.getGradientCondition()?.getMaxValue()).toBe('100');
    expect(() => rule().setBackground('#000000').build()).toThrow(/Ranges must be set/);
  });
});
