// `npm start` as a runner meets it: the preview in a real Chromium. The Dashboard shows the demo's
// numbers — the formulas of dist/Code.js called directly on the same Log give the same — with the
// alert colours; the menu opens the real sidebar, whose week and season land on the Plan tab; an edit of the
// Log changes the Dashboard, and is still there after a restart. Screenshots go to test-output/
// (UPDATE_DOCS_SCREENSHOT=1 also writes docs/preview.png for the README).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { demoLog } from '../../preview/demoLog';
import { DASHBOARD } from '../../src/sheets/setup/dashboardSheet';
import { RED } from '../../src/sheets/setup/palette';
import { launchBrowser } from '../support/browser';
import { loadBundle } from '../support/bundle';
import { addDays, logTable, midnight } from '../support/logs';
import { RunningPreview, startPreview } from '../support/preview';

jest.setTimeout(180_000); // a hang guard for the browser and the server, not a timing assertion

const ZONE = 'America/New_York';
const OUT = join(__dirname, '..', '..', 'test-output');
const statePath = join(mkdtempSync(join(tmpdir(), 'preview-browser-')), 'state.json');
const bundle = loadBundle({ spreadsheetZone: ZONE });

let preview: RunningPreview;
let browser: Browser;
let page: Page;
/** Script errors in the page: none may happen. */
const pageErrors: string[] = [];

const start = () => startPreview(['--port', '0', '--state', statePath], { TZ: ZONE });

async function shot(name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `preview-${name}.png`);
  await page.screenshot({ path });
  return path;
}

async function showSheet(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`.grid-wrap[data-sheet="${name}"]`).waitFor();
}

/** Every cell's text on the page, by A1. */
async function cells(): Promise<Record<string, string>> {
  const pairs = await page.$$eval('td[data-a1]', (tds) => tds.map((td) => [td.getAttribute('data-a1')!, td.textContent ?? '']));
  return Object.fromEntries(pairs);
}

const col = (n: number) => String.fromCharCode(64 + n); // 1-based column → letter (A–Z)
const fixed = (v: unknown, digits: number) => (typeof v === 'number' ? v.toFixed(digits) : '');

/** What the Dashboard's tables hold, as the formulas compute them on a Log and show them. */
function expectedDashboard(log: unknown[][], month: Date): Record<string, string> {
  const out: Record<string, string> = {};
  const table = (name: string, area: { row: number; col: number }, columns: [number, (v: unknown) => string][], ...args: unknown[]) => {
    const rows = bundle.call(name, log, month, ...args) as unknown[][];
    rows.slice(1).forEach((r, i) => {
      for (const [offset, show] of columns) out[`${col(area.col + offset)}${area.row + 1 + i}`] = show(r[offset]);
    });
  };
  table('WEEKLY_MILES', DASHBOARD.weekly, [[1, (v) => fixed(v, 1)], [2, (v) => fixed(v, 1)], [3, (v) => fixed(v, 1)]]);
  table('FITNESS_TREND', DASHBOARD.daily, [[1, (v) => fixed(v, 0)], [2, (v) => fixed(v, 0)], [3, (v) => fixed(v, 0)], [6, (v) => fixed(v, 2)]]);
  table('RECOVERY_SCORE', DASHBOARD.recovery, [[1, (v) => fixed(v, 0)], [2, String]]);
  table('BURNOUT_ALERTS', DASHBOARD.alerts, [[1, String]]);
  return out;
}

/** A cell's computed background and weight (run in the page; the tests' own types have no DOM). */
const styleOf = (cell: Locator) =>
  cell.evaluate((td) => {
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; fontWeight: string } }).getComputedStyle(td);
    return { background: style.backgroundColor, weight: style.fontWeight };
  });

const pick = (all: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, all[k]]));

