// TRAINING_LOAD on the built bundle, as Sheets calls it.
import { dateIn, loadBundle } from '../../support/bundle';
import { addDays, logTable } from '../../support/logs';

const HEADER = ['Date', 'Load', 'Fatigue (ATL)', 'Fitness (CTL)', 'Form (TSB)', 'ACWR', 'Monotony', 'Strain'];
const utc = loadBundle({ spreadsheetZone: 'Etc/UTC' });
const load = (...args: unknown[]) => utc.call('TRAINING_LOAD', ...args) as unknown[][];

describe('TRAINING_LOAD', () => {
  it('reproduces the reference\'s worked numbers: 100 a day for 42 days → CTL 63.65', () => {
    const log = logTable(Array.from({ length: 42 }, (_, i) => ({ date: addDays('2026-01-01', i), type: 'Easy run', duration: 25, rpe: 4 })));
    const out = load(log);
    expect(out[0]).toEqual(HEADER);
    expect(out).toHaveLength(43);
    expect(out[42][3]).toBeCloseTo(63.65, 2);
  });

  it('reproduces the 8-day series: day-7 CTL 9.33 and ATL 37.02, days without sessions included', () => {
    const loads: Record<number, number> = { 0: 150, 1: 50, 2: 40, 5: 60, 6: 30, 7: 100 };
    const log = logTable(Object.entries(loads).map(([d, l]) => ({ date: addDays('2026-02-01', Number(d)), type: 'Run', duration: l / 5, rpe: 5 })));
    const out = load(log);
    expect(out.slice(1).map((r) => r[1])).toEqual([150, 50, 40, 0, 0, 60, 30, 100]);
    expect(out[8][3]).toBeCloseTo(9.33, 2);
    expect(out[8][2]).toBeCloseTo(37.02, 2);
    expect(out[1][5]).toBe('');
    expect(out[6][6]).toBe('');
    expect(out[7][6]).toEqual(expect.any(Number));
  });

  it('gives one row per calendar day in the spreadsheet\'s zone across DST', () => {
    const ny = loadBundle({ spreadsheetZone: 'America/New_York', scriptZone: 'Etc/UTC' });
    const log = logTable([{ date: '2026-03-07', type: 'Run', duration: 30, rpe: 4 }, { date: '2026-03-10', type: 'Run', duration: 30, rpe: 4 }], 'America/New_York');
    const out = ny.call('TRAINING_LOAD', log) as unknown[][];
    expect(out.slice(1).map((r) => dateIn(r[0], 'America/New_York'))).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(out.slice(1).map((r) => (r[0] as Date).toISOString())).toEqual([
      '2026-03-07T05:00:00.000Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', '2026-03-10T04:00:00.000Z',
    ]);
  });

  it('keeps a month\'s days while the averages run over the whole history', () => {
    const log = logTable(Array.from({ length: 60 }, (_, i) => ({ date: addDays('2026-01-15', i), type: 'Run', duration: 40 + (i % 5) * 10, rpe: 5 })));
    const all = load(log);
    const feb = load(log, '2026-02');
    expect(feb).toHaveLength(29);
    expect(dateIn(feb[1][0], 'Etc/UTC')).toBe('2026-02-01');
    expect(feb[1]).toEqual(all[18]);
    expect(load(log, '2025-12')).toEqual([HEADER]);
  });

  it('counts several sessions a day and documented defaults', () => {
    const log = logTable([
      { date: '2026-01-01', type: 'Tempo', duration: 50 }, // RPE 7 assumed
      { date: '2026-01-01', type: 'Yoga', duration: 20, rpe: 2 },
      { date: '2026-01-02', type: 'Easy run', distance: 5, rpe: 4 }, // 10 min per unit assumed
    ]);
    expect(load(log).slice(1).map((r) => r[1])).toEqual([390, 200]);
    expect(load(log, '', 8).slice(1).map((r) => r[1])).toEqual([390, 160]);
  });

  it('throws an Error naming the formula on a wrong call', () => {
    expect(() => load('Log!A1:L')).toThrow('TRAINING_LOAD: the log must be a range with its header row first — e.g. Log!A1:L');
    expect(() => load([['Date']], '13/2026')).toThrow(/^TRAINING_LOAD: month "13\/2026" is not readable/);
  });
});
