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
    // The last 4 weeks ran 34, 36, 33 and 18 mi (a cutback): back to building, +10 % on the highest.
    expect(running(out)).toBe(39.5);
    expect(out[1][7]).toContain('Week: Base/build week — 39.6 mi: +10 % on your highest recent week, 36 mi (P13); long run 16 mi: your longest recent run 14 mi + 2 mi (P19)');
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
    expect(running(sunday)).toBe(39.5); // 40 capped at the build target (P14)
    expect(sunday[1][7]).toContain('your target 40 mi capped at +10 % on your highest recent week');
    const race = suggest(LOG, '2026-03-09', 'Sat', '2026-03-14', 40);
    expect(ofKind(race, 'race').map((r) => [r[0], r[5]])).toEqual([['2026-03-14', '']]);
    expect(running(race)).toBe(14); // × 0.35 of the capped 39.6 for the default 50-mile race (P17)
    const injured = suggest(LOG, '', '', '', '', true);
    expect(running(injured)).toBe(0);
    expect(injured.slice(1).filter((r) => String(r[7]).includes('injured: no running (P11)')).length).toBeGreaterThan(2);
  });

  it('plans in the log\'s unit: km when the Distance header says so', () => {
    const out = suggest(training({}, 'Distance (km)'));
    expect(out[1][7]).toContain('Base/build week — 39.6 km: +10 % on your highest recent week, 36 km (P13)');
    expect(suggest(training({}, 'Km'))[1][7]).toContain('39.6 km: +10 %');
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

  it('plans the empty log: a beginner week from the coming Monday, or the target with a warning', () => {
    const empty = [['Date', 'Type', 'Distance']];
    const beginner = suggest(empty);
    expect(running(beginner)).toBe(15);
    const today = new Date();
    const monday = dated(beginner)[0][0] as string;
    const days = (Date.parse(`${monday}T00:00:00Z`) - Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) / 86400000;
    expect(days).toBeGreaterThanOrEqual(0); // the coming Monday in the spreadsheet's zone
    expect(days).toBeLessThanOrEqual(8);
    expect(new Date(`${monday}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(beginner[1][7]).toContain('15 mi: a beginner week, no running in the log yet');
    const target = suggest(empty, '2026-03-02', '', '', 30);
    expect(running(target)).toBe(30);
    expect(target[1][7]).toContain('Week: no history in the log: check the target is close to what you run now; ');
    expect(check(target)).toEqual([['Date', 'Rule', 'Problem']]);
  });

  it('takes race_distance and cycle: the taper and the cutbacks follow them', () => {
    const fifty = suggest(LOG, '2026-03-09', 'Sat', '2026-03-21', '', '', '50 km');
    expect(fifty[1][7]).toContain('taper week 2 of 2, × 0.55 of your peak week');
    const hundred = suggest(LOG, '2026-03-09', 'Sat', '2026-03-21', '', '', '100 mi');
    expect(hundred[1][7]).toContain('taper week 3 of 3, × 0.5 of your peak week');
    expect(suggest(LOG, '2026-03-09', 'Sat', '2026-03-21', '', '', 100)[1][7]).toContain('taper week 3 of 3'); // 100 mi in a miles log
    // A 3:1 or 2:1 typed in a cell reaches the formula as the time 03:01 or 02:01.
    expect(suggest(LOG, '', '', '', '', '', '', 2 / 24 + 1 / 1440)).toEqual(suggest(LOG, '', '', '', '', '', '', '2:1'));
    expect(suggest(LOG, '', '', '', '', '', '', 3 / 24 + 1 / 1440)).toEqual(suggest(LOG));
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
    expect(() => suggest(LOG, '', '', '', '', '', 'far')).toThrow('SUGGEST_PLAN: race_distance "far" must be a distance like "100 mi"');
    expect(() => suggest(LOG, '', '', '', '', '', '', '4:1')).toThrow('SUGGEST_PLAN: cycle "4:1" must be "3:1" (3 build weeks, then a cutback) or "2:1" (masters runners)');
  });
});
