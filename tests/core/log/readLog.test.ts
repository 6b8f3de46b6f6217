import fc from 'fast-check';
import { TimeZone, dayFromYmd } from '../../../src/core/days';
import { WellnessSums, readLog, typeReader } from '../../../src/core/log/readLog';
import { FormulaError } from '../../../src/core/errors';
import { HEADER, logTable, midnight } from '../../support/logs';

const utc = new TimeZone('Etc/UTC');
const day = (iso: string) => dayFromYmd(...(iso.split('-').map(Number) as [number, number, number]));

describe('readLog', () => {
  it('finds columns by header in any order, with units and synonyms', () => {
    const log = readLog([
      ['  notes', 'Effort', 'Km', 'TIME (h:mm)', 'Activity Type', 'Day', 'rMSSD (ms)', 'RHR'],
      ['felt good', 6, 12.5, '1:10', 'Long run', '2026-03-07', 55, 48],
    ], utc, 'T');
    expect(log.sessions).toEqual([{ row: 2, day: day('2026-03-07'), kind: 'long_run', typeText: 'Long run', distance: 12.5, minutes: 70, rpe: 6, load: 420, notes: 'felt good' }]);
    expect(log.wellness).toEqual([{ hrv: 55, rhr: 48 }]);
    expect(log.issues).toEqual([]);
  });

  it('reads Avg HR and Elevation gain per session, by their synonyms, and checks their range', () => {
    const log = readLog([
      ['Date', 'Type', 'Distance', 'Average Heart Rate', 'Total Ascent (ft)'],
      ['2026-03-07', 'Long run', 20, 142, 3200],
      ['2026-03-08', 'Easy run', 5, 400, -3],
      ['2026-03-09', '', '', '', 1200],
    ], utc, 'T');
    expect(log.sessions.map((s) => [s.avgHr, s.elevation])).toEqual([[142, 3200], [undefined, undefined], [undefined, 1200]]);
    expect(log.issues.filter((i) => i.row === 3 && i.column !== 'Duration')).toEqual([
      { row: 3, column: 'Average Heart Rate', problem: '400 is out of range (30–250 bpm) — ignored' },
      { row: 3, column: 'Total Ascent (ft)', problem: '-3 is out of range (0–50000) — ignored' },
    ]);
    for (const header of ['avg hr', 'Avg heart rate', 'HR']) expect(readLog([['Date', header], ['2026-01-01', 150]], utc, 'T').sessions[0].avgHr).toBe(150);
    for (const header of ['Elevation', 'elev gain', 'Ascent', 'Vert', 'Climb (m)', 'Elevation gain']) {
      expect(readLog([['Date', header], ['2026-01-01', 900]], utc, 'T').sessions[0].elevation).toBe(900);
    }
  });

  it('reads dates as Date cells, serial numbers and ISO text', () => {
    const log = readLog([['Date', 'Distance'], [midnight('2026-01-02', 'Etc/UTC'), 1], [46025, 2], ['2026-01-04', 3], ['2026-01-05T07:30:00', 4]], utc, 'T');
    expect(log.sessions.map((s) => s.day - day('2026-01-02'))).toEqual([0, 1, 2, 3]);
    expect(log.firstDay).toBe(day('2026-01-02'));
    expect(log.lastDay).toBe(day('2026-01-05'));
  });

  it('takes the calendar day in the spreadsheet\'s zone', () => {
    const sydney = new TimeZone('Australia/Sydney');
    const log = readLog(logTable([{ date: '2026-04-05', type: 'Run', distance: 5, duration: 50, rpe: 4 }], 'Australia/Sydney'), sydney, 'T');
    expect(log.sessions[0].day).toBe(day('2026-04-05'));
  });

  it('reads durations as minutes, h:mm:ss / h:mm text or duration cells', () => {
    const kolkata = new TimeZone('Asia/Kolkata');
    // A duration cell of 1:30:15 arrives as 1899-12-30 01:30:15 in the spreadsheet's zone, whose
    // offset in 1899 was local mean time (+5:21:10 in Kolkata), not today's.
    const durationCell = new Date(Date.UTC(1899, 11, 30, 1, 30, 15) - (5 * 3600 + 21 * 60 + 10) * 1000);
    const log = readLog([['Date', 'Duration'], ['2026-01-01', 45], ['2026-01-01', '1:02:30'], ['2026-01-01', '0:45'], ['2026-01-01', durationCell]], kolkata, 'T');
    expect(log.sessions.map((s) => s.minutes)).toEqual([45, 62.5, 45, 90.25]);
  });

  it('adds several sessions a day and averages several wellness values', () => {
    const log = readLog(logTable([
      { date: '2026-02-01', type: 'Easy run', duration: 40, rpe: 4, sleep: 6, hrv: 50 },
      { date: '2026-02-01', type: 'Strength', duration: 30, rpe: 6, sleep: 8 },
    ]), utc, 'T');
    expect(log.sessions.map((s) => s.load)).toEqual([160, 180]);
    expect(log.wellness).toEqual([{ sleep: 7, hrv: 50 }]);
  });

  it('ignores blank rows and reports junk without losing the rest of the row', () => {
    const log = readLog([
      HEADER,
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['2026-02-30', 'Run', 5, 50, 4, '', '', '', '', '', ''],
      ['', 'Run', 5, 50, 4, '', '', '', '', '', ''],
      ['2026-02-03', 'Zumba', 'five', 50, 11, 'lots', '', '', 9, '', ''],
    ], utc, 'T');
    expect(log.sessions).toHaveLength(1);
    expect(log.sessions[0]).toMatchObject({ row: 5, kind: null, minutes: 50, load: 250 });
    expect(log.issues).toEqual([
      { row: 3, column: 'Date', problem: '"2026-02-30" is not a date — use a date cell or YYYY-MM-DD — the row is ignored' },
      { row: 4, column: 'Date', problem: 'no date — the row is ignored' },
      { row: 5, column: 'Sleep', problem: '"lots" is not a duration — use minutes, h:mm or h:mm:ss — ignored' },
      { row: 5, column: 'Mood', problem: '9 is out of range (1–5) — ignored' },
      { row: 5, column: 'Distance', problem: '"five" is not a number — ignored' },
      { row: 5, column: 'RPE', problem: '11 is out of range (RPE 1–10) — ignored' },
      { row: 5, column: 'Type', problem: 'unknown session type "Zumba" — counted toward load only' },
      { row: 5, column: 'RPE', problem: 'no RPE: assumed 5 → load 250' },
    ]);
  });

  it('names a column by the runner\'s header and reports runs without a distance', () => {
    const log = readLog([
      ['Date', 'Activity', 'Distance (km)', 'Minutes', 'RPE'],
      ['2026-01-01', 'Trail run', '', 50, 4],
      ['2026-01-02', 'Bike', '', 60, 4],
      ['2026-01-03', 'Trail run', -2, 50, 4],
    ], utc, 'T');
    expect(log.issues).toEqual([
      { row: 2, column: 'Distance (km)', problem: 'no distance — the run counts 0 toward run miles' },
      { row: 4, column: 'Distance (km)', problem: '-2 is out of range (0–1000) — ignored' },
    ]);
  });

  it('rejects dates before 1970 or after 2100 as bad cells', () => {
    const log = readLog([['Date', 'Distance'], ['1969-12-31', 3], ['2101-01-01', 3], [true, 3]], utc, 'T');
    expect(log.sessions).toEqual([]);
    expect(log.issues.map((i) => i.problem)).toEqual([
      'date is outside 1970-01-01…2100-12-31 — the row is ignored',
      'date is outside 1970-01-01…2100-12-31 — the row is ignored',
      '"true" is not a date — use a date cell or YYYY-MM-DD — the row is ignored',
    ]);
  });

  it('counts every session as a run when there is no Type column', () => {
    const log = readLog([['Date', 'Miles', 'Minutes', 'RPE'], ['2026-01-01', 5, 50, 4]], utc, 'T');
    expect(log.hasType).toBe(false);
    expect(log.sessions[0].kind).toBe('easy_run');
    expect(log.issues).toEqual([]);
  });

  it('throws a FormulaError naming the formula when the Date column or the table is missing', () => {
    expect(() => readLog([['When', 'Distance']], utc, 'WEEKLY_MILES')).toThrow(
      new FormulaError('WEEKLY_MILES', 'no "Date" column in the first row of the range — include the header row (e.g. Log!A1:L)'));
    expect(() => readLog('Date', utc, 'TRAINING_LOAD')).toThrow(/TRAINING_LOAD: the log must be a range/);
  });

  it('never throws on junk under a valid header, and reports every skipped cell', () => {
    const junk = fc.oneof(
      fc.string(), fc.double(), fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.constant(''),
      fc.date({ min: new Date(-1e13), max: new Date(1e13) }), fc.constant('=SUM(A1:A3)'), fc.constant('<img src=x onerror=alert(1)>'),
      fc.constant(null), fc.constant(undefined), fc.constant(NaN), fc.constant(Infinity),
    );
    fc.assert(fc.property(fc.array(fc.array(junk, { minLength: 0, maxLength: 13 }), { maxLength: 30 }), (rows) => {
      const log = readLog([HEADER, ...rows], utc, 'T');
      for (const s of log.sessions) {
        expect(Number.isFinite(s.load) && s.load >= 0).toBe(true);
        expect(Number.isInteger(s.day)).toBe(true);
      }
      // An input not given is undefined; every one given is a finite number.
      for (const w of log.wellness) for (const v of Object.values(w ?? {})) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
      for (const i of log.issues) expect(i.row).toBeGreaterThan(1);
    }), { numRuns: 300 });
  });
});

