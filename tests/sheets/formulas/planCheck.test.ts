// PLAN_CHECK on the built bundle, on plans a runner types into the Plan sheet.
import { dateIn, loadBundle } from '../../support/bundle';
import { midnight } from '../../support/logs';

const ZONE = 'Europe/London';
const sheet = loadBundle({ spreadsheetZone: ZONE });
const check = (...args: unknown[]) => sheet.call('PLAN_CHECK', ...args) as unknown[][];
const HEADER = ['Date', 'Rule', 'Problem'];
const PLAN_HEADER = ['Date', 'Day', 'Slot', 'Session', 'Kind', 'Distance', 'Minutes', 'Details'];

/** Plan rows [date, slot, session, kind?] with date cells at midnight (2026-03-29 is the day the UK's clocks change). */
const plan = (...rows: string[][]) => [PLAN_HEADER, ...rows.map(([d, slot, session, kind = '']) => [midnight(d, ZONE), '', slot, session, kind, '', '', ''])];
const dated = (rows: unknown[][]) => rows.slice(1).map(([d, ...rest]) => [d === '' ? '' : dateIn(d, ZONE), ...rest]);

const GOOD = [
  ['2026-03-23', 'PM', 'Yoga'],
  ['2026-03-24', 'AM', 'Tempo'], ['2026-03-24', 'PM', 'Strength (lower)'],
  ['2026-03-25', 'AM', 'Easy run'],
  ['2026-03-26', 'AM', 'Hills'], ['2026-03-26', 'PM', 'Core'],
  ['2026-03-27', 'AM', 'Strength (upper)'], ['2026-03-27', 'PM', 'Yoga'],
  ['2026-03-28', 'AM', 'Long run'], ['2026-03-28', 'PM', 'Foam roll'],
  ['2026-03-29', 'AM', 'Recovery run'],
];

describe('PLAN_CHECK', () => {
  it('gives the header row alone for a plan that keeps every rule', () => {
    expect(check(plan(...GOOD))).toEqual([HEADER]);
    expect(check(plan(...GOOD), 'Sat')).toEqual([HEADER]);
    expect(check([PLAN_HEADER])).toEqual([HEADER]);
  });

  it('lists every violation with its rule number and date', () => {
    // Monday's yoga becomes an easy run, Friday's yoga an easy run: no rest day, 1 mobility session; strength on Sunday.
    const bad = plan(...GOOD.map(([d, slot, s]) => [d, slot, s === 'Yoga' ? 'Easy run' : s]), ['2026-03-29', 'PM', 'Strength (upper)']);
    expect(dated(check(bad))).toEqual([
      ['2026-03-23', 'P6', '1 mobility sessions this week (at least 3)'],
      ['2026-03-23', 'P8', 'no rest day this week (no run and no strength on at least one day)'],
      ['2026-03-29', 'P4', 'strength the day after a long run'],
    ]);
    expect((check(bad)[1][0] as Date).toISOString()).toBe('2026-03-23T00:00:00.000Z');
  });

  it('reads the runner\'s own session words through their Type map, as the Log\'s formulas do', () => {
    const own = plan(...GOOD.map(([d, slot, s]) => [d, slot, s === 'Long run' ? 'Langtur 30 km' : s === 'Tempo' ? 'Fartleg' : s]));
    const map = [['Word', 'Session type'], ['Langtur', 'Long run'], ['fartleg', 'Tempo']];
    expect(check(own, 'Sat', map)).toEqual([HEADER]);
    // Without the map neither word names a session: the long run is missing.
    expect(dated(check(own, 'Sat')).map((r) => r[1])).toContain('P1');
  });

  it('accepts Kind in place of Session, and checks the long-run day when given', () => {
    const byKind = [PLAN_HEADER, ...GOOD.map(([d, slot, session]) => [midnight(d, ZONE), '', slot, '', session.toLowerCase().replace(/[ ()]+/g, '_').replace(/_$/, ''), '', '', ''])];
    expect(check(byKind)).toEqual([HEADER]);
    expect(dated(check(plan(...GOOD), 'Sunday'))).toEqual([
      ['2026-03-28', 'P1', 'a long run off the long-run day'],
      ['2026-03-29', 'P1', 'no long run on the long-run day'],
    ]);
  });

  it('reports unreadable cells without throwing, and throws for a range without its header', () => {
    const typo = [...plan(...GOOD), ['someday', '', 'AM', 'Easy run', '', '', '', '']];
    expect(dated(check(typo))).toEqual([['', '', 'Row 13: "someday" is not a date — use a date cell or YYYY-MM-DD — the row is ignored']]);
    expect(() => check([['Day', 'Session']])).toThrow('PLAN_CHECK: no "Date" column in the first row of the range — include the header row (e.g. Plan!A1:H)');
    expect(() => check(plan(...GOOD), 'Funday')).toThrow('PLAN_CHECK: long_run_day "Funday" is not one of');
  });
});