beforeAll(async () => {
  [preview, browser] = await Promise.all([start(), launchBrowser()]);
  // uPlot formats numbers in the browser's language: give the headless browser one.
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterEach(() => expect(pageErrors).toEqual([]));

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('npm start in the browser', () => {
  const lastDay = () => JSON.parse(readFileSync(statePath, 'utf8')).base.lastDay as string;
  const rows = () => demoLog(lastDay());
  const month = () => midnight(`${lastDay().slice(0, 8)}01`, ZONE);
  /** The Log's last row (1-based): the demo's last session, which always has a duration. */
  const lastRow = () => rows().length + 1;
  const newDuration = () => String(Number(rows()[rows().length - 1].duration) + 60);
  const editedLog = () => logTable(rows().map((r, i, all) => (i === all.length - 1 ? { ...r, duration: Number(newDuration()) } : r)), ZONE);

  it('opens on the Dashboard with the Today block in the first screen at 1280 × 720, logging no console error', async () => {
    const small = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    const problems: string[] = [];
    small.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    small.on('pageerror', (e) => problems.push(e.message));
    small.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await small.goto(preview.url);
    await small.locator('.grid-wrap[data-sheet="Dashboard"]').waitFor();
    await small.locator('figure.chart canvas').first().waitFor();
    const corners = await Promise.all(['A1', 'D8'].map((a1) => small.locator(`td[data-a1="${a1}"]`).boundingBox()));
    for (const box of corners) {
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    }
    await expect(small.locator('td[data-a1="A2"]').textContent()).resolves.toBe('Latest day');
    await small.screenshot({ path: join(OUT, 'preview-first-screen.png') });
    await small.close();
    expect(problems).toEqual([]);
  });

  it('shows the Dashboard with the numbers of the formulas and the alert colours', async () => {
    await page.goto(preview.url);
    await page.locator('.grid-wrap[data-sheet="Dashboard"]').waitFor();
    await page.getByText(`time zone ${ZONE}`).waitFor();
    const expected = expectedDashboard(logTable(rows(), ZONE), month());
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(pick(await cells(), Object.keys(expected))).toEqual(expected);

    const levelColumn = col(DASHBOARD.alerts.col + 1);
    const alert = page.locator(`td[data-a1^="${levelColumn}"]`, { hasText: /^ALERT$/ }).first();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(RED.background.slice(i, i + 2), 16));
    expect(await styleOf(alert)).toEqual({ background: `rgb(${r}, ${g}, ${b})`, weight: '700' });
    const calm = page.locator(`td[data-a1^="${levelColumn}"]`, { hasText: /^(OK|WATCH)$/ }).first();
    expect((await styleOf(calm)).background).not.toBe(`rgb(${r}, ${g}, ${b})`);

    await expect(page.locator('figure.chart canvas').count()).resolves.toBe(2);
    await expect(page.locator('figure.chart .u-title').allTextContents()).resolves.toEqual(['Fitness, fatigue and Form %: 12 weeks', 'Weekly run distance, long run and elevation gain: 12 weeks']);
    await shot('dashboard');
  });

  it('opens the planner from the menu; the suggested week goes into the Plan tab', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open planner' }).click();
    const sidebar = page.frameLocator('iframe[name="sidebar"]');
    await sidebar.getByRole('button', { name: 'Suggest my week' }).click();
    const insert = sidebar.getByRole('button', { name: 'Insert into Plan sheet' });
    await insert.waitFor();
    const path = await shot('planner');
    if (process.env.UPDATE_DOCS_SCREENSHOT) copyFileSync(path, join(__dirname, '..', '..', 'docs', 'preview.png'));
    await insert.click();
    const done = await sidebar.getByText(/^Inserted \d+ sessions into the Plan sheet/).textContent();
    const sessions = Number(/Inserted (\d+)/.exec(done!)![1]);

    await showSheet('Plan');
    const plan = await cells();
    const day = new Date(`${lastDay()}T00:00:00Z`).getUTCDay();
    const monday = addDays(lastDay(), ((8 - day) % 7) || 7); // the Monday after the last logged day
    expect(plan.A2).toBe(monday);
    expect(plan[`A${sessions + 1}`]).toBe(addDays(monday, 6));
    expect(plan[`A${sessions + 2}`]).toBe('');
    expect(Object.entries(plan).filter(([a1, t]) => /^D\d+$/.test(a1) && t === 'Long run')).toHaveLength(1);
  });

  it('plans the season on the Season tab; its table goes into the Plan tab beside the week', async () => {
    const sidebar = page.frameLocator('iframe[name="sidebar"]');
    await sidebar.getByRole('tab', { name: 'Season' }).click();
    const panel = sidebar.locator('#panel-season');
    const race = addDays(lastDay(), 12 * 7);
    await panel.getByLabel('Race date').fill(race);
    await panel.getByLabel('Race distance').fill('50 km');
    await panel.getByRole('button', { name: 'Plan my season' }).click();
    await panel.getByRole('img', { name: /Planned weekly running \(mi\) and projected Form %/ }).waitFor();
    const weeks = await panel.locator('#season-table tbody tr:not(.week-notes)').count();
    expect(weeks).toBeGreaterThan(12);
    await shot('season');
    await panel.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    await panel.getByText(`Inserted ${weeks} weeks into the Plan sheet at N1:V${weeks + 1}.`).waitFor();

    await showSheet('Plan');
    const plan = await cells();
    expect(['N1', 'O1', 'V1'].map((a) => plan[a])).toEqual(['Week of', 'Phase', 'Notes']);
    expect(plan.N2).toBe(addDays(lastDay(), ((8 - new Date(`${lastDay()}T00:00:00Z`).getUTCDay()) % 7) || 7));
    expect(Object.entries(plan).filter(([a1, t]) => /^O\d+$/.test(a1) && t === 'Race')).toHaveLength(1);
    expect(plan[`N${weeks + 2}`]).toBe('');
  });

  it('recalculates the Dashboard when a Log cell is edited', async () => {
    await showSheet('Log');
    const cell = page.locator(`td[data-a1="D${lastRow()}"]`);
    await expect(cell.textContent()).resolves.toBe(String(rows()[rows().length - 1].duration));
    await cell.dblclick();
    await page.locator('input.editor').fill(newDuration());
    await page.keyboard.press('Enter');
    await page.locator(`td[data-a1="D${lastRow()}"]`, { hasText: newDuration() }).waitFor();

    await showSheet('Dashboard');
    const before = expectedDashboard(logTable(rows(), ZONE), month());
    const after = expectedDashboard(editedLog(), month());
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(changed.length).toBeGreaterThan(0);
    expect(pick(await cells(), Object.keys(after))).toEqual(after);
    await shot('edited');
  });

  it('keeps the edit and the inserted week after a restart', async () => {
    expect(await preview.stop()).toBe(0);
    preview = await start();
    expect(preview.output()).toMatch(/with your 3 saved changes/);
    await page.goto(`${preview.url}/#Log`);
    await page.locator('.grid-wrap[data-sheet="Log"]').waitFor();
    expect((await cells())[`D${lastRow()}`]).toBe(newDuration());
    await showSheet('Dashboard');
    const after = expectedDashboard(editedLog(), month());
    expect(pick(await cells(), Object.keys(after))).toEqual(after);
    await showSheet('Plan');
    expect((await cells()).A2).not.toBe('');
    expect((await cells()).N1).toBe('Week of');
    await shot('restarted');
  });
});
