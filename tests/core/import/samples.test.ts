// The generated exports (tests/fixtures/), imported with nothing in the Log yet. Every expected
// number is worked out from the generator's records (plain arithmetic, Intl for time zones), not by
// the importer; each file is first read back with the independent CSV reader to show it says what
// the records say.
import { TimeZone } from '../../../src/core/days';
import { ImportPlan, planImport } from '../../../src/core/import/planImport';
import { Unit } from '../../../src/core/import/source';
import { COLUMN_TITLES, LOG_HEADER } from '../../../src/core/log/columns';
import { csvObjects } from '../../support/csvReader';
import { GARMIN_MIX, INTERVALS_MIX, STRAVA_MIX, athlete } from '../../fixtures/athletes';
import { dayIn } from '../../fixtures/clock';
import { garminExport } from '../../fixtures/garmin';
import { intervalsActivitiesExport, intervalsWellnessExport } from '../../fixtures/intervals';
import { LOG_TYPE, Session, isRun } from '../../fixtures/sessions';
import { stravaExport } from '../../fixtures/strava';

const col = (name: string) => LOG_HEADER.indexOf(name);
const [DATE, TYPE, DISTANCE, DURATION, RPE, SLEEP, HRV, RHR, MOOD, SORENESS, NOTES] =
  ['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness', 'Notes'].map(col);
const METRES = { mi: 1609.344, km: 1000 };
const [AVG_HR, ELEVATION] = [COLUMN_TITLES.indexOf('Avg HR'), COLUMN_TITLES.indexOf('Elevation gain')];
const FEET = 0.3048;

const run = (text: string, unit: Unit, zone = 'Etc/UTC'): ImportPlan => planImport(text, { tz: new TimeZone(zone), unit });
const sum = (xs: unknown[]) => xs.reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0);
const countBy = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [String(x)]: (m[String(x)] ?? 0) + 1 }), {});
const column = (p: ImportPlan, i: number) => p.rows.map((r) => r[i]);
const sorted = (xs: unknown[]) => [...xs].map(String).sort();
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
/** The Log's Type for a session: its session type, else the export's own word. */
const logType = (s: Session, written: string) => LOG_TYPE[s.sport] ?? written;
/** h:mm:ss(.t) → seconds. */
const clockSeconds = (s: string) => s.split(':').reduce((a, x) => a * 60 + Number(x), 0);

describe.each([1, 2])('Strava activities.csv, athlete seed %i', (seed) => {
  const { text, records } = stravaExport(athlete(STRAVA_MIX, seed));
  const runs = records.filter((r) => isRun(r.session.sport));

  it('is the export its records describe (read back independently)', () => {
    const raw = csvObjects(text);
    expect(raw.header).toHaveLength(94);
    expect(raw.rows.map((r) => [raw.get(r, 'Activity Type'), Number(raw.get(r, 'Distance', 2)), Number(raw.get(r, 'Moving Time'))]))
      .toEqual(records.map((r) => [r.type, r.metres, r.movingSeconds]));
    expect(raw.rows.some((r) => raw.get(r, 'Activity Description').includes('\n'))).toBe(true);
    expect(text.split('\n').length - 1).toBeGreaterThan(records.length + 100);
  });

  it('imports every activity, runs as Run', () => {
    const p = run(text, 'mi');
    expect(records.length).toBeGreaterThan(500);
    expect([p.format, p.unit, p.rows.length, p.duplicates, p.skipped, p.warnings]).toEqual(['strava', 'mi', records.length, 0, 0, []]);
    expect(p.header).toEqual(COLUMN_TITLES);
    expect(countBy(column(p, TYPE))).toEqual(countBy(records.map((r) => logType(r.session, r.type))));
    expect(countBy(column(p, TYPE)).Run).toBe(runs.length);
  });

  it.each<[Unit]>([['mi'], ['km']])('converts the metres column to %s', (unit) => {
    const p = run(text, unit);
    const expected = runs.reduce((a, r) => a + r.metres, 0) / METRES[unit];
    expect(Math.abs(sum(p.rows.filter((r) => r[TYPE] === 'Run').map((r) => r[DISTANCE])) - expected)).toBeLessThan(runs.length * 0.005);
    expect(sorted(column(p, DISTANCE))).toEqual(sorted(records.map((r) => (r.metres > 0 ? round(r.metres / METRES[unit], 2) : ''))));
  });

  it('takes minutes from Moving Time, RPE from Perceived Exertion, notes from the name', () => {
    const p = run(text, 'mi');
    expect(sorted(column(p, DURATION))).toEqual(sorted(records.map((r) => round(r.movingSeconds / 60, 1))));
    const rated = records.filter((r) => r.rpe !== undefined);
    expect(rated.length).toBeGreaterThan(20);
    expect(column(p, RPE).filter((v) => v !== '')).toHaveLength(rated.length);
    expect(sum(column(p, RPE))).toBe(sum(rated.map((r) => r.rpe)));
    expect(sorted(column(p, NOTES))).toEqual(sorted(records.map((r) => r.session.name.trim())));
  });

  it.each<[Unit, number]>([['mi', FEET], ['km', 1]])('brings Average Heart Rate and Elevation Gain along (elevation in %s Log units)', (unit, metresEach) => {
    const p = run(text, unit);
    const withHr = records.filter((r) => r.session.avgHr);
    expect(withHr.length).toBeGreaterThan(100);
    expect(sorted(column(p, AVG_HR).filter((v) => v !== ''))).toEqual(sorted(withHr.map((r) => Math.round(r.session.avgHr! + 0.37))));
    const climbs = records.filter((r) => r.session.ascentMetres !== undefined);
    expect(climbs.length).toBeGreaterThan(100);
    expect(sorted(column(p, ELEVATION).filter((v) => v !== ''))).toEqual(sorted(climbs.map((r) => Math.round(Number(r.session.ascentMetres!.toFixed(1)) / metresEach))));
  });

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Europe/London'])('dates each activity in the spreadsheet\'s zone (%s), oldest first', (zone) => {
    const p = run(text, 'mi', zone);
    expect(column(p, DATE).map(String)).toEqual(sorted(records.map((r) => dayIn(r.session.start, zone))));
    // The athlete's evening sessions are on the next day in UTC: a wrong zone would show.
    expect(records.some((r) => dayIn(r.session.start, 'Etc/UTC') !== r.session.local.date)).toBe(true);
  });
});

