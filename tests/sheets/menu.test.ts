// The add-on menu and what its items open, on the built bundle in the emulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthModeName, DIST, createEmulator } from '../../emulator';
import { FORMULAS } from '../../src/sheets/formulas/registry';
import { LEGEND } from '../../src/sheets/setup/dashboardSheet';

const SIDEBAR = '<!doctype html><title>planner</title>';
const fresh = () => createEmulator({ timeZone: 'Europe/London', files: { Sidebar: SIDEBAR } });

const MENU = [
  { caption: 'Set up tracker', functionName: 'setupTracker' },
  { caption: 'Open planner', functionName: 'openPlanner' },
  { caption: 'Import activities', functionName: 'openImport' },
  null,
  { caption: 'Help', functionName: 'showHelp' },
];

describe('the add-on menu', () => {
  it.each<[string, AuthModeName]>([
    ['onOpen', 'NONE'],
    ['onOpen', 'LIMITED'],
    ['onOpen', 'FULL'],
    ['onInstall', 'FULL'],
  ])('%s in AuthMode.%s builds the menu and reads nothing', (trigger, mode) => {
    const emu = fresh();
    emu.trigger(trigger, mode);
    expect(emu.ui.menus).toEqual([{ items: MENU }]);
    expect(emu.calls.byName()).toEqual({ 'Menu.addItem': 4, 'Menu.addSeparator': 1, 'Menu.addToUi': 1, 'SpreadsheetApp.getUi': 1, 'Ui.createAddonMenu': 1 });
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('names only functions the bundle declares at top level', () => {
    const emu = fresh();
    for (const item of MENU) if (item) expect(typeof emu.context[item.functionName]).toBe('function');
  });

  it('opens the sidebar for the planner and for the import, each with its title and on its tab', () => {
    const emu = fresh();
    emu.run('openPlanner');
    emu.run('openImport');
    const onTab = (tab: string) => `${SIDEBAR}<script>document.getElementById('app').dataset.tab = '${tab}';</script>`;
    expect(emu.ui.sidebars).toEqual([
      { title: 'Ultra Tracker: planner', content: onTab('plan') },
      { title: 'Ultra Tracker: import activities', content: onTab('import') },
    ]);
  });

  it('opens the sidebar built into dist/', () => {
    const emu = createEmulator({ timeZone: 'Europe/London' });
    emu.run('openPlanner');
    const built = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(emu.ui.sidebars[0].content.startsWith(built)).toBe(true);
  });

  it('says which file is missing when the sidebar was not built', () => {
    const emu = createEmulator({ timeZone: 'Europe/London', files: {} });
    expect(() => emu.run('openPlanner')).toThrow('No HTML file named Sidebar was found.');
  });

  it('explains the sheets, every colour and every formula in Help (dist/Help.html)', () => {
    const emu = createEmulator({ timeZone: 'Europe/London' });
    emu.run('showHelp');
    const [dialog] = emu.ui.dialogs;
    expect(dialog.title).toBe('Ultra Tracker help');
    for (const f of FORMULAS) expect(dialog.content).toContain(`<b>${f.name}</b>`);
    for (const [, color] of LEGEND) expect(dialog.content).toContain(`background:${color}`);
    for (const sheet of ['Log', 'Settings', 'Dashboard', 'Plan']) expect(dialog.content).toContain(`<b>${sheet}</b>`);
  });
});
