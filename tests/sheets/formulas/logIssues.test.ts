// LOG_ISSUES on the built bundle, as Sheets calls it.
import { loadBundle } from '../../support/bundle';
import { HEADER as LOG_HEADER } from '../../support/logs';

const bundle = loadBundle({ spreadsheetZone: 'Etc/UTC' });
const issues = (...args: unknown[]) => bundle.call('LOG_ISSUES', ...args) as unknown[][];

describe('LOG_ISSUES', () => {
  it('lists every skipped or defaulted cell with its sheet row, column and what to fix', () => {
    const out = issues([
      LOG_HEADER,
      ['2026-01-01', 'Easy run', 5, 50, 4, 7, 60, 48, 4, 2, 'fine'],
      ['01/02/2026', 'Easy run', 5, 50, 4, '', '', '', '', '', ''],
      ['2026-01-03', 'Tempo', 'six', 50, '', '', '', '', '', '', ''],
      ['2026-01-04', 'Long run', 14, 3000, 12, 30, '', 300, 0, 6, ''],
      ['2026-01-05', 'Zumba', '', 60, 5, '', '=A1', '', '', '', '<b>x</b>'],
      ['', 'Easy run', 5, 50, 4, '', '', '', '', '', ''],
      ['1960-06-01', 'Easy run', 5, 50, 4, '', '', '', '', '', ''],
      ['2026-01-06', 'Bike', '', '', 4, '', '', '', '', '', ''],
      ['2026-01-07', 'Easy run', 5, 'long', true, '', '', '', '', '', ''],
    ]);
    expect(out).toEqual([
      ['Row', 'Column', 'Problem'],
      [3, 'Date', '"01/02/2026" is not a date — use a date cell or YYYY-MM-DD — the row is ignored'],
      [4, 'Distance', '"six" is not a number — ignored'],
      [4, 'RPE', 'no RPE: assumed 7 → load 350'],
      [5, 'Sleep', '30 is out of range (0–24 h) — ignored'],
      [5, 'Resting HR', '300 is out of range (20–250 bpm) — ignored'],
      [5, 'Mood', '0 is out of range (1–5) — ignored'],
      [5, 'Soreness', '6 is out of range (1–5) — ignored'],
      [5, 'Duration', '3000 is out of range (0–48 h) — ignored'],
      [5, 'RPE', '12 is out of range (RPE 1–10) — ignored'],
      [5, 'Duration', 'no duration: assumed 10 min per distance unit (140 min); no RPE: assumed 5 → load 700'],
      [6, 'HRV', '"=A1" is not a number — ignored'],
      [6, 'Type', 'unknown session type "Zumba" — counted toward load only'],
      [7, 'Date', 'no date — the row is ignored'],
      [8, 'Date', 'date is outside 1970-01-01…2100-12-31 — the row is ignored'],
      [9, 'Duration', 'no duration: load counted as 0'],
      [10, 'Duration', '"long" is not a duration — use minutes, h:mm or h:mm:ss — ignored'],
      [10, 'RPE', '"true" is not a number — ignored'],
      [10, 'Duration', 'no duration: assumed 10 min per distance unit (50 min); no RPE: assumed 4 → load 200'],
    ]);
  });

  it('gives the header row alone for a clean log, and names the runner\'s own headers', () => {
    expect(issues([['Date', 'Miles', 'Minutes', 'RPE'], ['2026-01-01', 3, 30, 4]])).toEqual([['Row', 'Column', 'Problem']]);
    expect(issues([['Day', 'Miles', 'Time'], ['2026-01-01', 'x', '']])).toEqual([
      ['Row', 'Column', 'Problem'],
      [2, 'Miles', '"x" is not a number — ignored'],
      [2, 'Time', 'no duration: load counted as 0'],
    ]);
  });

  it('uses easy_pace in the defaults it reports, and throws on a wrong call', () => {
    expect(issues([['Date', 'Distance'], ['2026-01-01', 3]], 8)[1][2]).toBe('no duration: assumed 8 min per distance unit (24 min); no RPE: assumed 4 → load 96');
    expect(() => issues([['Distance'], [3]])).toThrow(/^LOG_ISSUES: no "Date" column in the first row of the range/);
  });
});

