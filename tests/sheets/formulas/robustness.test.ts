// Every formula of the built bundle on random logs full of junk: none throws, and each returns a
// rectangular table of finite numbers, strings and valid Dates (formulas.md, "Shared rules").
import fc from 'fast-check';
import { loadBundle } from '../../support/bundle';
import { HEADER, addDays } from '../../support/logs';
import { FORMULAS } from '../../../src/sheets/formulas/registry';

const bundle = loadBundle({ spreadsheetZone: 'America/New_York' });

const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -50, max: 2000 }),
  fc.boolean(),
  fc.constant(''),
  fc.constantFrom(new Date(-5e12), new Date(5e12), new Date(0), new Date(-2209161600000)), // 1812, 2128, 1970, 1899-12-30
  fc.constantFrom('=SUM(A1:A3)', '=1/0', '#REF!', '<script>alert(1)</script>', '<b>run</b>', '1:30', '25:00', '-3', '1e400'),
);
const date = fc.oneof(
  fc.integer({ min: 0, max: 90 }).map((i) => addDays('2026-01-01', i)),
  fc.integer({ min: 0, max: 90 }).map((i) => new Date(Date.UTC(2026, 0, 1 + i, 5))),
  fc.integer({ min: 46000, max: 46100 }), // serial numbers
  junk,
);
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  Type: fc.constantFrom('Easy run', 'Long run', 'Tempo', 'Bike', 'Swim', 'Strength', 'Strength (lower)', 'Yoga', 'Rest', 'Zumba', ''),
  Distance: fc.double({ min: 0, max: 40, noNaN: true }),
  Duration: fc.integer({ min: 0, max: 300 }),
  RPE: fc.integer({ min: 1, max: 10 }),
  Sleep: fc.double({ min: 3, max: 10, noNaN: true }),
  HRV: fc.integer({ min: 20, max: 150 }),
  'Resting HR': fc.integer({ min: 35, max: 80 }),
  Mood: fc.integer({ min: 1, max: 5 }),
  Soreness: fc.integer({ min: 1, max: 5 }),
  Notes: fc.string({ maxLength: 8 }),
};
const cellFor = (column: string) => (column === 'Date' ? date : fc.oneof({ weight: 3, arbitrary: plausible[column] }, { weight: 1, arbitrary: junk }));

/** A log whose header has the columns in a random order and whose rows are mostly plausible, partly junk. */
const randomLog = fc.shuffledSubarray(HEADER, { minLength: HEADER.length, maxLength: HEADER.length }).chain((header) =>
  fc.array(fc.tuple(...header.map(cellFor)), { minLength: 1, maxLength: 40 }).map((rows) => [header, ...rows] as unknown[][]));

function expectTable(out: unknown, name: string) {
  expect(Array.isArray(out)).toBe(true);
  const rows = out as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(Array.isArray(row)).toBe(true);
    expect(row).toHaveLength(rows[0].length);
    for (const cell of row) {
      const ok = typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell)) || (cell instanceof Date && Number.isFinite(cell.getTime()));
      if (!ok) throw new Error(`${name} returned ${String(cell)}`);
    }
  }
}

const LOG_FORMULAS = ['WEEKLY_MILES', 'TRAINING_LOAD', 'RECOVERY_SCORE', 'BURNOUT_ALERTS', 'LOG_ISSUES', 'SUGGEST_PLAN', 'ORDER_CHECK', 'FORM_ZONE', 'TODAY_STATUS', 'FITNESS_TREND', 'WEEKLY_TREND'];
/** Formulas whose second argument is not `month`. */
const NO_MONTH = ['LOG_ISSUES', 'SUGGEST_PLAN', 'ORDER_CHECK', 'TODAY_STATUS', 'WEEKLY_TREND'];

describe('every formula on random logs with junk cells', () => {
  it('covers every registered formula', () => {
    expect([...LOG_FORMULAS, 'CROSS_TRAIN_MILES', 'PLAN_CHECK', 'SEASON_PLAN'].sort()).toEqual(FORMULAS.map((f) => f.name).sort());
  });

  it('returns rectangular tables of finite numbers, strings and Dates, never throwing', () => {
    fc.assert(fc.property(randomLog, fc.constantFrom(undefined, '2026-02'), (log, month) => {
      for (const name of LOG_FORMULAS) expectTable(bundle.call(name, log, ...(NO_MONTH.includes(name) ? [] : [month])), name);
      // PLAN_CHECK on the suggested week (nothing to report), and on the log read as a plan (Type names sessions).
      expect(bundle.call('PLAN_CHECK', bundle.call('SUGGEST_PLAN', log))).toEqual([['Date', 'Rule', 'Problem']]);
      expectTable(bundle.call('PLAN_CHECK', log), 'PLAN_CHECK');
      // Dates run to 2026-04-01 (a junk date may stretch the log past the race: then a wrong call, said so).
      try {
        expectTable(bundle.call('SEASON_PLAN', log, '2026-08-01', '100 mi'), 'SEASON_PLAN');
      } catch (e) {
        expect(String(e)).toMatch(/SEASON_PLAN: race date 2026-08-01 (must come after the log's last day|is more than 52 weeks after)/);
      }
      const column = (title: string) => log.slice(1).map((r) => [r[log[0].indexOf(title)]]);
      expectTable(bundle.call('CROSS_TRAIN_MILES', column('Type'), column('Duration')), 'CROSS_TRAIN_MILES');
    }), { numRuns: 150 });
  }, 120_000); // a junk 1970 date stretches a log over 56 years: slow, not a hang
});
