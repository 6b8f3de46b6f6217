// The Season tab of the real dist/Sidebar.html in a real Chromium, its server functions running in
// the emulator: on a realistic athlete's log it shows SEASON_PLAN's table and the chart, inserts the
// table into the Plan sheet and asks before replacing it; refuses bad input in words; shows text as
// text; works from the keyboard alone. Screenshots go to test-output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { Emulator } from '../../emulator';
import { generateAthlete, progression } from '../../scenarios/athlete';
import { SEASON_HEADER } from '../../src/core/planner/seasonTable';
import { PLAN_HEADER } from '../../src/core/planner/planTable';
import { launchBrowser } from '../support/browser';
import { dateIn, loadBundle } from '../support/bundle';
import { openSidebar, tabToNext, trackerWith } from '../support/sidebarPage';

jest.setTimeout(120_000); // a hang guard for browser start-up on a loaded machine, not a timing check

const ZONE = 'Europe/Berlin';
const OUT = join(__dirname, '..', '..', 'test-output');
const XSS = '<img src=x onerror="window.__xss = 1">';
/** 13 weeks of a 3:1 build from 30 mi, ending Sunday 2026-03-01; the race 15 weeks later. */
const ATHLETE = generateAthlete({ seed: 12, start: '2025-12-01', weeks: progression({ weeks: 13, startRun: 30, peak: 45 }) });
const LOG = [ATHLETE.header, ...ATHLETE.rows];
const RACE = '2026-06-13';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => browser?.close());

/** The tracker with the race in Settings, as a runner would have typed it. */
function tracker(): Emulator {
  const emu = trackerWith(ZONE, LOG);
  emu.spreadsheet.getRangeByName('RaceDate')!.setValue(RACE);
  emu.spreadsheet.getRangeByName('RaceDistance')!.setValue('100 km');
  return emu;
}

/** The sidebar opened on the Season tab, and that tab's panel (the week's form has fields of the same names). */
async function seasonTab(emu: Emulator): Promise<{ page: Page; panel: Locator }> {
  const page = await openSidebar(browser, emu, 'openPlanner');
  await page.getByRole('tab', { name: 'Season' }).click();
  const panel = page.locator('#panel-season');
  await panel.getByRole('button', { name: 'Plan my season' }).waitFor();
  return { page, panel };
}

/** SEASON_PLAN on the same log and arguments, called on the built bundle: what the tab must show and insert. */
function formulaSeason(emu: Emulator): unknown[][] {
  const bundle = loadBundle({ spreadsheetZone: ZONE });
  const rows = bundle.call('SEASON_PLAN', emu.values('Log!A1:K'), RACE, '100 km', 'Sat', '', '3:1') as unknown[][];
  // −0 (a Form % that rounds to zero from below) crosses google.script.run as 0, as JSON has no −0.
  return rows.slice(1).map(([week, ...rest]) => [dateIn(week, ZONE), ...rest.map((v) => (v === 0 ? 0 : v))]);
}

const seasonCells = (emu: Emulator, rows: number) =>
  emu.values(`Plan!N1:V${rows + 1}`).map((r, i) => (i === 0 || r[0] === '' ? r : [dateIn(r[0], ZONE), ...r.slice(1)]));

