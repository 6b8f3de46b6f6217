// RECOVERY_SCORE on the built bundle, as Sheets calls it.
import { dateIn, loadBundle } from '../../support/bundle';
import { Entry, addDays, logTable } from '../../support/logs';

const HEADER = ['Date', 'Recovery', 'Status', 'Why'];
const zone = 'America/Denver';
const bundle = loadBundle({ spreadsheetZone: zone });
const recovery = (...args: unknown[]) => bundle.call('RECOVERY_SCORE', ...args) as unknown[][];

// The worked example of docs/recovery.md: 14 mornings of baseline, then a tired morning.
const MORNINGS: Entry[] = [
  ...Array.from({ length: 14 }, (_, i) => ({ date: addDays('2026-02-20', i), hrv: i % 2 ? 65 : 55, rhr: i % 2 ? 50 : 48 })),
  { date: '2026-03-06', hrv: 50, rhr: 53, sleep: 6, mood: 3, soreness: 4 },
  { date: '2026-03-08', type: 'Easy run', distance: 5, duration: 50, rpe: 4 },
];

describe('RECOVERY_SCORE', () => {
  it('gives the same days as TRAINING_LOAD, with the worked example\'s score', () => {
    const log = logTable(MORNINGS, zone);
    const out = recovery(log);
    expect(out[0]).toEqual(HEADER);
    const load = bundle.call('TRAINING_LOAD', log) as unknown[][];
    expect(out.map((r) => r[0])).toEqual(load.map((r) => r[0]));
    const [date, score, status, why] = out[15];
    expect(dateIn(date, zone)).toBe('2026-03-06');
    expect(score).toBeCloseTo(51.66, 2);
    expect([status, why]).toEqual(['Amber', 'soreness 4/5; slept 6 h; HRV low-normal (7-day avg 58 ms, normal 55–65 ms)']);
    // The morning's own HRV is a crash: BURNOUT_ALERTS says so while the 7-day mean is still in range.
    const alerts = bundle.call('BURNOUT_ALERTS', log) as unknown[][];
    expect(alerts[15].slice(1)).toEqual(['WATCH', 'HRV 50 ms, far below your normal 55–65 (2.1 SD below the 60-day mean; > 2)']);
  });

  it('leaves Recovery and Status blank on days without wellness input', () => {
    const out = recovery(logTable(MORNINGS, zone));
    expect(out[16].slice(1)).toEqual(['', '', '']); // 2026-03-07: nothing logged
    expect(out[17].slice(1)).toEqual(['', '', '']); // 2026-03-08: a run, no wellness
    expect(out[1].slice(1)).toEqual(['', '', 'HRV not scored yet (baseline 0 of 14 readings); resting HR not scored yet (baseline 0 of 14 readings)']);
  });

  it('keeps one month while the baselines use the whole log', () => {
    const march = recovery(logTable(MORNINGS, zone), '2026-03');
    expect(march.map((r) => (r[0] === 'Date' ? r[0] : dateIn(r[0], zone)))).toEqual(['Date', ...Array.from({ length: 8 }, (_, i) => addDays('2026-03-01', i))]);
    expect(march[6][1]).toBeCloseTo(51.66, 2);
    expect(recovery([['Date', 'Sleep']])).toEqual([HEADER]);
  });

  it('throws an Error naming the formula on a wrong call', () => {
    expect(() => recovery([['Sleep'], [7]])).toThrow('RECOVERY_SCORE: no "Date" column in the first row of the range — include the header row (e.g. Log!A1:L)');
    expect(() => recovery(logTable(MORNINGS), 'soon')).toThrow(/^RECOVERY_SCORE: month "soon" is not readable/);
  });
});