describe('Garmin Connect activities (US units)', () => {
  const { text, records } = garminExport(athlete(GARMIN_MIX));
  const unknown = records.filter((r) => LOG_TYPE[r.session.sport] === null);

  it('is the export its records describe (read back independently)', () => {
    const raw = csvObjects(text);
    expect(raw.rows.map((r) => [raw.get(r, 'Activity Type'), raw.get(r, 'Date').slice(0, 10), clockSeconds(raw.get(r, 'Time'))]))
      .toEqual(records.map((r) => [r.type, r.date, r.seconds]));
    expect(raw.rows.some((r) => /^\d{1,3}(,\d{3})+$/.test(raw.get(r, 'Steps')))).toBe(true);
    expect(raw.rows.some((r) => /\.\d$/.test(raw.get(r, 'Time')))).toBe(true);
    expect(raw.rows.some((r) => raw.get(r, 'Activity Type') === 'Cycling' && /^\d+\.\d$/.test(raw.get(r, 'Avg Pace')))).toBe(true);
  });

  it.each<[Unit]>([['mi'], ['km']])('imports every activity with local dates, Time as minutes, miles to %s', (unit) => {
    const p = run(text, unit, 'Asia/Tokyo');
    expect([p.format, p.rows.length, p.duplicates, p.skipped]).toEqual(['garmin', records.length, 0, 0]);
    expect(countBy(column(p, TYPE))).toEqual(countBy(records.map((r) => logType(r.session, r.type))));
    expect(column(p, DATE)).toEqual(sorted(records.map((r) => r.date)));
    const metres = sum(records.map((r) => r.metres));
    expect(Math.abs(sum(column(p, DISTANCE)) - metres / METRES[unit])).toBeLessThan(records.length * 0.005);
    const runs = records.filter((r) => isRun(r.session.sport));
    expect(Math.abs(sum(p.rows.filter((r) => r[TYPE] === 'Run').map((r) => r[DISTANCE])) - sum(runs.map((r) => r.metres)) / METRES[unit])).toBeLessThan(runs.length * 0.005);
    expect(sorted(column(p, DURATION))).toEqual(sorted(records.map((r) => round(r.seconds! / 60, 1))));
    expect(column(p, RPE).every((v) => v === '')).toBe(true);
  });

  it('brings Avg HR and Total Ascent (feet in this account) along, ascent in feet or metres as the Log\'s unit', () => {
    const raw = csvObjects(text);
    const hr = raw.rows.map((r) => raw.get(r, 'Avg HR')).filter((v) => v !== '--').map(Number);
    const feet = raw.rows.map((r) => raw.get(r, 'Total Ascent')).filter((v) => v !== '--').map((v) => Number(v.replace(/,/g, '')));
    expect([hr.length, feet.length].every((n) => n > 20)).toBe(true);
    for (const [unit, each] of [['mi', 1], ['km', FEET]] as const) {
      const p = run(text, unit);
      expect(sorted(column(p, AVG_HR).filter((v) => v !== ''))).toEqual(sorted(hr));
      expect(sorted(column(p, ELEVATION).filter((v) => v !== ''))).toEqual(sorted(feet.map((f) => Math.round(f * each))));
    }
  });

  it('tells the unit from steps × stride length, and names the types it cannot map', () => {
    // In the Log's order: by day, and within a day by line (the file is newest first).
    const firstSeen = [...unknown].sort((a, b) => a.date.localeCompare(b.date) || b.session.start - a.session.start).map((r) => r.type);
    const counts = countBy(firstSeen);
    expect(unknown.length).toBeGreaterThan(2);
    expect(run(text, 'km').warnings).toEqual([
      `Types that match no session type, imported as exported and counted toward load only (map them to a session type in the Import tab; LOG_ISSUES lists them): ${[...new Set(firstSeen)].map((t) => `${t} ×${counts[t]}`).join(', ')}`,
    ]);
  });
});

