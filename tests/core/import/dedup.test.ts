// Importing the same export twice adds nothing; overlapping exports add only what is new — compared
// with the Log's rows as Sheets hands them back (dates as date cells) and within the file itself.
import fc from 'fast-check';
import { TimeZone } from '../../../src/core/days';
import { ImportPlan, planImport } from '../../../src/core/import/planImport';
import { Unit } from '../../../src/core/import/source';
import { LOG_HEADER } from '../../../src/core/log/columns';
import { dayFromIsoText } from '../../../src/core/log/cells';
import { csvRecords } from '../../support/csvReader';
import { GARMIN_MIX, INTERVALS_MIX, STRAVA_MIX, athlete } from '../../fixtures/athletes';
import { garminExport } from '../../fixtures/garmin';
import { intervalsActivitiesExport, intervalsWellnessExport } from '../../fixtures/intervals';
import { stravaExport } from '../../fixtures/strava';
import { withTwins } from '../../fixtures/twins';
import { KnownRows, sessionKeys } from '../../../src/core/import/dedup';
import { COLUMN_TITLES } from '../../../src/core/log/columns';

const ZONE = 'America/Denver';
const tz = new TimeZone(ZONE);
const toCsv = (records: string[][]) => records.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');

/** A date cell as Sheets returns it: local midnight (TimeZone is tested in days.test.ts). */
const dateCell = (iso: string) => tz.dateOf(dayFromIsoText(iso)!);
/** The Log after appending `plans`' rows: header first, dates as date cells. */
function logOf(...plans: ImportPlan[]): unknown[][] {
  return [[...COLUMN_TITLES], ...plans.flatMap((p) => p.rows.map((r) => [dateCell(String(r[0])), ...r.slice(1)]))];
}
/** The same Log without its Start column, as version 1 of the import wrote it. */
const withoutStart = (log: unknown[][]) => log.map((r) => r.filter((_, i) => log[0][i] !== 'Start'));
const plan = (text: string, existing?: unknown[][], unit: Unit = 'mi') => planImport(text, { tz, unit, existing });

const STRAVA = stravaExport(athlete(STRAVA_MIX)).text;
const GARMIN = garminExport(athlete(GARMIN_MIX)).text;
const EXPORTS: Record<string, string> = {
  'Strava activities.csv': STRAVA,
  'Garmin activities': GARMIN,
  'intervals.icu activities': intervalsActivitiesExport(athlete(INTERVALS_MIX), { twice: 120 }).text,
  'intervals.icu wellness': intervalsWellnessExport({ seed: 3, from: '2025-01-06', days: 420 }).text,
};

