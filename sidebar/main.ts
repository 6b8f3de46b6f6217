// The sidebar: tabs for the week's planner, the season and the import, each a panel of its own.
import { el, replaceChildren } from './dom';
import { plannerTab } from './plannerTab';
import { importTab } from './importTab';
import { seasonTab } from './seasonTab';
import { server } from './server';

const TABS = [
  { id: 'plan', label: 'Plan my week', open: plannerTab },
  { id: 'season', label: 'Season', open: seasonTab },
  { id: 'import', label: 'Import', open: importTab },
] as const;

function boot(root: HTMLElement): void {
  const tablist = el('div', { role: 'tablist', 'aria-label': 'Ultra Tracker' });
  const panels = TABS.map((t) => el('section', { role: 'tabpanel', id: `panel-${t.id}`, 'aria-labelledby': `tab-${t.id}`, tabindex: '0' }));
  const tabs = TABS.map((t, i) => {
    const tab = el('button', { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}` }, t.label);
    tab.addEventListener('click', () => select(i));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) select((i + step + TABS.length) % TABS.length, true);
    });
    return tab;
  });
  const opened = new Set<number>();
  function select(i: number, focus = false) {
    tabs.forEach((t, j) => {
      t.setAttribute('aria-selected', String(i === j));
      t.tabIndex = i === j ? 0 : -1;
      panels[j].hidden = i !== j;
    });
    if (focus) tabs[i].focus();
    if (!opened.has(i)) {
      opened.add(i);
      TABS[i].open(server, panels[i]);
    }
  }
  replaceChildren(tablist, ...tabs);
  // The menu item that opened the sidebar names its tab in data-tab (see src/sheets/menu.ts).
  const first = TABS.findIndex((t) => t.id === root.dataset.tab);
  replaceChildren(root, tablist, ...panels);
  select(Math.max(0, first));
}

// After the whole page has parsed: the menu item that opened the sidebar may append a script naming its tab.
document.addEventListener('DOMContentLoaded', () => boot(document.getElementById('app')!));
