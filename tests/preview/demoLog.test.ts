import { DEMO_WEEKS, OVERREACH_DAYS, demoLog } from '../../preview/demoLog';
import { loadBundle } from '../support/bundle';
import { addDays, logTable } from '../support/logs';

const LAST = '2026-11-26';
const rows = demoLog(LAST);
const table = logTable(rows);
const bundle = loadBundle({ spreadsheetZone: 'Etc/UTC' });
const levelsOf = (t: unknown[][]) => (bundle.call('BURNOUT_ALERTS', t) as unknown[][]).slice(1).map((r) => String(r[1]));

describe('demo log', () => {
  it('is the same for the same end day and seed', () => {
    expect(demoLog(LAST)).toEqual(rows);
    expect(demoLog(LAST, 7)).not.toEqual(rows);
  });

  it('spans 16 weeks from a Monday up to the last day, every day with wellness', () => {
    const days = [...new Set(rows.map((r) => r.date))];
    expect(days[0]).toBe('2026-08-10');
    expect(days[days.length - 1]).toBe(LAST);
    expect(days.length).toBe(7 * (DEMO_WEEKS - 1) + 4);
    for (const d of days) expect(rows.filter((r) => r.date === d && r.hrv !== '')).toHaveLength(1);
  });

  it('is a 3:1 build towards a 50-mile race: volume climbs from about 30 mi with a cutback every 4th week', () => {
    const weekly = (bundle.call('WEEKLY_MILES', table) as unknown[][]).slice(1).map((r) => r[1] as number);
    expect(weekly[0]).toBeGreaterThan(28);
    expect(weekly[0]).toBeLessThan(36);
    expect(Math.max(...weekly.slice(0, -1))).toBeGreaterThan(50);
    for (const cutback of [2, 6, 10, 14]) expect(weekly[cutback]).toBeLessThan(0.85 * Math.max(...weekly.slice(Math.max(0, cutback - 3), cutback)));
    expect(rows.filter((r) => r.type === 'Long run').length).toBeGreaterThanOrEqual(DEMO_WEEKS - 1);
  });

  it('gives every run its elevation gain in feet, hill repeats the most per mile, and nothing else any', () => {
    const perMile = (type: string) => rows.filter((r) => r.type === type).map((r) => (r.elevation as number) / (r.distance as number));
    for (const r of rows) expect(r.elevation === '').toBe(!['Long run', 'Easy run', 'Recovery run', 'Tempo', 'Hills', 'Race'].includes(r.type) || r.distance === '');
    expect(Math.min(...perMile('Hills'))).toBeGreaterThan(Math.max(...perMile('Tempo')));
    const withElevation = table.map((r, i) => [...r, i === 0 ? 'Elevation gain' : rows[i - 1].elevation]);
    const trend = bundle.call('WEEKLY_TREND', withElevation) as unknown[][];
    expect(trend[0][2]).toBe('Elevation gain');
    for (const week of trend.slice(1)) expect(week[2]).toBeGreaterThan(1000);
  });

  // The month the preview opens on is the last day's: for every weekday the log can end on, and for a
  // month only a day old, it is mostly OK with one explained ALERT episode at its end.
  it.each([0, 1, 2, 3, 4, 5, 6].map((k) => addDays(LAST, k)).concat('2026-12-01', '2027-03-18'))(
    'ending %s: the build is never ALERT; the overreach of the last days is, on at most 3 days, with its reasons',
    (last) => {
      const demo = logTable(demoLog(last));
      const levels = levelsOf(demo);
      const first = demoLog(last)[0].date;
      const alertDays = levels.flatMap((l, i) => (l === 'ALERT' ? [addDays(first, i)] : []));
      expect(alertDays.length).toBeGreaterThanOrEqual(1);
      expect(alertDays.length).toBeLessThanOrEqual(3);
      for (const d of alertDays) expect(d > addDays(last, -OVERREACH_DAYS)).toBe(true);
      // The month's days before the overreach: OK on at least 80 % of them.
      const calm = levels.filter((_, i) => addDays(first, i).slice(0, 7) === last.slice(0, 7) && addDays(first, i) <= addDays(last, -OVERREACH_DAYS));
      expect(calm.filter((l) => l === 'OK').length).toBeGreaterThanOrEqual(0.8 * calm.length);
      const alerts = bundle.call('BURNOUT_ALERTS', demo) as unknown[][];
      expect(alerts[alerts.length - 1].slice(1, 2)).toEqual(['ALERT']);
      expect(alerts[alerts.length - 1][2]).toMatch(/recovery \d+ Red.*resting HR 3-day avg \+[\d.]+ bpm.*sleep under 6 h/);
      const recovery = bundle.call('RECOVERY_SCORE', demo) as unknown[][];
      expect(recovery[recovery.length - 1][2]).toBe('Red');
    },
  );
});
