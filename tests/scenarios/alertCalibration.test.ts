// coaching.md, "Alerts and recovery, recalibrated": BURNOUT_ALERTS and RECOVERY_SCORE on seeded
// athletes, through the built dist/Code.js as Sheets calls them. A sensible build is rarely flagged;
// each overreaching pattern is flagged in time. The figures of every scenario and seed are printed
// and written to test-output/alert-calibration.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Athlete, AthleteOptions, Episode, addDays, generateAthlete, progression } from '../../scenarios/athlete';
import { dateIn, loadBundle } from '../support/bundle';
import { midnight } from '../support/logs';

const SEEDS = [1, 2, 3, 4, 5];
const START = '2026-01-05'; // a Monday
const bundle = loadBundle({ spreadsheetZone: 'Etc/UTC' });

/** The log as Sheets hands a range to a formula: dates as Date cells. */
const table = (a: Athlete): unknown[][] => [a.header, ...a.rows.map((r) => [midnight(String(r[0]), 'Etc/UTC'), ...r.slice(1)])];

interface Day {
  level: string;
  reasons: string;
  acwr: number | '';
  recovery: string;
}

function formulasOn(a: Athlete): Day[] {
  const t = table(a);
  const alerts = (bundle.call('BURNOUT_ALERTS', t) as unknown[][]).slice(1);
  const load = (bundle.call('TRAINING_LOAD', t) as unknown[][]).slice(1);
  const recovery = (bundle.call('RECOVERY_SCORE', t) as unknown[][]).slice(1);
  return alerts.map((row, i) => ({
    level: String(row[1]), reasons: String(row[2]), acwr: load[i][5] as number | '', recovery: String(recovery[i][2]),
  }));
}

/** A 16-week 3:1 build, 32 → 60 mi, long run up to 22 mi (≤ +10 %/week, long run ≤ 40 %). */
const BUILD = progression({ weeks: 16, startRun: 32, peak: 60, longMax: 22, cycle: 3, growth: 0.06 });
/** A masters runner's 2:1 cycle, 25 → 45 mi. */
const MASTERS = progression({ weeks: 16, startRun: 25, peak: 45, longMax: 18, cycle: 2, growth: 0.06, cutback: 0.75 });
/** Episodes start on the Monday of week 10, after 9 weeks of history. */
const EPISODE_DAY = 9 * 7;
const episode = (kind: Episode['kind']): Episode => ({ kind, start: addDays(START, EPISODE_DAY) });

const figures: string[] = [];
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
const count = (days: Day[], level: string) => days.filter((d) => d.level === level).length;

afterAll(() => {
  const text = ['# Alert calibration (coaching.md), per scenario and seed', '', '| scenario | seed | figures |', '|---|---|---|', ...figures, ''].join('\n');
  const dir = join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'alert-calibration.md'), text);
  console.log(text);
});

describe.each([
  ['well-structured 3:1 build, full wellness', { weeks: BUILD, wellness: 'full' }],
  ['3:1 build, sleep only', { weeks: BUILD, wellness: 'sleep' }],
  ['3:1 build, no wellness', { weeks: BUILD, wellness: 'none' }],
  ['masters 2:1 cycle, full wellness', { weeks: MASTERS, wellness: 'full' }],
] as [string, Partial<AthleteOptions>][])('%s', (name, opts) => {
  it.each(SEEDS)('seed %i: ALERT on at most 2 % of the days, WATCH on at most 12 %, never a Red recovery', (seed) => {
    const days = formulasOn(generateAthlete({ seed, start: START, weeks: BUILD, ...opts }));
    const alert = count(days, 'ALERT'), watch = count(days, 'WATCH');
    const red = days.filter((d) => d.recovery === 'Red').length;
    figures.push(`| ${name} | ${seed} | ALERT ${alert} of ${days.length} days (${pct(alert, days.length)}), WATCH ${watch} (${pct(watch, days.length)}), Red ${red} |`);
    expect(days).toHaveLength(16 * 7);
    expect(alert).toBeLessThanOrEqual(0.02 * days.length);
    expect(watch).toBeLessThanOrEqual(0.12 * days.length);
    expect(red).toBe(0);
  });
});

