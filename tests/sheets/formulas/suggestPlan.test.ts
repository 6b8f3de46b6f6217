// SUGGEST_PLAN on the built bundle, as Sheets calls it, and PLAN_CHECK on what it returns.
import { dateIn, loadBundle } from '../../support/bundle';
import { MAX_DAY, isoFromDay } from '../../../src/core/days';
import { Entry, addDays, logTable } from '../../support/logs';

process.env.TZ = 'America/Los_Angeles'; // the machine's zone must not matter

const ZONE = 'Australia/Sydney';
const HEADER = ['Date', 'Day', 'Slot', 'Session', 'Kind', 'Distance', 'Minutes', 'Details'];
const sheet = loadBundle({ spreadsheetZone: ZONE, scriptZone: 'Etc/UTC' });
const suggest = (...args: unknown[]) => sheet.call('SUGGEST_PLAN', ...args) as unknown[][];
const check = (...args: unknown[]) => sheet.call('PLAN_CHECK', ...args) as unknown[][];

/**
 * 19 steady weeks from Monday 2025-10-20, then an easy week to Sunday 2026-03-08 (so the log ends
 * with good form, no burnout alert), with steady wellness; `last` overrides the last row.
 */
function training(last: Partial<Entry> = {}, distanceHeader = 'Distance'): unknown[][] {
  const entries: Entry[] = [];
  const well = (w: number) => ({ sleep: 7.5, hrv: 62 + (w % 2), rhr: 50, mood: 4, soreness: 2 });
  for (let w = 0; w < 19; w++) {
    const mon = addDays('2025-10-20', 7 * w);
    entries.push(
      { date: mon, type: 'Yoga', duration: 20, ...well(w) },
      { date: addDays(mon, 1), type: 'Tempo', distance: 6 + (w % 2), duration: 50, rpe: 7, ...well(w) },
      { date: addDays(mon, 1), type: 'Strength (lower)', duration: 40, rpe: 6 },
      { date: addDays(mon, 2), type: 'Easy run', distance: 6, duration: 60, rpe: 4, ...well(w) },
      { date: addDays(mon, 3), type: 'Hills', distance: 5, duration: 55, rpe: 7, ...well(w) },
      { date: addDays(mon, 4), type: 'Strength (upper)', duration: 40, rpe: 5, ...well(w) },
      { date: addDays(mon, 5), type: 'Long run', distance: 12 + (w % 3), duration: 130 + 10 * (w % 3), rpe: 5, ...well(w) },
      { date: addDays(mon, 6), type: 'Recovery run', distance: 4, duration: 45, rpe: 3, ...well(w) },
    );
  }
  entries.push(
    { date: '2026-03-02', type: 'Yoga', duration: 20, ...well(0) },
    { date: '2026-03-03', type: 'Easy run', distance: 5, duration: 50, rpe: 3, ...well(0) },
    { date: '2026-03-05', type: 'Easy run', distance: 5, duration: 50, rpe: 3, ...well(0) },
    { date: '2026-03-07', type: 'Easy run', distance: 8, duration: 80, rpe: 3, ...well(0) },
    { date: '2026-03-08', type: 'Yoga', duration: 20, ...well(0), ...last },
  );
  const table = logTable(entries, ZONE);
  table[0] = table[0].map((h) => (h === 'Distance' ? distanceHeader : h));
  return table;
}
const LOG = training();

