// The add-on menu and the windows its items open. onOpen runs in every authorization mode,
// AuthMode.NONE included (before the add-on is enabled in this spreadsheet), so it only builds the
// menu, which needs no authorization, and reads nothing: no properties, no sheets.

/** Caption and top-level function of each item; null is a separator. */
export const MENU_ITEMS: readonly ([string, string] | null)[] = [
  ['Set up tracker', 'setupTracker'],
  ['Open planner', 'openPlanner'],
  ['Import activities', 'openImport'],
  null,
  ['Help', 'showHelp'],
];

/** The sidebar (dist/Sidebar.html) holds the planner and the import. */
export const SIDEBAR_FILE = 'Sidebar';
/** The Help dialog (dist/Help.html, written by the build from src/sheets/help.ts). */
export const HELP_FILE = 'Help';

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** The sidebar opened on one of its tabs (sidebar/main.ts reads data-tab before it builds the tabs). */
function showSidebar(title: string, tab: 'plan' | 'import'): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .append(`<script>document.getElementById('app').dataset.tab = '${tab}';</script>`)
    .setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const openPlanner = (): void => showSidebar('Ultra Tracker: planner', 'plan');
export const openImport = (): void => showSidebar('Ultra Tracker: import activities', 'import');

export function showHelp(): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile(HELP_FILE).setWidth(640).setHeight(560), 'Ultra Tracker help');
}