describe('importing again', () => {
  it.each(Object.keys(EXPORTS))('adds nothing from the %s export the second time', (name) => {
    const first = plan(EXPORTS[name]);
    const again = plan(EXPORTS[name], logOf(first));
    expect([again.rows.length, again.duplicates]).toEqual([0, first.rows.length + first.duplicates]);
  });

  it('adds nothing the second time when the latest session comes more than a year after the others (seen in a real export)', () => {
    const [header, first, ...rows] = csvRecords(GARMIN);
    const date = header.indexOf('Date');
    const later = first.map((c, i) => (i === date ? c.replace(/^\d{4}/, (y) => String(Number(y) + 2)) : c));
    const text = toCsv([header, later, first, ...rows]);
    const once = plan(text);
    expect(once.rows).toHaveLength(rows.length + 2);
    expect(plan(text, logOf(once)).rows).toEqual([]);
  });

  it('adds only the new activities of an overlapping export', () => {
    const [header, ...rows] = csvRecords(STRAVA);
    const older = plan(toCsv([header, ...rows.slice(0, 400)]));
    const newer = plan(toCsv([header, ...rows.slice(300)]), logOf(older));
    expect([older.rows.length, newer.rows.length, newer.duplicates]).toEqual([400, rows.length - 400, 100]);
  });

  it('recognises an imported run the runner has since retagged, or whose duration became h:mm:ss text', () => {
    const first = plan(STRAVA);
    const log = logOf(first);
    const runs = log.filter((r) => r[1] === 'Run');
    runs[0][1] = 'Long run';
    runs[1][1] = 'Tempo';
    const m = Number(runs[2][3]);
    runs[2][3] = `${Math.floor(m / 60)}:${String(Math.floor(m % 60)).padStart(2, '0')}:${String(Math.round((m % 1) * 60)).padStart(2, '0')}`;
    expect(plan(STRAVA, log).rows).toEqual([]);
  });

  describe('two sessions of one day with the same type, distance and duration', () => {
    const twinned = {
      Strava: (every: number) => stravaExport(withTwins(athlete(STRAVA_MIX), every).sessions).text,
      Garmin: (every: number) => garminExport(withTwins(athlete(GARMIN_MIX), every).sessions).text,
      'intervals.icu': (every: number) => intervalsActivitiesExport(withTwins(athlete(INTERVALS_MIX), every).sessions).text,
    };
    it.each(Object.keys(twinned) as (keyof typeof twinned)[])('are both kept from the %s export, and neither is added again', (name) => {
      const { twins } = withTwins(name === 'Strava' ? athlete(STRAVA_MIX) : name === 'Garmin' ? athlete(GARMIN_MIX) : athlete(INTERVALS_MIX), 9);
      const single = plan(twinned[name](Infinity));
      const first = plan(twinned[name](9));
      expect(twins).toBeGreaterThan(5);
      expect(first.rows.length).toBe(single.rows.length + twins);
      expect(plan(twinned[name](9), logOf(first)).rows).toEqual([]);
    });

    it('are added once to a Log imported before it had a Start column (that import kept one of them)', () => {
      const old = plan(twinned.Strava(9), withoutStart(logOf(plan(twinned.Strava(Infinity)))));
      expect(old.rows).toEqual([]);
      // The old import itself, re-read without starts, matches every row of the file.
      expect(plan(twinned.Strava(9), withoutStart(logOf(plan(twinned.Strava(9))))).rows).toEqual([]);
    });

    it('come in the order they started', () => {
      const rows = plan(twinned.Garmin(3)).rows;
      const at = (r: (string | number)[]) => `${r[0]} ${r[COLUMN_TITLES.indexOf('Start')]}`;
      expect(rows.map(at)).toEqual(rows.map(at).sort());
    });
  });

  it('takes two uploads of one activity seconds apart for one, across a minute boundary', () => {
    const known = new KnownRows();
    const session = (start: number, minutes: number) => sessionKeys({ day: 20000, kind: 'easy_run', typeText: 'Run', distance: 5, minutes, start });
    known.add(session(7 * 60 + 37, 30.4));
    expect([known.has(session(7 * 60 + 38, 30.6)), known.has(session(7 * 60 + 36, 29.6))]).toEqual([true, true]);
    expect([known.has(session(7 * 60 + 39, 30.4)), known.has(session(7 * 60 + 37, 32))]).toEqual([false, false]);
  });

  it('keeps two sessions that started a minute apart when their distances differ (laps a watch saved as activities, seen in a real export)', () => {
    const known = new KnownRows();
    const lap = (start: number, distance: number, minutes: number) => sessionKeys({ day: 20000, kind: 'easy_run', typeText: 'Running', distance, minutes, start });
    known.add(lap(19 * 60 + 23, 0.09, 0.33));
    expect([known.has(lap(19 * 60 + 24, 0.28, 0.96)), known.has(lap(19 * 60 + 24, 0.1, 0.35))]).toEqual([false, true]);
    // A long run re-read a little shorter is the same run.
    known.add(lap(6 * 60, 31.2, 300));
    expect([known.has(lap(6 * 60, 30.4, 300)), known.has(lap(6 * 60, 26, 300))]).toEqual([true, false]);
  });

  it('matches a row the runner typed without a start by day, type, distance and minutes', () => {
    const first = plan(GARMIN);
    const typed = logOf(first).map((r, i) => (i === 0 ? r : r.map((c, j) => (COLUMN_TITLES[j] === 'Start' ? '' : c))));
    expect(plan(GARMIN, typed).rows).toEqual([]);
  });

  it('finds the Log\'s columns by header, in any order, in km', () => {
    const first = plan(GARMIN, undefined, 'km');
    const order = [10, 3, 0, 2, 1]; // Notes, Duration, Date, Distance, Type
    const log = logOf(first).map((r) => order.map((i) => r[i]));
    log[0][3] = 'Distance (km)';
    expect(plan(GARMIN, log, 'km').rows).toEqual([]);
  });

  it('adds a wellness day only when the Log has no wellness on that day', () => {
    const text = 'date,restingHR,hrv\n2026-01-01,50,60\n2026-01-02,51,61\n2026-01-02,52,62\n2026-01-03,53,\n';
    const log = [[...LOG_HEADER], [dateCell('2026-01-01'), 'Run', 5, 50, '', 7], [dateCell('2026-01-03'), 'Run', 5, 50]];
    const p = plan(text, log);
    expect(p.rows.map((r) => r[0])).toEqual(['2026-01-02', '2026-01-03']);
    expect(p.duplicates).toBe(2); // 01-01 already has sleep; 01-02 repeats in the file
  });

  it('says when the Log has no Date column to compare with', () => {
    expect(() => plan(GARMIN, [['When', 'What']])).toThrow('The Log sheet has no "Date" column in its first row');
  });

  it('ends with each activity once, whatever overlapping pieces the export arrives in', () => {
    const [header, ...rows] = csvRecords(GARMIN);
    const piece = fc.tuple(fc.nat(rows.length), fc.nat(rows.length)).map(([a, b]) => rows.slice(Math.min(a, b), Math.max(a, b) + 1));
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
      const plans: ImportPlan[] = [];
      for (const p of pieces) plans.push(plan(toCsv([header, ...p]), logOf(...plans)));
      const distinct = new Set(pieces.flat().map((r) => r.join('\u0001')));
      expect(plans.reduce((n, p) => n + p.rows.length, 0)).toBe(distinct.size);
    }), { numRuns: 40 });
  });
});
