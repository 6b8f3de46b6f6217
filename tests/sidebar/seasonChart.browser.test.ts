// The Season tab's chart on its own, drawn in a real Chromium from season rows built here from the
// contract's columns (Week of | Phase | Run | … | Form %): bars per week, the Form line with its
// gaps, the fresh zone and race day where they belong, and the words that say the same.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { addDays } from '../support/logs';

jest.setTimeout(120_000); // a hang guard for browser start-up on a loaded machine, not a timing check

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output');

/** seasonChart bundled for the page, as a global. */
const SCRIPT = buildSync({
  entryPoints: [join(ROOT, 'sidebar', 'seasonChart.ts')], bundle: true, format: 'iife', globalName: 'SeasonChart', platform: 'browser', write: false,
}).outputFiles[0].text;
const STYLES = readFileSync(join(ROOT, 'sidebar', 'styles.css'), 'utf8');

type Row = [string, string, number, number | '', number, number, number, number | '', string];

/** A 3:1 build from 30 mi to a 50 mi peak, a 3-week taper, race week and two recovery weeks; Form null the first week (no Fitness yet). */
function rows(): Row[] {
  const plan: [string, number, number | ''][] = [
    ['Build', 30, ''], ['Build', 33, -8], ['Build', 36, -10], ['Cutback', 27, 6], ['Build', 40, -9], ['Build', 44, -12], ['Peak', 48, -14],
    ['Cutback', 34, 4], ['Peak', 50, -13], ['Taper', 40, -2], ['Taper', 32.5, 6], ['Taper', 25, 12], ['Race', 15, 18], ['Recovery', 12, 25], ['Recovery', 20, 14],
  ];
  return plan.map(([phase, run, form], i) => [addDays('2026-03-02', 7 * i), phase, run, Math.round(run * 0.35), 1, 2, 40 + i, form, '']);
}

const weeksOf = (table: Row[]) => table.map((r) => ({ weekOf: r[0], phase: r[1], run: r[2], formPct: r[7] === '' ? null : r[7] }));
/** Race day: the Saturday of the race week (row 13). */
const RACE = addDays('2026-03-02', 7 * 12 + 5);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 300, height: 400 } });
  await page.setContent(`<html><head><style>${STYLES}</style></head><body><main id="app"></main><script>${SCRIPT}</script></body></html>`);
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => browser?.close());

/** Draws the chart for `weeks` and returns what the page shows of it. */
async function draw(weeks: ReturnType<typeof weeksOf>) {
  return page.evaluate(`(() => {
    const input = { weeks: ${JSON.stringify(weeks)}, raceDate: '${RACE}', unit: 'mi', fresh: { min: 5, max: 25 } };
    const app = document.getElementById('app');
    app.replaceChildren(SeasonChart.seasonChart(input));
    const svg = app.querySelector('svg');
    const box = (el) => { const b = el.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
    return {
      title: svg.querySelector('title').textContent,
      desc: svg.querySelector('desc').textContent,
      labelledBy: svg.getAttribute('aria-labelledby'),
      role: svg.getAttribute('role'),
      bars: [...svg.querySelectorAll('rect.bar')].map((b) => ({ ...box(b), light: b.classList.contains('bar-light'), tip: b.querySelector('title').textContent })),
      fresh: box(svg.querySelector('rect.fresh')),
      zero: box(svg.querySelector('line.zero')),
      path: svg.querySelector('path.form').getAttribute('d'),
      dots: svg.querySelectorAll('circle.form-dot').length,
      race: svg.querySelector('.race line') && box(svg.querySelector('.race line')),
      formTicks: [...svg.querySelectorAll('.form-axis')].map((t) => [t.textContent, Number(t.getAttribute('y'))]),
      caption: app.querySelector('figcaption').textContent,
    };
  })()`) as Promise<{
    title: string; desc: string; labelledBy: string; role: string;
    bars: { x: number; y: number; w: number; h: number; light: boolean; tip: string }[];
    fresh: { y: number; h: number }; zero: { y: number }; path: string; dots: number; race: { x: number } | null;
    formTicks: [string, number][]; caption: string;
  }>;
}

describe('the season chart', () => {
  it('draws a bar per week, taller for more running, lighter when resting', async () => {
    const table = rows();
    const shown = await draw(weeksOf(table));
    expect(shown.bars).toHaveLength(table.length);
    const peak = shown.bars[8];
    expect(shown.bars.every((b) => b.h <= peak.h)).toBe(true);
    expect(shown.bars[1].h / shown.bars[0].h).toBeCloseTo(33 / 30, 2);
    expect(shown.bars.map((b) => b.light)).toEqual(table.map((r) => ['Cutback', 'Taper', 'Race', 'Recovery'].includes(r[1])));
    expect(shown.bars[12].tip).toBe('Week of 25 May: Race, 15 mi, Form +18 %');
    // Left to right in week order.
    expect(shown.bars.map((b) => b.x)).toEqual([...shown.bars.map((b) => b.x)].sort((a, b) => a - b));
    await page.screenshot({ path: join(OUT, 'sidebar-season-chart.png') });
  });

  it('shades the fresh zone between +5 % and +25 % of Form and marks race day in its week', async () => {
    const shown = await draw(weeksOf(rows()));
    const y = (label: string) => shown.formTicks.find(([t]) => t === label)![1] - 3;
    expect(shown.formTicks.map(([t]) => t)).toEqual(['−40 %', '−20 %', '0 %', '+20 %', '+40 %']);
    const yAt = (form: number) => y('0 %') - (form * (y('0 %') - y('+20 %'))) / 20;
    expect(shown.fresh.y).toBeCloseTo(yAt(25), 0);
    expect(shown.fresh.y + shown.fresh.h).toBeCloseTo(yAt(5), 0);
    expect(shown.zero.y).toBeCloseTo(y('0 %'), 0);
    // Saturday of the 13th week: within that week's bar slot, past its middle.
    const raceBar = shown.bars[12];
    expect(shown.race!.x).toBeGreaterThan(raceBar.x + raceBar.w / 2);
    expect(shown.race!.x).toBeLessThan(shown.bars[13].x);
  });

  it('leaves the Form line out where Form is not projected, and says so in words', async () => {
    const shown = await draw(weeksOf(rows()));
    expect(shown.dots).toBe(14);
    expect(shown.path.startsWith('M')).toBe(true);
    expect(shown.path.match(/M/g)).toHaveLength(1);
    expect(shown.role).toBe('img');
    expect(shown.labelledBy).toBe('season-chart-title season-chart-desc');
    expect(shown.title).toBe('Planned weekly running (mi) and projected Form %');
    expect(shown.desc).toBe('15 weeks from 2 Mar: planned running from 30 mi to a peak of 50 mi in the week of 27 Apr, then the taper. '
      + 'Projected Form on race day (30 May): +18 %, in the fresh zone (+5 % to +25 %).');
    expect(shown.caption).toMatch(/planned running .* projected Form % .* fresh zone/);

    const gap = weeksOf(rows()).map((w, i) => (i === 5 ? { ...w, formPct: null } : w));
    expect((await draw(gap)).path.match(/M/g)).toHaveLength(2);
    const stale = weeksOf(rows()).map((w, i) => (i === 12 ? { ...w, formPct: -4 } : w));
    expect((await draw(stale)).desc).toMatch(/\(30 May\): −4 %, below the fresh zone \(\+5 % to \+25 %\)\.$/);
  });
});
