import { TimeZone, isoFromDay } from '../../src/core/days';
import { readLog } from '../../src/core/log/readLog';
import { weeklyVolume } from '../../src/core/volume';
import { logTable } from '../support/logs';

const utc = new TimeZone('Etc/UTC');
const weeks = (entries: Parameters<typeof logTable>[0], startWeekday = 0) =>
  weeklyVolume(readLog(logTable(entries), utc, 'T'), startWeekday, 10).map((w) => ({ ...w, weekStart: isoFromDay(w.weekStart) }));

describe('weeklyVolume', () => {
  it('sums runs and cross-training per week, empty weeks included', () => {
    expect(weeks([
      { date: '2026-03-02', type: 'Easy run', distance: 5, duration: 50 },
      { date: '2026-03-08', type: 'Long run', distance: 15, duration: 150 },
      { date: '2026-03-04', type: 'Bike', duration: 60 },
      { date: '2026-03-05', type: 'Strength', duration: 45 },
      { date: '2026-03-24', type: 'Run', distance: 10, duration: 95 },
    ])).toEqual([
      { weekStart: '2026-03-02', run: 20, cross: 4, total: 24 },
      { weekStart: '2026-03-09', run: 0, cross: 0, total: 0, change: -1 },
      { weekStart: '2026-03-16', run: 0, cross: 0, total: 0 },
      { weekStart: '2026-03-23', run: 10, cross: 0, total: 10 },
    ]);
  });

  it('starts weeks on Sunday when asked', () => {
    const w = weeks([{ date: '2026-03-08', type: 'Run', distance: 4 }, { date: '2026-03-09', type: 'Run', distance: 6 }], 6);
    expect(w.map((x) => [x.weekStart, x.run])).toEqual([['2026-03-08', 10]]);
  });

  it('computes Change against the previous week\'s run', () => {
    const w = weeks([{ date: '2026-03-02', type: 'Run', distance: 20 }, { date: '2026-03-09', type: 'Run', distance: 25 }]);
    expect(w[1].change).toBeCloseTo(0.25, 12);
  });

  it('is empty for an empty log', () => {
    expect(weeklyVolume(readLog([['Date']], utc, 'T'), 0, 10)).toEqual([]);
  });
});

describe('weeklyVolume edge cases', () => {
  it('leaves Change blank when the ratio overflows (a near-zero previous week)', () => {
    const w = weeks([{ date: '2026-03-02', type: 'Run', distance: 5e-324 }, { date: '2026-03-09', type: 'Run', distance: 3 }]);
    expect(w[1].change).toBeUndefined();
  });
});
