// The add-on's top-level functions: menu handlers, triggers and the sidebar's server functions.
// The build writes one top-level function for each into dist/Code.js (see src/main.ts).

import type { EntryPoint } from '../main';
import { onOpen, openImport, openPlanner, showHelp } from './menu';
import { setupTracker } from './setup/setupTracker';
import { getPlannerState, insertPlan, insertSeason, planSeason, suggestWeek } from './plannerServer';
import { importActivities, previewImport } from './import';
import { saveTypeMap } from './typeMapTable';

export const ADDON_ENTRY_POINTS: Record<string, EntryPoint> = {
  onOpen: { doc: 'Trigger: builds the add-on menu (in every authorization mode; reads nothing).', run: () => onOpen() },
  onInstall: { doc: 'Trigger: on install, builds the menu as onOpen does.', run: () => onOpen() },
  setupTracker: { doc: 'Menu "Set up tracker": builds or repairs the Log, Settings, Dashboard and Plan sheets.', run: () => setupTracker() },
  openPlanner: { doc: 'Menu "Open planner": opens the sidebar (dist/Sidebar.html).', run: () => openPlanner() },
  openImport: { doc: 'Menu "Import activities": opens the sidebar (dist/Sidebar.html).', run: () => openImport() },
  showHelp: { doc: 'Menu "Help": how the tracker works, its colours and formulas.', run: () => showHelp() },
  getPlannerState: { doc: 'Sidebar: the runner\'s latest recovery and alerts, and the planner form\'s defaults from Settings.', run: () => getPlannerState() },
  suggestWeek: { doc: 'Sidebar: the suggested week for the planner form\'s request.', run: (request) => suggestWeek(request) },
  insertPlan: { doc: 'Sidebar: writes the suggested week into the Plan sheet (asks before replacing a week already there).', run: (request) => insertPlan(request) },
  planSeason: { doc: 'Sidebar: the season to race day (SEASON_PLAN\'s table) for the Season tab\'s request.', run: (request) => planSeason(request) },
  insertSeason: { doc: 'Sidebar: writes the season table into the Plan sheet (asks before replacing a season already there).', run: (request) => insertSeason(request) },
  previewImport: { doc: 'Sidebar: what importing this CSV export would add to the Log; writes nothing.', run: (csv) => previewImport(csv) },
  importActivities: { doc: 'Sidebar: appends the new rows of this CSV export to the Log.', run: (csv) => importActivities(csv) },
  saveTypeMap: { doc: 'Sidebar: saves the runner\'s choice of session type for export types into the Type map on Settings.', run: (entries) => saveTypeMap(entries) },
};
