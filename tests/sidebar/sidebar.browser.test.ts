// The real dist/Sidebar.html in a real Chromium, google.script.run bridged to the add-on's server
// functions running in the emulator: the planner end to end, the import, text from the sheet shown
// as text, and keyboard-only use. Screenshots go to test-output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Emulator } from '../../emulator';
import { PLAN_HEADER } from '../../src/core/planner/planTable';
import { launchBrowser } from '../support/browser';
import { openSidebar as open, tabToNext, trackerWith } from '../support/sidebarPage';
import { dateIn } from '../support/bundle';
import { addDays } from '../support/logs';
import { GARMIN_MIX, athlete } from '../fixtures/athletes';
import { garminExport } from '../fixtures/garmin';
import { trainingLog, typedLog } from '../support/trainingLog';

jest.setTimeout(120_000); // a hang guard for browser start-up on a loaded machine, not a timing check

const ZONE = 'America/Denver';
const OUT = join(__dirname, '..', '..', 'test-output');
const XSS = '<img src=x onerror="window.__xss = 1">';
/** Eight weeks of training ending Sunday 2026-03-01, the last day with a note that looks like HTML. */
const LOG = typedLog([
  ...trainingLog({ from: '2026-01-05', weeks: 8 }),
  { date: '2026-03-01', type: 'Easy run', distance: 4, duration: 40, rpe: 3, notes: XSS },
]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => browser?.close());

const tracker = (log?: (string | number)[][]): Emulator => trackerWith(ZONE, log);
const openSidebar = (emu: Emulator, menuFunction: 'openPlanner' | 'openImport') => open(browser, emu, menuFunction);

const planRows = (emu: Emulator) =>
  emu.values(`Plan!A2:H40`).filter((r) => r[0] !== '').map((r) => [dateIn(r[0], ZONE), ...r.slice(1)]);