/** Day number (1 = the episode's first day) of the first day at or after the episode that passes `test`; undefined if none. */
function firstFrom(days: Day[], test: (d: Day) => boolean): number | undefined {
  const i = days.findIndex((d, k) => k >= EPISODE_DAY && test(d));
  return i < 0 ? undefined : i - EPISODE_DAY + 1;
}
const isAlert = (d: Day) => d.level === 'ALERT';
const levels = (days: Day[], n: number) => days.slice(EPISODE_DAY, EPISODE_DAY + n).map((d) => d.level[0]).join('');

describe('overreaching, in the 3:1 build with full wellness', () => {
  const run = (kind: Episode['kind'], seed: number) => formulasOn(generateAthlete({ seed, start: START, weeks: BUILD, episodes: [episode(kind)] }));

  it.each(SEEDS)('seed %i: a 6-day camp reaches ALERT within 3 days, and no later than ACWR passes 1.5', (seed) => {
    const days = run('camp', seed);
    const alert = firstFrom(days, isAlert);
    const acwr = firstFrom(days, (d) => typeof d.acwr === 'number' && d.acwr > 1.5);
    figures.push(`| 6-day camp | ${seed} | first ALERT on day ${alert}, ACWR > 1.5 from day ${acwr}; days 1–8: ${levels(days, 8)} |`);
    expect(acwr).toBeDefined(); // the camp is big enough to send ACWR over 1.5
    expect(alert).toBeLessThanOrEqual(3);
    expect(alert).toBeLessThanOrEqual(acwr!);
  });

  it.each(SEEDS)('seed %i: a week 50 % above the highest recent week reaches ALERT by its 5th day', (seed) => {
    const days = run('bigWeek', seed);
    const alert = firstFrom(days, isAlert);
    figures.push(`| 50 % week | ${seed} | first ALERT on day ${alert} (${days[EPISODE_DAY + alert! - 1]?.reasons}); days 1–8: ${levels(days, 8)} |`);
    expect(alert).toBeLessThanOrEqual(5);
  });

  it.each(SEEDS)('seed %i: a 10-day slide of HRV −20 %, resting HR +6, sleep < 6 h reaches ALERT by its 5th day, through a Red recovery', (seed) => {
    const days = run('slide', seed);
    const red = firstFrom(days, (d) => d.recovery === 'Red');
    const alert = firstFrom(days, isAlert);
    figures.push(`| HRV/RHR/sleep slide | ${seed} | first Red on day ${red}, first ALERT on day ${alert}; days 1–10: ${levels(days, 10)} |`);
    expect(red).toBeLessThanOrEqual(5);
    expect(alert).toBeLessThanOrEqual(red!);
    expect(days[EPISODE_DAY + red! - 1].reasons).toMatch(/recovery \d+ Red/);
  });

  it.each(SEEDS)('seed %i: a week of short nights alone is a WATCH from its 3rd night, never an ALERT', (seed) => {
    const days = run('shortNights', seed);
    const week = days.slice(EPISODE_DAY, EPISODE_DAY + 7);
    figures.push(`| short nights alone | ${seed} | days 1–7: ${levels(days, 7)} |`);
    for (const d of week.slice(2)) expect(d.reasons).toMatch(/sleep under 6 h \d nights running/);
    expect(week.filter(isAlert)).toEqual([]);
  });
});

describe('a 100-mile race', () => {
  it.each(SEEDS)('seed %i: its 24–31 h are read whole: no log issue, the whole load counted', (seed) => {
    const a = generateAthlete({ seed, start: START, weeks: BUILD, races: [{ date: addDays(START, 13 * 7 + 5), distance: 100 }] });
    const t = table(a);
    const race = a.rows.find((r) => r[1] === 'Race')!;
    expect(bundle.call('LOG_ISSUES', t)).toEqual([['Row', 'Column', 'Problem']]);
    const load = (bundle.call('TRAINING_LOAD', t) as unknown[][]).slice(1).find((r) => dateIn(r[0], 'Etc/UTC') === race[0])!;
    expect(race[3]).toBeGreaterThan(24 * 60);
    expect(load[1]).toBe((race[3] as number) * (race[4] as number));
  });
});
