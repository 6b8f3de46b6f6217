// The four real exports in shared/samples/, imported with nothing in the Log yet. Every expected
// number is worked out here from the raw file (independent CSV reader, plain arithmetic, Intl for
// time zones), not by the importer.
import { TimeZone } from '../../../src/core/days';
import { ImportPlan, planImport } from '../../../src/core/import/planImport';
import { Unit } from '../../../src/core/import/source';
import { LOG_HEADER } from '../../../src/core/log/columns';
import { csvObjects, sample } from '../../support/samples';

const col = (name: string) => LOG_HEADER.indexOf(name);
const [DATE, TYPE, DISTANCE, DURATION, RPE, SLEEP, HRV, RHR, MOOD, SORENESS, NOTES] =
  ['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness', 'Notes'].map(col);
const METRES = { mi: 1609.344, km: 1000 };

const run = (file: string, unit: Unit, zone = 'Etc/UTC'): ImportPlan => planImport(sample(file), { tz: new TimeZone(zone), unit });
const sum = (xs: unknown[]) => xs.reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0);
const countBy = (xs: unknown[]) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [String(x)]: (m[String(x)] ?? 0) + 1 }), {});
const column = (p: ImportPlan, i: number) => p.rows.map((r) => r[i]);
const num = (s: string) => Number(s.replace(/,/g, ''));
/** h:mm:ss(.t) → minutes. */
const clockMinutes = (s: string) => s.split(':').reduce((a, x) => a * 60 + Number(x), 0) / 60;
const sorted = (xs: unknown[]) => [...xs].map(String).sort();

describe('Strava activities.csv sample', () => {
  const raw = csvObjects(sample('strava-activities.csv'));
  const type = (r: string[]) => raw.get(r, 'Activity Type');
  const metres = (r: string[]) => Number(raw.get(r, 'Distance', 2));
  const MONTH = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  /** "Oct 6, 2022, 11:19:20 PM" (UTC) → ms. */
  const utc = (s: string) => {
    const [, mon, d, y, h, m, sec, ampm] = /^(\w{3}) (\d+), (\d{4}), (\d+):(\d+):(\d+) ([AP]M)$/.exec(s)!;
    return Date.UTC(Number(y), MONTH.indexOf(mon), Number(d), (Number(h) % 12) + (ampm === 'PM' ? 12 : 0), Number(m), Number(sec));
  };

  it('has 610 activities, 439 of them runs (counted from the raw file)', () => {
    const p = run('strava-activities.csv', 'mi');
    expect(raw.rows).toHaveLength(610);
    expect(raw.rows.filter((r) => type(r) === 'Run')).toHaveLength(439);
    expect([p.format, p.unit, p.rows.length, p.duplicates, p.skipped, p.warnings]).toEqual(['strava', 'mi', 610, 0, 0, []]);
    expect(p.header).toEqual(LOG_HEADER);
    expect(countBy(column(p, TYPE))).toEqual({ Run: 439, Hike: 64 + 4, Strength: 59 + 44 });
  });

  it.each<[Unit]>([['mi'], ['km']])('converts the metres column to %s', (unit) => {
    const p = run('strava-activities.csv', unit);
    const runs = p.rows.filter((r) => r[TYPE] === 'Run');
    const expected = raw.rows.filter((r) => type(r) === 'Run').reduce((a, r) => a + metres(r), 0) / METRES[unit];
    expect(Math.abs(sum(runs.map((r) => r[DISTANCE])) - expected)).toBeLessThan(439 * 0.005);
    expect(sorted(column(p, DISTANCE))).toEqual(sorted(raw.rows.map((r) => (metres(r) > 0 ? Math.round((metres(r) / METRES[unit]) * 100) / 100 : ''))));
  });

  it('takes minutes from Moving Time, RPE from Perceived Exertion, notes from the name', () => {
    const p = run('strava-activities.csv', 'mi');
    expect(Math.abs(sum(column(p, DURATION)) - sum(raw.rows.map((r) => Number(raw.get(r, 'Moving Time')) / 60)))).toBeLessThan(610 * 0.05);
    const rpe = raw.rows.map((r) => raw.get(r, 'Perceived Exertion')).filter((s) => s !== '');
    expect(column(p, RPE).filter((v) => v !== '')).toHaveLength(rpe.length);
    expect(sum(column(p, RPE))).toBe(sum(rpe.map(Number)));
    expect(sorted(column(p, NOTES))).toEqual(sorted(raw.rows.map((r) => raw.get(r, 'Activity Name').trim())));
  });

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Europe/London'])('dates each activity in the spreadsheet\'s zone (%s), oldest first', (zone) => {
    const p = run('strava-activities.csv', 'mi', zone);
    const local = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    const dates = column(p, DATE).map(String);
    expect(dates).toEqual(sorted(raw.rows.map((r) => local(utc(raw.get(r, 'Activity Date'))))));
  });
});

