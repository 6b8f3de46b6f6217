// BURNOUT_ALERTS on the built bundle, as Sheets calls it.
import { dateIn, loadBundle } from '../../support/bundle';
import { addDays, logTable } from '../../support/logs';

const HEADER = ['Date', 'Level', 'Reasons'];
const bundle = loadBundle({ spreadsheetZone: 'Europe/London' });
const alerts = (...args: unknown[]) => bundle.call('BURNOUT_ALERTS', ...args) as unknown[][];

// Five steady weeks with a rest day each, then a jump in running: ACWR and run miles fire.
const LOG = logTable(Array.from({ length: 40 }, (_, i) => {
  const date = addDays('2026-03-01', i);
  if (i % 7 === 6) return { date, type: 'Rest' };
  return i < 35 ? { date, type: 'Easy run', distance: 4, duration: 40, rpe: 4 } : { date, type: 'Easy run', distance: 10, duration: 100, rpe: 5 };
}), 'Europe/London');

describe('BURNOUT_ALERTS', () => {
  it('gives the same days as TRAINING_LOAD with level and every reason', () => {
    const out = alerts(LOG);
    expect(out[0]).toEqual(HEADER);
    expect(out.map((r) => r[0])).toEqual((bundle.call('TRAINING_LOAD', LOG) as unknown[][]).map((r) => r[0]));
    expect(dateIn(out[38][0], 'Europe/London')).toBe('2026-04-07');
    expect(out[38][1]).toBe('ALERT');
    expect(out[38][2]).toMatch(/^ACWR 1\.\d\d > 1\.5; run miles \+\d+% vs the highest of the previous 4 weeks \(> \+30%\); Form -\d+% of Fitness < -30%$/);
  });

  it('says OK with no reasons on a quiet day', () => {
    const easy = logTable(Array.from({ length: 30 }, (_, i) => ({ date: addDays('2026-03-01', 2 * i), type: 'Easy run', distance: 2, duration: 20, rpe: 3 })));
    expect(alerts(easy)[40].slice(1)).toEqual(['OK', '']);
  });

  it('keeps one month', () => {
    const april = alerts(LOG, '2026-04-01');
    expect(april).toHaveLength(1 + 9);
    expect(april[1]).toEqual(alerts(LOG)[32]);
    expect(alerts([['Date', 'Type']])).toEqual([HEADER]);
  });

  it('throws an Error naming the formula on a wrong call', () => {
    expect(() => alerts(LOG, '', 0)).toThrow('BURNOUT_ALERTS: easy_pace "0" must be minutes per distance unit, more than 0 and at most 60 (e.g. 10)');
    expect(() => alerts([['Type'], ['Run']])).toThrow(/^BURNOUT_ALERTS: no "Date" column/);
  });
});