describe('intervals.icu activities', () => {
  const { text, records, duplicates } = intervalsActivitiesExport(athlete(INTERVALS_MIX), { twice: 120 });

  it('imports each session once: the ones uploaded twice count as duplicates', () => {
    const raw = csvObjects(text);
    expect(raw.rows).toHaveLength(records.length + duplicates);
    expect(duplicates).toBe(2);
    const p = run(text, 'km', 'Pacific/Auckland');
    expect([p.format, p.rows.length, p.duplicates, p.skipped]).toEqual(['intervals-activities', records.length, duplicates, 0]);
    expect(countBy(column(p, TYPE))).toEqual(countBy(records.map((r) => (r.race ? 'Race' : logType(r.session, r.type)))));
    expect(column(p, DATE)).toEqual(sorted(records.map((r) => r.date)));
    expect(Math.abs(sum(column(p, DISTANCE)) - sum(records.map((r) => r.metres)) / 1000)).toBeLessThan(records.length * 0.005);
    expect(sorted(column(p, DURATION))).toEqual(sorted(records.map((r) => round(r.movingSeconds / 60, 1))));
    const rated = records.filter((r) => r.rpe !== undefined);
    expect(sum(column(p, RPE))).toBe(sum(rated.map((r) => r.rpe)));
    expect(column(p, RPE).filter((v) => v !== '')).toHaveLength(rated.length);
  });
});

describe('intervals.icu wellness', () => {
  const { text, records, empty } = intervalsWellnessExport({ seed: 3, from: '2025-01-06', days: 420 });
  const values = (k: 'sleepSecs' | 'hrv' | 'restingHR') => records.map((r) => r[k]).filter((v) => v !== undefined);
  // intervals.icu: 1 = best … 4 = worst. The Log: Mood 5 = best, Soreness 5 = worst.
  const MOOD_SCALE: Record<number, number> = { 1: 5, 2: 4, 3: 2, 4: 1 };
  const SORENESS_SCALE: Record<number, number> = { 1: 1, 2: 2, 3: 4, 4: 5 };

  it('fills Sleep, HRV, Resting HR, Mood and Soreness for each day that has any, oldest first', () => {
    const raw = csvObjects(text);
    expect(raw.rows).toHaveLength(420);
    expect(raw.get(raw.rows[0], 'date') > raw.get(raw.rows[1], 'date')).toBe(true);
    const p = run(text, 'mi');
    expect([p.format, p.rows.length, p.duplicates, p.skipped]).toEqual(['intervals-wellness', records.length, 0, empty.length]);
    expect(empty.length).toBeGreaterThan(0);
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatch(/^Skipped: no sleep, HRV, resting HR, mood or soreness on this day \(lines? \d/);
    expect(column(p, DATE)).toEqual(records.map((r) => r.date));
    expect(Math.abs(sum(column(p, SLEEP)) - sum(values('sleepSecs')) / 3600)).toBeLessThan(records.length * 0.005);
    expect(column(p, HRV).filter((v) => v !== '')).toHaveLength(values('hrv').length);
    expect(Math.abs(sum(column(p, HRV)) - sum(values('hrv')))).toBeLessThan(values('hrv').length * 0.05);
    expect(sum(column(p, RHR))).toBe(sum(values('restingHR')));
    expect(column(p, MOOD)).toEqual(records.map((r) => (r.mood ? MOOD_SCALE[r.mood] : '')));
    expect(column(p, SORENESS)).toEqual(records.map((r) => (r.soreness ? SORENESS_SCALE[r.soreness] : '')));
    for (const i of [TYPE, DISTANCE, DURATION, RPE, NOTES]) expect(column(p, i).every((v) => v === '')).toBe(true);
  });
});
