// The spreadsheet behind `npm start`, in process: the demo set up by the add-on itself, what the
// page is sent, edits and add-on runs journalled and replayed, refusals and failures kept out.
import { DIST } from '../../emulator';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { DASHBOARD } from '../../src/sheets/setup/dashboardSheet';
import { RED } from '../../src/sheets/setup/palette';
import { readBundle } from '../support/bundle';
import { demoLog } from '../../preview/demoLog';
import { SavedState } from '../../preview/store';
import { Opened, openTracker } from '../../preview/tracker';
import type { SheetView } from '../../preview/contract';

const CODE = readBundle();
const LAST = '2026-03-18';
const demo = (): SavedState => ({ version: 1, timeZone: 'Europe/London', base: { kind: 'demo', lastDay: LAST }, journal: [] });

function open(state: SavedState): Opened & { saved: SavedState[] } {
  const saved: SavedState[] = [];
  return { ...openTracker(state, { code: CODE, dist: DIST, save: (s) => saved.push(JSON.parse(JSON.stringify(s))) }), saved };
}

const text = (view: SheetView, row: number, col: number) => view.cells[row][col].text ?? '';
/** The Log's last row: the demo's last session. */
const lastLogRow = demoLog(LAST).length; // 0-based: header is row 0

describe('the preview spreadsheet', () => {
  const { tracker, saved } = open(demo());

  it('is the demo Log set up by the add-on: its sheets, the Dashboard shown, the add-on menu', () => {
    const s = tracker.spreadsheet();
    expect(s.sheets).toEqual(['Dashboard', 'Plan', 'Settings', 'Sheet1', 'Log']); // the demo's Log is the runner's: it stays where it was
    expect(s.active).toBe('Dashboard');
    expect(s.timeZone).toBe('Europe/London');
    expect(s.menu).toEqual(MENU_ITEMS.map((i) => (i ? { caption: i[0], functionName: i[1] } : null)));
    expect(saved).toEqual([demo()]);
  });

  it('sends a sheet as Sheets shows it: display text, colours, frozen rows, widths, charts', () => {
    const view = tracker.sheet('Dashboard');
    expect(view.frozenRows).toBe(0);
    expect(view.columnWidths).toHaveLength(26);
    expect(text(view, DASHBOARD.month.row - 1, DASHBOARD.month.col - 1)).toBe('March 2026');
    expect(view.cells[0][0].edit).toMatch(/^=TODAY_STATUS\(Log!A1:O, Plan!A1:H, /);
    expect(text(view, 1, 0)).toBe('Latest day');
    expect(view.cells[DASHBOARD.weekly.row - 1][0].edit).toMatch(/^=WEEKLY_MILES\(Log!A1:O, \$B\$26/);
    const levels = view.cells.map((row) => row[DASHBOARD.alerts.col]);
    const alert = levels.find((c) => c.text === 'ALERT')!;
    expect(alert).toMatchObject({ background: RED.background, bold: true });
    expect(levels.find((c) => c.text === 'WATCH' || c.text === 'OK')!.background).not.toBe(RED.background);
    const [fitness, weekly] = view.charts;
    expect(fitness).toMatchObject({ type: 'LINE', anchor: { row: 10, column: 1 }, rightPercent: true });
    expect(fitness.series.map((s) => [s.name, s.axis])).toEqual([['Fatigue', 0], ['Fitness', 0], ['Form %', 1]]);
    expect(fitness.labels).toHaveLength(84); // 12 weeks to 18 March
    expect(weekly).toMatchObject({ type: 'COMBO', anchor: { row: 10, column: 7 }, axisMin: [0, 0] });
    expect(weekly.series.map((s) => [s.name, s.line])).toEqual([['Run', false], ['Elevation gain', true], ['Long run', false]]);
    expect(weekly.labels).toHaveLength(12);
    expect(weekly.series[0].values[11]).toBe(Number(text(view, DASHBOARD.trendWeeks.row + 11, DASHBOARD.trendWeeks.col)));
  });

  it('edits like typing, journals the edit, and a restart replays it', () => {
    const before = tracker.sheet('Dashboard');
    const reply = tracker.edit('Log', lastLogRow, 3, '240');
    expect(reply.refused).toBeUndefined();
    expect(text(reply.sheet, lastLogRow, 3)).toBe('240');
    const after = tracker.sheet('Dashboard');
    expect(after.cells).not.toEqual(before.cells);
    expect(saved[saved.length - 1].journal).toEqual([{ kind: 'edit', sheet: 'Log', row: lastLogRow, col: 3, text: '240' }]);

    const again = open(saved[saved.length - 1]);
    expect(again.notReplayed).toEqual([]);
    expect(again.tracker.sheet('Dashboard').cells).toEqual(after.cells);
  });

  it('refuses what a rule refuses, writing and journalling nothing', () => {
    const settings = tracker.sheet('Settings');
    const row = settings.cells.findIndex((r) => r[0].text === 'Distance unit');
    const journal = saved[saved.length - 1].journal.length;
    const reply = tracker.edit('Settings', row, 1, 'miles');
    expect(reply.refused).toMatch(/mi or km/);
    expect(text(reply.sheet, row, 1)).toBe('mi');
    expect(saved[saved.length - 1].journal).toHaveLength(journal);
    expect(() => tracker.edit('Nowhere', 0, 0, '1')).toThrow('There is no sheet named "Nowhere".');
    expect(() => tracker.edit('Log', 5000, 0, '1')).toThrow('Log!A5001 is outside the sheet.');
  });

  it('runs menu items and returns what they showed; the sidebar gets google.script.run', () => {
    const help = tracker.runMenuItem('showHelp');
    expect(help.ui.dialog).toMatchObject({ title: 'Ultra Tracker help', width: 640, height: 560 });
    expect(tracker.dialogHtml(help.ui.dialog!.id)).toContain('<b>WEEKLY_MILES</b>');
    const planner = tracker.runMenuItem('openPlanner');
    expect(planner.ui.sidebar).toEqual({ id: 0, title: 'Ultra Tracker: planner' });
    const html = tracker.sidebarHtml(0)!;
    expect(html.indexOf("fetch('/rpc'")).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf("fetch('/rpc'")).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain("dataset.tab = 'plan'");
    expect(tracker.runMenuItem('setupTracker').ui.toasts.map((t) => t.message)).toEqual(['Tracker checked: everything is in place.']);
    expect(tracker.runMenuItem('eval')).toEqual({ ui: { toasts: [], alerts: [] }, error: 'The add-on menu has no item running eval.' });
    expect(tracker.sidebarHtml(7)).toBeUndefined();
  });

  it('answers the sidebar, journalling what wrote to the spreadsheet', () => {
    const journal = () => saved[saved.length - 1].journal;
    const before = journal().length;
    const week = tracker.scriptRun('suggestWeek', [{}]);
    expect(week.ok).toBe(true);
    expect(journal()).toHaveLength(before);
    const plan = (week as { value: { plan: { weekStart: string; rows: unknown[][] } } }).value.plan;
    const inserted = tracker.scriptRun('insertPlan', [{ weekStart: plan.weekStart, rows: plan.rows, replace: false }]);
    expect(inserted).toEqual({ ok: true, value: { status: 'inserted', rows: plan.rows.length, replaced: 0 } });
    expect(journal()[journal().length - 1]).toEqual({ kind: 'run', name: 'insertPlan', args: [{ weekStart: plan.weekStart, rows: plan.rows, replace: false }] });
    expect(text(tracker.sheet('Plan'), 1, 0)).toBe(plan.weekStart);
    expect(tracker.scriptRun('importActivities', ['a,b\n1,2\n'])).toEqual({ ok: false, message: expect.stringMatching(/^This file's columns \("a", "b", …\) are not those of an export/) });
    expect(journal().filter((e) => e.kind === 'run' && e.name === 'importActivities')).toEqual([]);

    const again = open(saved[saved.length - 1]);
    expect(text(again.tracker.sheet('Plan'), 1, 0)).toBe(plan.weekStart);
  });

  it('drops, and reports, a saved change that no longer replays', () => {
    const state = { ...demo(), journal: [{ kind: 'run' as const, name: 'noSuchFunction', args: [] }, { kind: 'edit' as const, sheet: 'Log', row: 1, col: 1, text: 'Tempo' }] };
    const again = open(state);
    expect(again.notReplayed).toEqual(['noSuchFunction: Script function not found: noSuchFunction']);
    expect(again.saved[0].journal).toEqual([state.journal[1]]);
    expect(text(again.tracker.sheet('Log'), 1, 1)).toBe('Tempo');
  });
});