const dated = (rows: unknown[][]) => rows.slice(1).map(([d, ...rest]) => [dateIn(d, ZONE), ...rest]);
const ofKind = (rows: unknown[][], kind: string) => dated(rows).filter((r) => r[4] === kind);
const running = (rows: unknown[][]) =>
  rows.slice(1).filter((r) => ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals'].includes(r[4] as string)).reduce((a: number, r) => a + (r[5] as number), 0);

describe('SUGGEST_PLAN', () => {
  it('plans the week from the Monday after the last logged date, one row per session', () => {
    const out = suggest(LOG);
    expect(out[0]).toEqual(HEADER);
    const rows = dated(out);
    expect([...new Set(rows.map((r) => r[0]))]).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(rows.map((r) => r[1])).toEqual(rows.map((r) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(new Date(`${r[0]}T12:00:00Z`).getUTCDay() + 6) % 7]));
    expect((out[1][0] as Date).toISOString()).toBe('2026-03-08T13:00:00.000Z'); // 2026-03-09 00:00 AEDT (+11)
    for (const r of out.slice(1)) {
      expect(r).toHaveLength(8);
      expect(['AM', 'PM']).toContain(r[2]);
      expect(typeof r[5] === 'number' || r[5] === '').toBe(true);
      expect(typeof r[6] === 'number' || r[6] === '').toBe(true);
      expect(typeof r[7]).toBe('string');
    }
    expect(ofKind(out, 'long_run').map((r) => [r[1], r[3]])).toEqual([['Sat', 'Long run']]);
    // The last 4 weeks ran 34, 36, 33 and 18 mi: the mean, 30.25, is capped at 18 + 10 %.
    expect(running(out)).toBe(20);
    expect(out[1][7]).toContain('Week: Base/build week: 19.8 mi of running — mean of the last 4 weeks 30.3 mi, capped at last week\'s 18 + 10 % (P13)');
    expect(out[1][7]).not.toContain('P12');
    expect((sheet.call('BURNOUT_ALERTS', LOG) as unknown[][]).at(-1)![1]).toBe('OK');
  });

  it('gives PLAN_CHECK nothing to report on its own output', () => {
    expect(check(suggest(LOG))).toEqual([['Date', 'Rule', 'Problem']]);
    expect(check(suggest(LOG, '2026-03-11', 'Sun', '2026-03-28', 45, false), 'Sun')).toEqual([['Date', 'Rule', 'Problem']]);
    expect(check(suggest(LOG, '', '', '', '', true))).toEqual([['Date', 'Rule', 'Problem']]);
  });

  it('takes week_start, long_run_day, race_date, target_miles and injured', () => {
    expect(dated(suggest(LOG, 'Wed'))[0][0]).toBe('2026-03-11'); // the first Wednesday after the last logged date
    const sunday = suggest(LOG, new Date('2026-03-15T13:00:00Z'), 'Sunday', '', 40);
    expect(dated(sunday)[0][0]).toBe('2026-03-16');
    expect(ofKind(sunday, 'long_run').map((r) => r[1])).toEqual(['Sun']);
    expect(running(sunday)).toBe(40);
    const race = suggest(LOG, '2026-03-09', 'Sat', '2026-03-14', 40);
    expect(ofKind(race, 'race').map((r) => [r[0], r[5]])).toEqual([['2026-03-14', '']]);
    expect(running(race)).toBe(20);
    const injured = suggest(LOG, '', '', '', '', true);
    expect(running(injured)).toBe(0);
    expect(injured.slice(1).filter((r) => String(r[7]).includes('injured: no running (P11)')).length).toBeGreaterThan(2);
  });

  it('plans in the log\'s unit: km when the Distance header says so', () => {
    const out = suggest(training({}, 'Distance (km)'));
    expect(out[1][7]).toContain('19.8 km of running');
    expect(suggest(training({}, 'Km'))[1][7]).toContain(' km of running');
  });

  it('keeps the first 2 days easy when the log ends on a Red recovery (P12)', () => {
    const red = training({ sleep: 4, hrv: 30, rhr: 70, mood: 1, soreness: 5 });
    const status = (sheet.call('RECOVERY_SCORE', red) as unknown[][]).at(-1)!;
    expect(status[2]).toBe('Red');
    const out = suggest(red, '', 'Tue');
    const tue = dated(out).filter((r) => r[0] === '2026-03-10');
    expect(tue.map((r) => [r[4], r[6]])).toEqual([['bike', 45]]);
    expect(tue[0][7]).toMatch(/^Bike 45 min easy instead of the long run \([\d.]+ mi\) — burnout ALERT and recovery Red yesterday \(P12\)/);
    expect(dated(out).filter((r) => String(r[0]) <= '2026-03-10' && ['tempo', 'hills', 'intervals', 'long_run', 'strength_lower'].includes(r[4] as string))).toEqual([]);
    expect(check(out)).toEqual([['Date', 'Rule', 'Problem']]);
  });

  it('gives the header row alone for an empty log', () => {
    expect(suggest([['Date', 'Type', 'Distance']])).toEqual([HEADER]);
  });

  it('names the argument to fix in a wrong call', () => {
    expect(() => suggest(LOG, 'soon')).toThrow('SUGGEST_PLAN: week_start "soon" is not a date — give a date cell, text like "2026-03-02", or a weekday "Mon" … "Sun"');
    expect(() => suggest(LOG, '2026-13-01')).toThrow('SUGGEST_PLAN: week_start "2026-13-01" is not a date');
    const last = isoFromDay(MAX_DAY);
    expect(() => suggest(LOG, isoFromDay(MAX_DAY - 2))).toThrow(`SUGGEST_PLAN: the week to plan must end by ${last} — give an earlier week_start`);
    expect(() => suggest(LOG, '', 'Someday')).toThrow('SUGGEST_PLAN: long_run_day "Someday" is not one of "Mon", "Tue"');
    expect(() => suggest(LOG, '', '', '2026-02-30')).toThrow('SUGGEST_PLAN: race_date "2026-02-30" is not a date');
    expect(() => suggest(LOG, '', '', '', -5)).toThrow('SUGGEST_PLAN: target_miles "-5" must be a weekly distance in your log\'s unit, more than 0 and at most 500');
    expect(() => suggest(LOG, '', '', '', '', 'maybe')).toThrow('SUGGEST_PLAN: injured "maybe" must be TRUE or FALSE');
    expect(() => suggest([['Type'], ['Run']])).toThrow('SUGGEST_PLAN: no "Date" column');
  });
});