describe('readLog without a part', () => {
  const table = [
    HEADER,
    ['2026-02-01', 'Easy run', 5, 50, 4, 7, 55, 48, 4, 2, 'ok'],
    ['2026-02-02', '', '', '', '', 'lots', '', '', 9, '', ''],
    ['2026-02-04', 'Zumba', 'five', 40, '', '', '', '', '', '', ''],
    ['', 'Run', 5, 50, 4, '', '', '', '', '', ''],
  ];
  const full = readLog(table, utc, 'T');

  it('without wellness: the same sessions, days and session issues, no wellness', () => {
    const log = readLog(table, utc, 'T', { without: 'wellness' });
    expect(log.sessions).toStrictEqual(full.sessions);
    expect([log.firstDay, log.lastDay]).toEqual([full.firstDay, full.lastDay]);
    expect(log.wellness).toEqual([]);
    expect(log.issues).toStrictEqual(full.issues.filter((i) => !['Sleep', 'Mood'].includes(i.column)));
    expect(log.issues).toHaveLength(full.issues.length - 2);
  });

  it('without sessions: the same wellness, days and wellness issues, no sessions', () => {
    const log = readLog(table, utc, 'T', { without: 'sessions' });
    expect(log.wellness).toStrictEqual(full.wellness);
    expect(log.wellness.filter(Boolean)).toHaveLength(1);
    expect([log.firstDay, log.lastDay]).toEqual([day('2026-02-01'), day('2026-02-04')]);
    expect(log.sessions).toEqual([]);
    expect(log.issues.map((i) => i.column)).toEqual(['Sleep', 'Mood', 'Date']);
  });
});

