// PLAN_CHECK's model on typed plans: what it reads, what it infers, what it reports.
import { checkPlan } from '../../../src/core/planner/checkPlan';
import { kindOfSession, readPlan } from '../../../src/core/planner/readPlan';
import { PLAN_HEADER } from '../../../src/core/planner/planTable';
import { isoFromDay } from '../../../src/core/days';
import { UTC } from '../../support/plans';

const H = [...PLAN_HEADER];
/** Rows of [date, slot, session, kind?, distance?, minutes?, details?]. */
const table = (...rows: (string | number)[][]) =>
  [H, ...rows.map(([date, slot, session, kind = '', distance = '', minutes = '', details = '']) => [date, '', slot, session, kind, distance, minutes, details])];
const check = (t: unknown[][], longRunDay?: number) =>
  checkPlan(readPlan(t, UTC, 'PLAN_CHECK'), longRunDay).map((p) => [p.day === undefined ? '' : isoFromDay(p.day), p.rule, p.problem]);

/** A valid base week typed by a runner: Kind left blank, sessions named in words. */
const WEEK = [
  ['2026-03-02', 'PM', 'Yoga'],
  ['2026-03-03', 'AM', 'Tempo 7 mi'],
  ['2026-03-03', 'PM', 'Strength (lower)'],
  ['2026-03-04', 'AM', 'Easy run'],
  ['2026-03-05', 'AM', 'Hill repeats'],
  ['2026-03-05', 'PM', 'Core circuit'],
  ['2026-03-06', 'AM', 'Upper body'],
  ['2026-03-06', 'PM', 'Stretching'],
  ['2026-03-07', 'AM', 'Long run 18 mi'],
  ['2026-03-07', 'PM', 'Foam roll'],
  ['2026-03-08', 'AM', 'Recovery run'],
];