describe('the planner sidebar', () => {
  it('shows the latest day, suggests a week, inserts it and asks before replacing it', async () => {
    const emu = tracker(LOG);
    const page = await openSidebar(emu, 'openPlanner');
    await page.getByRole('heading', { name: /Latest day: Sun 1 Mar/ }).waitFor();
    expect(await page.getByText(/^Alerts: (OK|WATCH|ALERT)$/).count()).toBe(1);
    expect(await page.getByLabel('Long-run day').inputValue()).toBe('Sat');
    // Race distance and cutback cycle start from Settings: their defaults here.
    expect(await page.getByLabel('Race distance').inputValue()).toBe('50 mi');
    expect(await page.getByLabel('Cutback cycle').inputValue()).toBe('3:1');

    await page.getByLabel('Weekly target (mi)').fill('38');
    await page.getByRole('button', { name: 'Suggest my week' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toMatch(/^Week of Mon 2 Mar — .+, [\d.]+ mi of running$/); // the volume rules' week (docs/planner.md)
    const shown = await table.locator('tbody tr').count();
    expect(shown).toBeGreaterThan(7);
    await page.screenshot({ path: join(OUT, 'sidebar-planner.png'), fullPage: true });

    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    await page.getByText(`Inserted ${shown} sessions into the Plan sheet.`).waitFor();
    const inserted = planRows(emu);
    expect(inserted).toHaveLength(shown);
    expect(inserted.map((r) => r[0])).toEqual(expect.arrayContaining([addDays('2026-03-02', 0), addDays('2026-03-02', 5)]));
    expect(inserted.every((r) => r[0] >= '2026-03-02' && r[0] <= '2026-03-08')).toBe(true);
    expect(emu.values('Plan!A1:H1')[0]).toEqual([...PLAN_HEADER]);
    // PLAN_CHECK beside the table finds nothing to report: its header row alone.
    expect(emu.values('Plan!J1:L3')).toEqual([['Date', 'Rule', 'Problem'], ['', '', ''], ['', '', '']]);

    // The same week again: the sidebar asks, and replacing keeps one copy.
    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`The Plan sheet already has ${shown} rows for the week of Mon 2 Mar. Replace them?`).waitFor();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await page.getByText('Nothing was changed.').waitFor();
    await page.getByRole('button', { name: 'Insert into Plan sheet' }).click();
    await page.getByRole('button', { name: 'Replace that week' }).click();
    await page.getByText(`Inserted ${shown} sessions into the Plan sheet (replacing ${shown} rows of that week).`).waitFor();
    expect(planRows(emu)).toEqual(inserted);
    await page.close();
  });

  it('shows text from the sheet as text, never as HTML', async () => {
    const page = await openSidebar(tracker(LOG), 'openPlanner');
    await page.getByText(`Your notes: ${XSS}`).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined(); // page expressions as text: tests compile without the DOM library
    await page.close();
  });

  it('says what to do when the Log is empty, and refuses a bad form in words', async () => {
    const page = await openSidebar(tracker(), 'openPlanner');
    await page.getByText(/Your Log has no dated sessions yet/).waitFor();
    expect(await page.getByRole('button', { name: 'Suggest my week' }).isDisabled()).toBe(true);
    await page.close();

    const filled = await openSidebar(tracker(LOG), 'openPlanner');
    await filled.getByLabel('Weekly target (mi)').fill('-5');
    await filled.getByRole('button', { name: 'Suggest my week' }).click();
    await filled.getByText('Please check the form: targetMiles: Weekly target must be more than 0.').waitFor();
    await filled.close();
  });

  it('works from the keyboard alone', async () => {
    const emu = tracker(LOG);
    const page = await openSidebar(emu, 'openPlanner');
    await page.getByRole('heading', { name: /Latest day/ }).waitFor();
    await page.getByRole('tab', { name: 'Plan my week' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Season');
    expect(await page.getByRole('tab', { name: 'Season' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    // Tab through the form: panel, week start, long-run day (choose Sunday by typing), race date,
    // race distance, target, cutback cycle, injured (Space ticks it), then the button.
    const next = () => tabToNext(page);
    expect(await next()).toBe('panel-plan');
    expect(await next()).toBe('week-start');
    expect(await next()).toBe('long-run-day');
    await page.keyboard.type('Sunday');
    expect(await next()).toBe('race-date');
    expect(await next()).toBe('race-distance');
    expect(await next()).toBe('target');
    expect(await next()).toBe('cycle');
    expect(await next()).toBe('injured');
    await page.keyboard.press('Space');
    expect(await next()).toBe('Suggest my week');
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    const rows = await page.getByRole('table').locator('tbody tr').allTextContents();
    expect(rows.some((r) => /^Sun (AM|PM)/.test(r) && /Long run/.test(r))).toBe(false); // injured: no running at all
    expect(rows.some((r) => /Pool run|Bike|Swim|Elliptical/.test(r))).toBe(true);
    await page.screenshot({ path: join(OUT, 'sidebar-keyboard.png'), fullPage: true });
    await page.close();
  });
});

describe('the import sidebar', () => {
  it('previews an export, imports it, and reports the result', async () => {
    const garmin = garminExport(athlete(GARMIN_MIX));
    const emu = tracker();
    const page = await openSidebar(emu, 'openImport');
    expect(await page.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Export file (CSV)').setInputFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: Buffer.from(garmin.text) });
    await page.getByRole('heading', { name: /Garmin/ }).waitFor();
    const button = page.getByRole('button', { name: /^Import \d+ rows$/ });
    const count = Number((await button.textContent())!.match(/\d+/)![0]);
    expect(count).toBe(garmin.records.length);
    await page.getByText("Read with the export's distances in mi: told by steps × stride length; its pool swims in yards, as Garmin writes them for a miles account (open water in mi).").waitFor();
    await page.screenshot({ path: join(OUT, 'sidebar-import.png'), fullPage: true });
    await button.click();
    await page.getByText(new RegExp(`^Added ${count} rows to the Log; 0 already there`)).waitFor();
    expect(emu.values('Log!A2:A200').filter((r) => r[0] !== '')).toHaveLength(count);
    await page.close();
  });

  it('lists types it does not know with their counts, saves the runner\'s choice in the Type map, and previews again', async () => {
    // A Garmin export whose walks and runs are called by words no table knows: the runs' cadence tells them.
    const garmin = garminExport(athlete(GARMIN_MIX));
    const rucks = garmin.records.filter((r) => r.type === 'Walking').length;
    const runs = garmin.records.filter((r) => r.type === 'Running').length;
    expect(Math.min(rucks, runs)).toBeGreaterThan(1);
    const emu = tracker();
    const page = await openSidebar(emu, 'openImport');
    const text = garmin.text.replace(/^Walking,/gm, 'Rucking,').replace(/^Running,/gm, 'Other,');
    await page.getByLabel('Export file (CSV)').setInputFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const types = page.getByRole('region', { name: 'Types to map' });
    await types.waitFor();
    const rucking = types.getByRole('row', { name: /Rucking/ });
    expect(await rucking.getByRole('cell').nth(1).textContent()).toBe(String(rucks));
    expect(await types.getByRole('row', { name: /Other/ }).count()).toBe(0);
    await page.getByText(`${runs} rows read as runs from their data: Other ×${runs} (a running cadence (140–210 steps a minute)).`).waitFor();
    await page.getByText(/^Distances in mi: Settings → Distance unit\.$/).waitFor();
    await page.getByLabel('Session type for Rucking').selectOption('Hike');
    await page.screenshot({ path: join(OUT, 'sidebar-import-types.png'), fullPage: true });
    await types.getByRole('button', { name: 'Save to Type map and preview again' }).click();
    // Previewed again: Rucking is now a Hike, and the map holds the choice.
    await types.getByRole('row', { name: /Rucking/ }).waitFor({ state: 'detached' });
    const added = page.getByRole('region', { name: 'What the import adds' });
    await added.getByRole('row', { name: /^Hike/ }).waitFor();
    const map = emu.values('Settings!E1:F20').filter((r) => r[0] !== '');
    expect(map).toEqual([['Word', 'Session type'], ['Rucking', 'Hike']]);
    await page.getByRole('button', { name: /^Import \d+ rows$/ }).click();
    await page.getByText(/^Added \d+ rows to the Log/).waitFor();
    // The Log keeps the export's word only where no type is known; Rucking came in as Hike.
    expect(emu.values('Log!B2:B400').filter((r) => r[0] === 'Rucking')).toEqual([]);
    await page.close();
  });

  it('explains a file that is not an export', async () => {
    const page = await openSidebar(tracker(), 'openImport');
    await page.getByLabel('Export file (CSV)').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('when,what\nmonday,ran\n') });
    await page.getByText(/are not those of an export this importer reads/).waitFor();
    await page.close();
  });
});
