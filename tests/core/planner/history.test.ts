// What the planner reads from the log.
import { TimeZone, dayFromYmd } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { historyFromLog } from '../../../src/core/planner/history';
import { logTable } from '../../support/logs';

const tz = new TimeZone('Etc/UTC');
const MON = dayFromYmd(2026, 3, 2);
const log = (entries: Parameters<typeof logTable>[0]) => readLog(logTable(entries), tz, 'SUGGEST_PLAN');

describe('historyFromLog', () => {
  const LOG = log([
    { date: '2026-01-26', type: 'Easy run', distance: 99, duration: 600 }, // 5 weeks before: outside
    { date: '2026-02-02', type: 'Long run', distance: 12, duration: 130 },
    { date: '2026-02-10', type: 'Easy run', distance: 5, duration: 50 },
    { date: '2026-02-12', type: 'Tempo', distance: 6, duration: 45 },
    { date: '2026-02-12', type: 'Bike', duration: 60 },
    { date: '2026-02-28', type: 'Strength (lower)', duration: 45 },
    { date: '2026-03-01', type: 'Long run', distance: 14, duration: 150 },
  ]);

  const runs = (h: ReturnType<typeof historyFromLog>) => h.weeks.map((w) => w.run);

  it('sums each week\'s running and longest run, weeks aligned on the plan\'s first day', () => {
    expect(runs(historyFromLog(LOG, MON, 'mi'))).toEqual([99, 12, 11, 0, 14]);
    expect(historyFromLog(LOG, MON, 'mi').weeks.map((w) => w.longest)).toEqual([99, 12, 6, 0, 14]);
    // A plan starting on a Wednesday: weeks Wed–Tue; the first one starts before the log.
    expect(runs(historyFromLog(LOG, MON + 2, 'mi'))).toEqual([99, 12, 5, 6, 0, 14]);
    expect(historyFromLog(LOG, MON + 2, 'mi').weeks[0].partial).toBe(true);
    expect(runs(historyFromLog(LOG, MON - 1, 'mi'))).toEqual([99, 12, 11, 0, 0]); // the plan's own first day is not history
  });

  it('counts only weeks the log covers, and looks back from the log\'s end when the plan is later', () => {
    expect(runs(historyFromLog(log([{ date: '2026-02-25', type: 'Run', distance: 5 }]), MON, 'mi'))).toEqual([5]);
    expect(runs(historyFromLog(LOG, MON + 14, 'mi'))).toEqual([99, 12, 11, 0, 14]);
  });

  it('keeps races apart from the running, in km', () => {
    const raced = log([{ date: '2026-02-21', type: 'Race', distance: 100, duration: '28:30:00' }, { date: '2026-02-23', type: 'Run', distance: 3 }]);
    expect(historyFromLog(raced, MON, 'mi').weeks).toEqual([{ start: MON - 14, run: 0, longest: 0, raceKm: 160, raceDay: MON - 9, partial: true }, { start: MON - 7, run: 3, longest: 3, partial: true }]); // the log ends inside its last week
  });

  it('takes the easy pace from easy and long runs, with a per-unit default', () => {
    expect(historyFromLog(LOG, MON, 'mi').pace).toBeCloseTo((130 + 50 + 150) / (12 + 5 + 14), 9);
    expect(historyFromLog(log([{ date: '2026-02-25', type: 'Tempo', distance: 5, duration: 35 }]), MON, 'mi').pace).toBe(10);
    expect(historyFromLog(log([{ date: '2026-02-25', type: 'Yoga', duration: 20 }]), MON, 'km').pace).toBe(6.25);
    expect(historyFromLog(log([{ date: '2026-02-25', type: 'Easy run', distance: 1, duration: 90 }]), MON, 'mi').pace).toBe(10);
  });

  it('hands over the 2 logged days before the plan', () => {
    expect(historyFromLog(LOG, MON, 'mi').before).toEqual([[{ kind: 'strength_lower', minutes: 45 }], [{ kind: 'long_run', minutes: 150 }]]);
    expect(historyFromLog(LOG, MON + 7, 'mi').before).toEqual([[], []]);
  });
});