describe('PLAN_CHECK model', () => {
  it('reads kinds from Session when Kind is blank, and Kind first when given', () => {
    expect(kindOfSession('Long run 18 mi')).toBe('long_run');
    expect(kindOfSession('Strength (lower) + mobility')).toBe('strength_lower');
    expect(kindOfSession('Zumba')).toBeUndefined();
    const plan = readPlan(table(['2026-03-02', 'AM', 'Easy run', 'tempo']), UTC, 'PLAN_CHECK');
    expect([...plan.days.values()][0][0].kind).toBe('tempo');
  });

  it('finds nothing in a valid typed week', () => {
    expect(check(table(...WEEK))).toEqual([]);
    expect(check(table(...WEEK), 5)).toEqual([]);
  });

  it('reports each broken rule with its number, by date', () => {
    const broken = table(
      ...WEEK.filter(([, , s]) => s !== 'Stretching' && s !== 'Core circuit' && s !== 'Upper body'),
      ['2026-03-08', 'PM', 'Strength (upper)'],
      ['2026-03-04', 'PM', 'Long run'],
    );
    expect(check(broken)).toEqual([
      ['2026-03-02', 'P6', '2 mobility sessions this week (at least 3)'],
      ['2026-03-02', 'P7', '1 core or upper-body strength sessions (base/build: at least 2)'],
      ['2026-03-03', 'P5', 'lower-body strength within 2 days before a long run'],
      ['2026-03-05', 'P10', '3 hard days in a row'],
      ['2026-03-07', 'P1', '2 long runs in one week (exactly one)'],
      ['2026-03-08', 'P4', 'strength the day after a long run'],
    ]);
  });

  it('checks the long run\'s day when long_run_day is given', () => {
    expect(check(table(...WEEK), 6)).toEqual([
      ['2026-03-07', 'P1', 'a long run off the long-run day'],
      ['2026-03-08', 'P1', 'no long run on the long-run day'],
    ]);
  });

  it('counts days without rows as rest days and cuts weeks from the first date', () => {
    const noRest = [...WEEK, ['2026-03-02', 'AM', 'Easy run'], ['2026-03-06', 'AM', 'Easy run']].map((r) => (r[2] === 'Upper body' ? [r[0], 'PM', 'Core'] : r));
    expect(check(table(...noRest)).filter((p) => p[1] === 'P8')).toEqual([['2026-03-02', 'P8', 'no rest day this week (no run and no strength on at least one day)']]);
    // The second week starts 2026-03-09: a long run on Sunday then strength on Monday breaks P4 across weeks.
    const twoWeeks = table(...WEEK, ['2026-03-09', 'AM', 'Strength (upper)'], ['2026-03-08', 'PM', 'Long run']);
    expect(check(twoWeeks).filter((p) => p[1] === 'P4')).toEqual([['2026-03-09', 'P4', 'strength the day after a long run']]);
  });

  it('checks P9 slots and stacking, P10 streaks', () => {
    const t = table(['2026-03-02', 'AM', 'Easy run'], ['2026-03-02', 'AM', 'Yoga'], ['2026-03-02', 'PM', 'Strength (upper)'],
      ['2026-03-03', 'AM', 'Tempo'], ['2026-03-04', 'AM', 'Hills'], ['2026-03-05', 'AM', 'Long run']);
    expect(check(t).filter((p) => p[1] === 'P9' || p[1] === 'P10')).toEqual([
      ['2026-03-02', 'P9', '3 sessions on one day (at most 2: AM and PM)'],
      ['2026-03-02', 'P9', '2 sessions in the AM slot'],
      ['2026-03-02', 'P9', 'run + strength + mobility stacked on one day'],
      ['2026-03-05', 'P10', '3 hard days in a row'],
    ]);
  });

  it('takes a week with a race as race week, and excuses a long run that something stands in for', () => {
    expect(check(table(['2026-03-02', 'AM', 'Easy run'], ['2026-03-07', 'AM', 'Race'], ['2026-03-03', 'PM', 'Yoga'], ['2026-03-04', 'PM', 'Yoga'], ['2026-03-05', 'PM', 'Yoga']))).toEqual([]);
    const standIn = table(['2026-03-02', 'AM', 'Bike', 'bike', '', 45, 'Bike 45 min easy instead of the long run (12 mi)'], ['2026-03-04', 'AM', 'Easy run'],
      ['2026-03-03', 'PM', 'Yoga'], ['2026-03-04', 'PM', 'Yoga'], ['2026-03-05', 'PM', 'Yoga']);
    expect(check(standIn)).toEqual([]);
    // Weekly problems are dated on the week's first day: here the plan's first date.
    expect(check(table(['2026-03-04', 'AM', 'Easy run'], ['2026-03-03', 'PM', 'Yoga'], ['2026-03-04', 'PM', 'Yoga'], ['2026-03-05', 'PM', 'Yoga']))).toEqual([
      ['2026-03-03', 'P1', 'no long run this week'],
    ]);
  });

  it('lists bad cells with their row and ignores them, never throwing', () => {
    const t = table(...WEEK, ['soon', 'AM', 'Easy run'], ['2026-03-03', 'noon', 'Zumba', '', 'far', '50:00:00']);
    t.push(['', '', 'AM', 'Yoga', '', '', '', '']);
    expect(check(t).slice(0, 6)).toEqual([
      ['', '', 'Row 13: "soon" is not a date — use a date cell or YYYY-MM-DD — the row is ignored'],
      ['2026-03-03', '', 'Row 14: "Zumba" names no session kind — counted as a session of unknown kind'],
      ['2026-03-03', '', 'Row 14: Slot "noon" is not AM or PM — ignored'],
      ['2026-03-03', '', 'Row 14: Distance: "far" is not a number — ignored'],
      ['2026-03-03', '', 'Row 14: Minutes: 3000 is out of range (0–48 h) — ignored'],
      ['', '', 'Row 15: no date — the row is ignored'],
    ]);
  });

  it('throws a clear error for a range without its header row', () => {
    expect(() => readPlan([['2026-03-02', 'Yoga']], UTC, 'PLAN_CHECK')).toThrow('PLAN_CHECK: no "Date" column in the first row of the range — include the header row (e.g. Plan!A1:H)');
    expect(() => readPlan([['Date', 'Slot']], UTC, 'PLAN_CHECK')).toThrow('PLAN_CHECK: no "Session" or "Kind" column');
    expect(() => readPlan('Plan', UTC, 'PLAN_CHECK')).toThrow('PLAN_CHECK: the plan must be a range with its header row first');
    expect(check([H])).toEqual([]);
  });
});
