// SEASON_PLAN on the built bundle, as Sheets calls it, and SUGGEST_PLAN's agreement with it.
import { dateIn, loadBundle } from '../../support/bundle';
import { generateAthlete, progression } from '../../../scenarios/athlete';

const ZONE = 'Europe/Berlin';
const sheet = loadBundle({ spreadsheetZone: ZONE, scriptZone: 'Etc/UTC' });
const season = (...args: unknown[]) => sheet.call('SEASON_PLAN', ...args) as unknown[][];
const suggest = (...args: unknown[]) => sheet.call('SUGGEST_PLAN', ...args) as unknown[][];

const athlete = generateAthlete({ seed: 7, start: '2026-01-05', weeks: progression({ weeks: 12, startRun: 45, peak: 60 }) });
const LOG = [athlete.header, ...athlete.rows];
const RUN_KINDS = ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals'];

describe('SEASON_PLAN', () => {
  it('gives a row per week to race day and through recovery, with the header coaching.md names', () => {
    const out = season(LOG, '2026-06-13', '100 mi');
    expect(out[0]).toEqual(['Week of', 'Phase', 'Run', 'Long run', 'Quality', 'Strength', 'Fitness', 'Form %', 'Notes']);
    const rows = out.slice(1);
    expect(dateIn(rows[0][0], ZONE)).toBe('2026-03-30'); // the Monday after the log's last day
    expect(rows.map((r) => r[1]).slice(-8)).toEqual(['Taper', 'Taper', 'Taper', 'Race', 'Recovery', 'Recovery', 'Recovery', 'Recovery']);
    for (const r of rows) {
      expect(r).toHaveLength(9);
      expect(typeof r[2]).toBe('number');
      expect(typeof r[6]).toBe('number');
      expect(typeof r[8]).toBe('string');
    }
    const race = rows.find((r) => r[1] === 'Race')!;
    expect(race[3]).toBe('');
    expect(race[8]).toMatch(/race-day Form [+-]\d+ %: (in the fresh zone|(below|above) the fresh zone \(\+5 to \+25 %\);)/);
    // Fresher than the zone after a 100-mile taper: the model's answer comes with its price, not as an order.
    expect(race[8]).toMatch(/above the fresh zone .* more easy running .* a lighter taper than P17's, to weigh against arriving rested/);
  });

  it('plans in SUGGEST_PLAN exactly the week the season gives for it', () => {
    const rows = season(LOG, '2026-06-13', '100 mi').slice(1);
    rows.slice(0, 6).forEach((r, i) => {
      const week = suggest(LOG, r[0], 'Sat', '2026-06-13', '', '', '100 mi');
      const run = week.slice(1).filter((x) => RUN_KINDS.includes(x[4] as string)).reduce((a, x) => a + (x[5] as number), 0);
      expect([i, run]).toEqual([i, r[2]]);
      const long = week.slice(1).find((x) => x[4] === 'long_run');
      expect([i, long?.[5] ?? '']).toEqual([i, r[3]]);
    });
  });

  it('names the argument to fix in a wrong call', () => {
    expect(() => season(LOG)).toThrow('SEASON_PLAN: race_date is required: give your race day as a date cell or text like "2026-05-09"');
    expect(() => season(LOG, 'soon')).toThrow('SEASON_PLAN: race_date "soon" is not a date');
    expect(() => season(LOG, '2026-01-10')).toThrow('SEASON_PLAN: race date 2026-01-10 must come after the log\'s last day (2026-03-29)');
    expect(() => season(LOG, '2026-06-13', 'far')).toThrow('SEASON_PLAN: race_distance "far" must be a distance like "100 mi"');
    expect(() => season(LOG, '2026-06-13', '', 'Someday')).toThrow('SEASON_PLAN: long_run_day "Someday" is not one of');
    expect(() => season(LOG, '2026-06-13', '', '', 0)).toThrow('SEASON_PLAN: peak_miles "0" must be a weekly distance');
    expect(() => season(LOG, '2026-06-13', '', '', '', '5:1')).toThrow('SEASON_PLAN: cycle "5:1" must be "3:1"');
  });
});