describe('typeReader', () => {
  it('reads a type text once and answers its repeats alike', () => {
    const read = typeReader();
    expect(read(' Trail Run ')).toEqual({ text: 'Trail Run', kind: 'easy_run' });
    expect(read('Zumba')).toEqual({ text: 'Zumba', kind: null });
    expect(read('Zumba')).toEqual({ text: 'Zumba', kind: null });
    expect(read(' Trail Run ')).toEqual({ text: 'Trail Run', kind: 'easy_run' });
    expect([read(''), read('   '), read(undefined)]).toEqual([undefined, undefined, undefined]);
    expect(read(42)).toEqual({ text: '42', kind: null });
  });
});

describe('WellnessSums', () => {
  it('averages each input over the values given that day, an input never given undefined', () => {
    const sums = new WellnessSums();
    sums.add(3, 6, undefined, undefined, undefined, 2);
    sums.add(3, 8);
    sums.add(5);
    sums.add(4, undefined, 40, 50, 3);
    sums.add(4, undefined, 60, undefined, 4, 1);
    // Day 5's row gave nothing: the days from 3 to 5 hold 3's and 4's averages, and nothing.
    // Every day's Wellness has one shape: an input not given is there, undefined.
    expect(Array.from(sums.averages(3, 5), (w) => w && { ...w })).toStrictEqual([
      { sleep: 7, hrv: undefined, rhr: undefined, mood: undefined, soreness: 2 },
      { sleep: undefined, hrv: 50, rhr: 50, mood: 3.5, soreness: 1 },
      undefined,
    ]);
  });

  it('gives each day the mean of every input over the rows that give it, at its place from the first day', () => {
    const value = fc.option(fc.double({ min: 1, max: 100, noNaN: true }), { nil: undefined });
    const row = fc.tuple(fc.integer({ min: 0, max: 6 }), value, value, value, value, value);
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const sums = new WellnessSums();
      for (const [d, ...v] of rows) sums.add(d, ...v);
      const out = sums.averages(0, 6);
      // The model: each day's rows that give anything, then each input's plain mean over the rows that give it.
      const given = rows.filter(([, ...v]) => v.some((x) => x !== undefined));
      const days = [...new Set(given.map(([d]) => d))];
      expect(out.flatMap((w, d) => (w ? [d] : []))).toEqual([...days].sort((a, b) => a - b));
      for (const d of days) {
        const expected: Record<string, number> = {};
        (['sleep', 'hrv', 'rhr', 'mood', 'soreness'] as const).forEach((key, k) => {
          const xs = given.filter(([day]) => day === d).map((r) => r[k + 1]).filter((x): x is number => x !== undefined);
          if (xs.length) expected[key] = xs.reduce((a, b) => a + b, 0) / xs.length;
        });
        expect(out[d]).toEqual(expected);
      }
    }));
  });
});
