import { DEMO_WEEKS, demoLog } from '../../preview/demoLog';
import { loadBundle } from '../support/bundle';
import { logTable } from '../support/logs';

const LAST = '2026-11-26';
const rows = demoLog(LAST);
const table = logTable(rows);
const bundle = loadBundle({ spreadsheetZone: 'Etc/UTC' });

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

  it('builds volume, then overreaches: ACWR above 1.5 inside the block', () => {
    const weekly = bundle.call('WEEKLY_MILES', table) as unknown[][];
    const runs = weekly.slice(1).map((r) => r[1] as number);
    expect(runs[0]).toBeGreaterThan(30);
    expect(Math.max(...runs)).toBeGreaterThan(70);
    const load = bundle.call('TRAINING_LOAD', table) as unknown[][];
    const acwr = load.slice(1).map((r) => r[5]).filter((v): v is number => typeof v === 'number');
    expect(Math.max(...acwr)).toBeGreaterThan(1.5);
  });

  it('shows WATCH and ALERT days, and ends on a red recovery and an ALERT', () => {
    const levels = (bundle.call('BURNOUT_ALERTS', table) as unknown[][]).slice(1).map((r) => r[1]);
    expect(levels.filter((l) => l === 'WATCH').length).toBeGreaterThan(5);
    expect(levels.filter((l) => l === 'ALERT').length).toBeGreaterThan(5);
    expect(levels.filter((l) => l === 'OK').length).toBeGreaterThan(levels.length / 2);
    expect(levels[levels.length - 1]).toBe('ALERT');
    const recovery = bundle.call('RECOVERY_SCORE', table) as unknown[][];
    expect(recovery[recovery.length - 1][2]).toBe('Red');
  });
});
