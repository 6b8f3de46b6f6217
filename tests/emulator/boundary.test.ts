// The script's side of the emulator: its realm, the service-call counter, authorization modes,
// the UI it shows.
import { createEmulator } from '../../emulator';
import { readBundle } from '../support/bundle';
import { TEST_CODE } from './testCode';

const fresh = () => createEmulator({ timeZone: 'Etc/UTC', code: TEST_CODE, files: { Sidebar: '<p>sidebar</p>' } });

describe('running the script', () => {
  it('counts every service call by name, apart from those of custom formulas', () => {
    const emu = fresh();
    emu.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setValue('=TOTAL(B1:B2)');
    expect(emu.run('sheetCount')).toBe(1);
    expect(emu.calls.byName()).toEqual({ 'Spreadsheet.getSheets': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 });
    emu.values('Sheet1!A1');
    expect(emu.calls.total()).toBe(2);
    expect(emu.customFunctionCalls.total()).toBe(0);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });

  it('counts calls on builders and what they build apart from round trips', () => {
    const emu = fresh();
    emu.run('highlight');
    expect(emu.calls.byName()).toEqual({
      'Sheet.getRange': 1, 'Sheet.setConditionalFormatRules': 1, 'Spreadsheet.getSheetByName': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emu.builderCalls.byName()).toEqual({
      'ConditionalFormatRuleBuilder.build': 1, 'ConditionalFormatRuleBuilder.setBackground': 1, 'ConditionalFormatRuleBuilder.setRanges': 1,
      'ConditionalFormatRuleBuilder.whenNumberGreaterThan': 1, 'SpreadsheetApp.newConditionalFormatRule': 1,
    });
    emu.builderCalls.reset();
    expect(emu.builderCalls.total()).toBe(0);
  });

  it('hands values over in the script\'s realm and back', () => {
    const emu = fresh();
    emu.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setValue(new Date('2026-01-02T00:00:00Z'));
    expect(emu.run('kindOfA1')).toEqual(['[object Date]', true]);
    const back = emu.run('echo', { when: new Date(0), list: [1, 'a'] }) as { when: Date; list: unknown[] };
    expect(back.when).toBeInstanceOf(Date);
    expect(back.list).toEqual([1, 'a']);
  });

  it('refuses, in AuthMode.NONE, every service but the menu', () => {
    const emu = fresh();
    expect(() => emu.trigger('sheetCount', 'NONE')).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet (authorization mode NONE)');
    expect(emu.trigger('sheetCount', 'LIMITED')).toBe(1);
  });

  it('keeps document properties, and refuses them in AuthMode.NONE', () => {
    const emu = fresh();
    expect(emu.run('remember', 'unit', 'km')).toEqual({ unit: 'km' });
    expect(emu.properties.document.getProperty('unit')).toBe('km');
    expect(() => emu.trigger('remember', 'NONE')).toThrow(/PropertiesService.getDocumentProperties/);
  });

  it('records the UI: menus, alerts and sidebars', () => {
    const emu = fresh();
    const ui = emu.app.getUi();
    ui.createAddonMenu().addItem('Go', 'go').addSeparator().addToUi();
    ui.createAddonMenu().addItem('Again', 'again').addToUi();
    emu.ui.answers.push(ui.Button.CANCEL);
    expect(ui.alert('Title', 'Sure?', ui.ButtonSet.OK_CANCEL)).toBe('CANCEL');
    expect(ui.alert('Done')).toBe('OK');
    ui.showSidebar(emu.context.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Side'));
    expect(emu.ui.menus).toEqual([{ items: [{ caption: 'Again', functionName: 'again' }] }]);
    expect(emu.ui.alerts).toEqual([{ title: 'Title', prompt: 'Sure?', buttons: 'OK_CANCEL' }, { title: '', prompt: 'Done' }]);
    expect(emu.ui.sidebars).toEqual([{ title: 'Side', content: '<p>sidebar</p>' }]);
    expect(() => emu.context.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('the add-on bundle', () => {
  it('contains nothing of the emulator', () => {
    expect(readBundle()).not.toMatch(/HyperFormula|EmuRange|Emulates/);
  });
});
