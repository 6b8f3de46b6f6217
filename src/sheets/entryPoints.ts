// The add-on's top-level functions: menu handlers and triggers. The build writes one top-level
// function for each into dist/Code.js (see src/main.ts).

import { onOpen, openImport, openPlanner, showHelp } from './menu';
import { setupTracker } from './setup/setupTracker';

export const ADDON_ENTRY_POINTS = {
  onOpen: { doc: 'Trigger: builds the add-on menu (in every authorization mode; reads nothing).', run: () => onOpen() },
  onInstall: { doc: 'Trigger: on install, builds the menu as onOpen does.', run: () => onOpen() },
  setupTracker: { doc: 'Menu "Set up tracker": builds or repairs the Log, Settings, Dashboard and Plan sheets.', run: () => setupTracker() },
  openPlanner: { doc: 'Menu "Open planner": opens the sidebar (dist/Sidebar.html).', run: () => openPlanner() },
  openImport: { doc: 'Menu "Import activities": opens the sidebar (dist/Sidebar.html).', run: () => openImport() },
  showHelp: { doc: 'Menu "Help": how the tracker works, its colours and formulas.', run: () => showHelp() },
};