describe('type_map, the last argument of every Log formula', () => {
  const LOG = [['Date', 'Type', 'Distance', 'Duration', 'RPE'], ['2026-01-05', 'Rex time', 5, 45, 4], ['2026-01-06', 'Club night', 6, 50, 4]];
  const MAP = [['Word', 'Session type'], ['rex time', 'Easy run'], ['CLUB Night', 'Run'], ['Zumba', 'Dance']];

  it('counts the runner\'s own words as their session type in every formula that reads types', () => {
    expect((bundle.call('WEEKLY_MILES', LOG) as unknown[][])[1].slice(1, 4)).toEqual([0, 0, 0]);
    const weekly = bundle.call('WEEKLY_MILES', LOG, '', '', '', MAP) as unknown[][];
    expect(weekly[1].slice(1, 4)).toEqual([11, 0, 11]);
    expect(issues(LOG, '', MAP)).toEqual([
      ['Row', 'Column', 'Problem'],
      [4, 'type_map', '"Dance" is not a session type (e.g. Easy run, Bike, Strength) — "Zumba" ignored'],
    ]);
    expect(issues(LOG).slice(1).map((r) => r[2])).toEqual([
      'unknown session type "Rex time" — counted toward load only',
      'unknown session type "Club night" — counted toward load only',
    ]);
    for (const name of ['TRAINING_LOAD', 'BURNOUT_ALERTS', 'FORM_ZONE']) expect(() => bundle.call(name, LOG, '', '', MAP)).not.toThrow();
    expect(() => bundle.call('RECOVERY_SCORE', LOG, '', MAP)).not.toThrow();
    expect(() => bundle.call('ORDER_CHECK', LOG, MAP)).not.toThrow();
  });

  it('names the argument when the map is not a two-column range', () => {
    expect(() => issues(LOG, '', 'Løb')).toThrow('LOG_ISSUES: type_map must be a range of two columns, word and session type (e.g. TypeMap or Settings!A20:B40), not "Løb"');
    expect(() => bundle.call('TRAINING_LOAD', LOG, '', '', [['Løb'], ['Corrida']])).toThrow(/^TRAINING_LOAD: type_map must be a range of two columns.*not "a one-column range"$/);
  });
});

describe('result limits', () => {
  const season = Array.from({ length: 60 }, (_, i) => [new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), 'Easy run', 5, 50, 4]);
  const withTypo = [['Date', 'Type', 'Distance', 'Duration', 'RPE'], ...season, ['2099-03-01', 'Long run', 14, 140, 5], ['2026-03-02', 'Easy run', 4, 40, 4]];

  it('skips a date more than a year beyond every other (a typo like 2099) in every formula, and LOG_ISSUES says so', () => {
    const load = bundle.call('TRAINING_LOAD', withTypo) as unknown[][];
    expect(load).toHaveLength(1 + 61); // 2026-01-01 … 2026-03-02, not 75 years of days
    expect((bundle.call('WEEKLY_MILES', withTypo) as unknown[][]).length).toBeLessThan(12);
    expect(issues(withTypo)).toEqual([
      ['Row', 'Column', 'Problem'],
      [62, 'Date', '2099-03-01 is more than a year after every other date in the log (a typo?) — the row is ignored'],
    ]);
  });

  it('keeps a date within a year of the others, and a log of one day', () => {
    const later = withTypo.map((r) => (r[0] === '2099-03-01' ? ['2027-02-20', ...r.slice(1)] : r));
    expect(issues(later)).toEqual([['Row', 'Column', 'Problem']]);
    expect(issues([['Date', 'Distance', 'Duration', 'RPE'], ['2099-03-01', 5, 50, 4]])).toEqual([['Row', 'Column', 'Problem']]);
  });

  it('lists at most 1,000 problems, then one row with the count of the rest', () => {
    const broken = [['Date', 'Type', 'Distance', 'Duration', 'RPE'], ...Array.from({ length: 60_000 }, () => ['someday', 'Easy run', 5, 50, 4])];
    const out = issues(broken);
    expect(out).toHaveLength(1 + 1000 + 1);
    expect(out[1000]).toEqual([1001, 'Date', '"someday" is not a date — use a date cell or YYYY-MM-DD — the row is ignored']);
    expect(out[1001]).toEqual(['', '', '59,000 more problems not listed: fix these first, or read the log in parts (e.g. Log!A1:L20000)']);
  });
});
