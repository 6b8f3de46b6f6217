// WEEKLY_MILES on the built bundle, as Sheets calls it.
import { dateIn, loadBundle } from '../../support/bundle';
import { addDays, logTable } from '../../support/logs';

// The machine's own zone must not matter: only the spreadsheet's does.
process.env.TZ = 'Pacific/Kiritimati';

const HEADER = ['Week of', 'Run', 'Cross-training', 'Total', 'Change'];
const sydney = loadBundle({ spreadsheetZone: 'Australia/Sydney', scriptZone: 'Etc/UTC' });
const weekly = (...args: unknown[]) => sydney.call('WEEKLY_MILES', ...args) as unknown[][];
const dated = (rows: unknown[][]) => rows.slice(1).map(([d, ...rest]) => [dateIn(d, 'Australia/Sydney'), ...rest]);

const LOG = logTable([
  { date: '2026-03-30', type: 'Easy run', distance: 6, duration: 60, rpe: 4 },
  { date: '2026-04-04', type: 'Long run', distance: 14, duration: 150, rpe: 6 },
  { date: '2026-04-05', type: 'Bike', duration: 90, rpe: 3 }, // Sunday; DST ends in Sydney that morning
  { date: '2026-04-06', type: 'Run', distance: 5, duration: 50, rpe: 4 },
  { date: '2026-04-12', type: 'Swim', duration: 30, rpe: 4 },
  { date: '2026-04-13', type: 'Long run', distance: 25, duration: 250, rpe: 6 },
], 'Australia/Sydney');

describe('WEEKLY_MILES', () => {
  it('gives a change under half a percent as 0, so it never reads −0 %', () => {
    const log = logTable([
      { date: '2026-03-30', type: 'Easy run', distance: 40, duration: 400, rpe: 4 },
      { date: '2026-04-06', type: 'Easy run', distance: 39.9, duration: 400, rpe: 4 },
      { date: '2026-04-13', type: 'Easy run', distance: 39.6, duration: 400, rpe: 4 },
    ], 'Australia/Sydney');
    expect(weekly(log).slice(1).map((r) => r[4])).toEqual(['', 0, 39.6 / 39.9 - 1]);
  });

  it('returns the header row and one row per calendar week in the spreadsheet\'s zone', () => {
    const out = weekly(LOG);
    expect(out[0]).toEqual(HEADER);
    expect(dated(out)).toEqual([
      ['2026-03-30', 20, 6, 26, ''],
      ['2026-04-06', 5, 3, 8, 5 / 20 - 1],
      ['2026-04-13', 25, 0, 25, 4],
    ]);
  });

  it('returns Dates at local midnight of the week\'s first day', () => {
    const weekOf = weekly(LOG)[3][0] as Date;
    expect(weekOf.toISOString()).toBe('2026-04-12T14:00:00.000Z'); // 2026-04-13 00:00 AEST (+10)
  });

  it('starts weeks on Sunday', () => {
    expect(dated(weekly(LOG, '', 'Sun')).map((r) => r.slice(0, 2))).toEqual([
      ['2026-03-29', 20],
      ['2026-04-05', 5],
      ['2026-04-12', 25],
    ]);
  });

  it('keeps the weeks overlapping a month, with Change from the week before', () => {
    expect(dated(weekly(LOG, '2026-03')).map((r) => r[0])).toEqual(['2026-03-30']);
    const april = dated(weekly(LOG, '2026-04-20'));
    expect(april.map((r) => r[0])).toEqual(['2026-03-30', '2026-04-06', '2026-04-13']);
    expect(dated(weekly(LOG, '2026-05'))).toEqual([]);
  });

  it('takes easy_pace for cross-training equivalents', () => {
    expect(dated(weekly(LOG, '', '', 7.5))[0][2]).toBeCloseTo(8, 12);
  });

  it('lists weeks without sessions with 0 and gives the header alone for an empty log', () => {
    const gap = logTable([{ date: '2026-01-05', type: 'Run', distance: 3 }, { date: addDays('2026-01-05', 21), type: 'Run', distance: 3 }]);
    expect(dated(loadBundle({ spreadsheetZone: 'Etc/UTC' }).call('WEEKLY_MILES', gap) as unknown[][]).map((r) => r[1])).toEqual([3, 0, 0, 3]);
    expect(weekly([['Date', 'Type', 'Distance'], ['', '', '']])).toEqual([HEADER]);
  });

  it.each([
    [[['Distance'], [5]], [], 'WEEKLY_MILES: no "Date" column in the first row of the range — include the header row (e.g. Log!A1:L)'],
    [LOG, ['March'], 'WEEKLY_MILES: month "March" is not readable — give a date in the month or text like "2026-03"'],
    [LOG, ['', 'Wed'], 'WEEKLY_MILES: week_start "Wed" is not one of "Mon", "Sun"'],
    [LOG, ['', '', -3], 'WEEKLY_MILES: easy_pace "-3" must be minutes per distance unit, more than 0 and at most 60 (e.g. 10)'],
  ])('throws an Error that names the formula and the fix', (log, args, message) => {
    expect(() => weekly(log, ...args)).toThrow(message);
  });
});
