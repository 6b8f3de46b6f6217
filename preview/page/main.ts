// The preview page: the emulated spreadsheet drawn like Sheets — the add-on menu under Extensions,
// a formula bar, the grid, the sheet tabs — redrawn whenever the spreadsheet changes.

import './styles.css';
import { CellView, MenuItemView, SpreadsheetView, editTextOf } from '../contract';
import { el, replaceChildren } from '../../sidebar/dom';
import { api, watchChanges } from './api';
import { Grid, a1 } from './grid';
import { Windows } from './windows';

const root = document.getElementById('app')!;
const windows = new Windows(document.body);
const reference = el('span', { class: 'ref', 'aria-label': 'Selected cell' });
const content = el('span', { class: 'content', 'aria-label': 'Cell content' });
const tabs = el('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Sheets' });
const menuBar = el('nav', { class: 'menubar', 'aria-label': 'Menu' });
const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
let spreadsheet: SpreadsheetView | undefined;
let shownRevision = -1;

const grid = new Grid({
  edit: async (row, col, text) => {
    const sheet = grid.sheetName!;
    try {
      const reply = await api.edit(sheet, row, col, text);
      if (reply.refused) windows.alert('There was a problem', reply.refused);
      if (grid.sheetName === reply.sheet.name) grid.show(reply.sheet);
    } catch (e) {
      windows.alert('Could not save the cell', (e as Error).message);
    }
  },
  select: (row: number, col: number, cell: CellView) => {
    reference.textContent = a1(row, col);
    content.textContent = editTextOf(cell);
  },
});

/** Counts sheet requests, so that only the latest one is drawn when answers cross. */
let opening = 0;
/** The sheet last asked for. */
let wanted: string | undefined;

async function openSheet(name: string): Promise<void> {
  const ticket = ++opening;
  wanted = name;
  const view = await api.sheet(name);
  if (ticket !== opening) return;
  grid.show(view);
  history.replaceState(null, '', `#${encodeURIComponent(name)}`);
  for (const tab of Array.from(tabs.children)) tab.setAttribute('aria-selected', String(tab.textContent === name));
}

function drawTabs(sheets: string[]): void {
  replaceChildren(tabs, ...sheets.map((name) => {
    const tab = el('button', { type: 'button', role: 'tab', class: 'tab', 'aria-selected': String(name === grid.sheetName) }, name);
    tab.addEventListener('click', () => openSheet(name));
    return tab;
  }));
}

async function runItem(item: MenuItemView): Promise<void> {
  status.textContent = `Running ${item.caption}…`;
  try {
    const reply = await api.run(item.functionName);
    windows.show(reply.ui, reply.error);
  } catch (e) {
    windows.alert('Script error', (e as Error).message);
  }
  status.textContent = '';
}

/** Extensions → Ultra Tracker → the items the add-on's onOpen put in its menu. */
function drawMenu(items: (MenuItemView | null)[]): void {
  const list = el('div', { class: 'menu', role: 'menu', hidden: true, 'aria-label': 'Extensions' },
    el('div', { class: 'menu-heading' }, 'Ultra Tracker'),
    ...items.map((item) => {
      if (!item) return el('div', { class: 'separator', role: 'separator' });
      const button = el('button', { type: 'button', role: 'menuitem' }, item.caption);
      button.addEventListener('click', () => {
        list.hidden = true;
        runItem(item);
      });
      return button;
    }));
  const opener = el('button', { type: 'button', class: 'menu-opener', 'aria-haspopup': 'menu' }, 'Extensions');
  opener.addEventListener('click', (e) => {
    e.stopPropagation();
    list.hidden = !list.hidden;
  });
  document.addEventListener('click', () => (list.hidden = true));
  replaceChildren(menuBar, el('div', { class: 'menu-holder' }, opener, list));
}

/** Brings the page up to date with the spreadsheet: its sheets, and the sheet shown. */
async function refresh(): Promise<void> {
  spreadsheet = await api.spreadsheet();
  shownRevision = spreadsheet.revision;
  drawTabs(spreadsheet.sheets);
  const name = wanted ?? decodeURIComponent(location.hash.slice(1));
  await openSheet(spreadsheet.sheets.includes(name) ? name : spreadsheet.active);
}

async function boot(): Promise<void> {
  await refresh();
  const s = spreadsheet!;
  drawMenu(s.menu);
  replaceChildren(root,
    el('header', { class: 'top' },
      el('div', { class: 'title' }, el('h1', {}, s.title), el('small', {}, `Offline preview of the add-on · time zone ${s.timeZone}`)),
      menuBar),
    el('div', { class: 'formula-bar' }, reference, el('span', { class: 'fx' }, 'fx'), content),
    el('div', { class: 'workspace' }, grid.element, windows.panel),
    el('footer', { class: 'bottom' }, tabs, status));
  grid.element.focus();
  watchChanges((revision) => {
    if (revision === shownRevision || grid.editing) status.textContent = '';
    else refresh().then(() => (status.textContent = ''), lost);
  }, () => lost());
}

/** The server stopped (Ctrl-C) or restarted: say so; the page reconnects by itself. */
function lost(): void {
  status.textContent = 'The preview server is not answering: is npm start still running?';
}

boot().catch((e) => replaceChildren(root, el('p', { class: 'loading' }, `The preview could not load: ${(e as Error).message}. Is npm start still running?`)));