describe('the Season tab', () => {
  it('shows the season and its chart, inserts the table into the Plan sheet, and asks before replacing it', async () => {
    const emu = tracker();
    const { page, panel } = await seasonTab(emu);
    expect(await panel.getByLabel('Race date').inputValue()).toBe(RACE);
    expect(await panel.getByLabel('Race distance').inputValue()).toBe('100 km');
    expect(await panel.getByLabel('Cutback cycle').inputValue()).toBe('3:1');
    await panel.getByRole('button', { name: 'Plan my season' }).click();

    const expected = formulaSeason(emu);
    expect(expected.map((r) => r[1])).toEqual(expect.arrayContaining(['Build', 'Cutback', 'Taper', 'Race', 'Recovery']));
    const table = panel.getByRole('table');
    await table.waitFor();
    expect(await page.getByRole('heading', { name: /^Season to Sat 13 Jun: 100 km, 3:1 cycle$/ }).count()).toBe(1);
    const weeks = table.locator('tbody tr:not(.week-notes)');
    expect(await weeks.count()).toBe(expected.length);
    // Each week as SEASON_PLAN gives it: phase and run distance.
    const shown = await weeks.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(shown.map((r) => [r[1], Number(r[2])])).toEqual(expected.map((r) => [r[1], Math.round(Number(r[2]) * 10) / 10]));
    // The headings as SEASON_PLAN's (soft hyphens aside), Notes on a line below each week.
    expect((await table.locator('thead th').allTextContents()).map((t) => t.replace(/\u00ad/g, ''))).toEqual(SEASON_HEADER.slice(0, 8));
    expect(await table.locator('tr.week-notes').first().textContent()).toBe(`Notes: ${expected[0][8]}`);
    // The table fits the sidebar: nothing to scroll sideways.
    expect(await page.locator('#season-table').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);

    const chart = page.getByRole('img', { name: /Planned weekly running \(mi\) and projected Form %/ });
    await chart.waitFor();
    expect(await chart.locator('rect.bar').count()).toBe(expected.length);
    expect(await chart.locator('.race text').textContent()).toBe('Race');
    const raceForm = expected.find((r) => r[1] === 'Race')![7] as number;
    const signed = `${raceForm > 0 ? '+' : raceForm < 0 ? '−' : ''}${Math.abs(Math.round(raceForm))} %`;
    expect(await chart.locator('desc').textContent()).toMatch(new RegExp(`Projected Form on race day \\(13 Jun\\): \\${signed}, (in|below|above) the fresh zone`));
    await page.screenshot({ path: join(OUT, 'sidebar-season.png'), fullPage: true });

    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    const range = `N1:V${expected.length + 1}`;
    await page.getByText(`Inserted ${expected.length} weeks into the Plan sheet at ${range}.`).waitFor();
    const inserted = seasonCells(emu, expected.length);
    expect(inserted).toEqual([[...SEASON_HEADER], ...expected]);
    // The week's table and PLAN_CHECK beside it are untouched.
    expect(emu.values('Plan!A1:H2')).toEqual([[...PLAN_HEADER], Array(PLAN_HEADER.length).fill('')]);
    expect(emu.values('Plan!J1:L2')).toEqual([['Date', 'Rule', 'Problem'], ['', '', '']]);

    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`The Plan sheet already has a season plan (${expected.length} rows at ${range}). Replace it?`).waitFor();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await page.getByText('Nothing was changed.').waitFor();
    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    await page.getByRole('button', { name: 'Replace that season' }).click();
    await page.getByText(`Inserted ${expected.length} weeks into the Plan sheet at ${range} (replacing the ${expected.length} rows of the season there).`).waitFor();
    expect(seasonCells(emu, expected.length + 1)).toEqual([[...SEASON_HEADER], ...expected, Array(SEASON_HEADER.length).fill('')]);
    await page.close();
  });

  it('refuses bad input in words, showing what was typed as text', async () => {
    const emu = tracker();
    const { page, panel } = await seasonTab(emu);
    await panel.getByLabel('Race distance').fill(XSS);
    await panel.getByRole('button', { name: 'Plan my season' }).click();
    await page.getByText(/^Please check the form: raceDistance: Race distance must be a distance like "100 mi"/).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();

    await panel.getByLabel('Race distance').fill('50 mi');
    await panel.getByLabel('Race date').fill('');
    await panel.getByRole('button', { name: 'Plan my season' }).click();
    await page.getByText('Please check the form: raceDate: Race date must be a date like 2026-03-02.').waitFor();

    // A race before the log's last day: the planner's reason, naming the race date.
    await panel.getByLabel('Race date').fill('2026-02-14');
    await panel.getByRole('button', { name: 'Plan my season' }).click();
    await page.getByText(/^Could not plan the season: Season plan: race date 2026-02-14 must come after the log's last day \(2026-03-01\)/).waitFor();
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const emu = tracker();
    const page = await openSidebar(browser, emu, 'openPlanner');
    await page.getByRole('heading', { name: /Latest day/ }).waitFor();
    await page.getByRole('tab', { name: 'Plan my week' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Plan my season' }).waitFor();
    const next = () => tabToNext(page);
    expect(await next()).toBe('panel-season');
    expect(await next()).toBe('season-race-date');
    expect(await next()).toBe('season-race-distance');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50 mi');
    expect(await next()).toBe('season-long-run-day');
    expect(await next()).toBe('season-peak');
    expect(await next()).toBe('season-cycle');
    await page.keyboard.type('2');
    expect(await next()).toBe('Plan my season');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Season to Sat 13 Jun: 50 mi, 2:1 cycle$/ }).waitFor();
    // The table scrolls as a region of its own, then the insert button.
    expect(await next()).toBe('season-table');
    expect(await next()).toBe('Insert into Plan sheet');
    await page.keyboard.press('Enter');
    await page.getByText(/^Inserted \d+ weeks into the Plan sheet at N1:V\d+\.$/).waitFor();
    expect(emu.values('Plan!O2:O40').flat()).toContain('Cutback');
    await page.screenshot({ path: join(OUT, 'sidebar-season-keyboard.png'), fullPage: true });
    await page.close();
  });
});