describe('Garmin Connect activities sample (US units)', () => {
  const raw = csvObjects(sample('garmin-activities.csv'));
  const LOG_TYPE: Record<string, string> = {
    'Backcountry Skiing': 'SkiErg', Cycling: 'Bike', Walking: 'Hike', Snowshoeing: 'Hike', Running: 'Run',
    'Indoor Rowing': 'Row', 'Resort Skiing': 'Resort Skiing', 'Incident Detected': 'Incident Detected',
  };

  it.each<[Unit]>([['mi'], ['km']])('imports all 80 activities with local dates, Time as minutes, miles to %s', (unit) => {
    const p = run('garmin-activities.csv', unit, 'Asia/Tokyo');
    expect([p.format, p.rows.length, p.duplicates, p.skipped]).toEqual(['garmin', 80, 0, 0]);
    expect(countBy(column(p, TYPE))).toEqual(countBy(raw.rows.map((r) => LOG_TYPE[raw.get(r, 'Activity Type')])));
    expect(column(p, DATE)).toEqual(sorted(raw.rows.map((r) => raw.get(r, 'Date').slice(0, 10))));
    const miles = raw.rows.map((r) => raw.get(r, 'Distance')).filter((s) => s !== '--').map(num);
    const expected = (sum(miles) * METRES.mi) / METRES[unit];
    expect(Math.abs(sum(column(p, DISTANCE)) - expected)).toBeLessThan(80 * 0.005);
    expect(Math.abs(sum(column(p, DURATION)) - sum(raw.rows.map((r) => clockMinutes(raw.get(r, 'Time')))))).toBeLessThan(80 * 0.05);
    expect(column(p, RPE).every((v) => v === '')).toBe(true);
  });

  it('tells the unit from steps × stride length, and names the types it cannot map', () => {
    expect(run('garmin-activities.csv', 'km').warnings).toEqual([
      'Types that match no session type, imported as exported and counted toward load only (LOG_ISSUES lists them): Resort Skiing ×5, Incident Detected ×1',
    ]);
  });
});

describe('intervals.icu activities sample', () => {
  const raw = csvObjects(sample('intervals-activities.csv'));
  const LOG_TYPE: Record<string, string> = {
    VirtualRide: 'Bike', Ride: 'Bike', GravelRide: 'Bike', Pilates: 'Core', Walk: 'Hike', WeightTraining: 'Strength',
    Workout: 'Strength', HighIntensityIntervalTraining: 'Strength', Swim: 'Swim', Run: 'Run', Snowboard: 'Snowboard',
  };
  // The same session uploaded twice (from the watch and from the phone), seconds apart.
  const twice = ['i114242842', 'i113748316'];
  const kept = raw.rows.filter((r) => !twice.includes(raw.get(r, 'id')));

  it('imports 298 of 300 rows: two are the same sessions uploaded twice', () => {
    const p = run('intervals-activities.csv', 'km', 'Pacific/Auckland');
    expect(raw.rows).toHaveLength(300);
    expect([p.format, p.rows.length, p.duplicates, p.skipped]).toEqual(['intervals-activities', 298, 2, 0]);
    for (const id of twice) {
      const r = raw.rows.find((x) => raw.get(x, 'id') === id)!;
      const same = (x: string[]) => x !== r && raw.get(x, 'type') === raw.get(r, 'type')
        && raw.get(x, 'start_date_local').slice(0, 10) === raw.get(r, 'start_date_local').slice(0, 10)
        && Math.abs(Number(raw.get(x, 'moving_time')) - Number(raw.get(r, 'moving_time'))) <= 5;
      expect(raw.rows.filter(same)).toHaveLength(1);
    }
    expect(countBy(column(p, TYPE))).toEqual(countBy(kept.map((r) => LOG_TYPE[raw.get(r, 'type')])));
    expect(column(p, DATE)).toEqual(sorted(kept.map((r) => raw.get(r, 'start_date_local').slice(0, 10))));
    expect(Math.abs(sum(column(p, DISTANCE)) - sum(kept.map((r) => Number(raw.get(r, 'distance')) / 1000)))).toBeLessThan(298 * 0.005);
    expect(Math.abs(sum(column(p, DURATION)) - sum(kept.map((r) => Number(raw.get(r, 'moving_time')) / 60)))).toBeLessThan(298 * 0.05);
    expect(sum(column(p, RPE))).toBe(sum(kept.map((r) => Number(raw.get(r, 'icu_rpe') || 0))));
    expect(column(p, RPE).filter((v) => v !== '')).toHaveLength(kept.filter((r) => raw.get(r, 'icu_rpe') !== '').length);
  });
});

describe('intervals.icu wellness sample', () => {
  const raw = csvObjects(sample('intervals-wellness.csv'));
  const values = (name: string) => raw.rows.map((r) => raw.get(r, name)).filter((s) => s !== '').map(Number);

  it('fills Sleep, HRV and Resting HR for each of its 420 days, oldest first', () => {
    const p = run('intervals-wellness.csv', 'mi');
    expect([p.format, p.rows.length, p.duplicates, p.skipped, p.warnings]).toEqual(['intervals-wellness', 420, 0, 0, []]);
    expect(column(p, DATE)).toEqual(sorted(raw.rows.map((r) => raw.get(r, 'date'))));
    expect(Math.abs(sum(column(p, SLEEP)) - sum(values('sleepSecs')) / 3600)).toBeLessThan(420 * 0.005);
    expect(column(p, HRV).filter((v) => v !== '')).toHaveLength(values('hrv').length);
    expect(Math.abs(sum(column(p, HRV)) - sum(values('hrv')))).toBeLessThan(182 * 0.05);
    expect(sum(column(p, RHR))).toBe(sum(values('restingHR')));
    for (const i of [TYPE, DISTANCE, DURATION, RPE, MOOD, SORENESS, NOTES]) expect(column(p, i).every((v) => v === '')).toBe(true);
  });
});
