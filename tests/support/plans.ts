// Planner inputs for tests: fast-check arbitraries over every valid setting, and helpers that
// view a generated week through the rule table and the plan table.
import fc from 'fast-check';
import { Day, TimeZone } from '../../src/core/days';
import { Kind, PLAN_KINDS } from '../../src/core/sessionTypes';
import { PlanDay } from '../../src/core/rules/planRules';
import { PLAN_HEADER, planRows } from '../../src/core/planner/planTable';
import { PlannerInput, WeekPlan } from '../../src/core/planner/types';

export const UTC = new TimeZone('Etc/UTC');

const LOG_KINDS: (Kind | null)[] = [...PLAN_KINDS, 'hike', 'strength', null];

const contextDay = fc.array(
  fc.record({ kind: fc.constantFrom(...LOG_KINDS), minutes: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }) }),
  { maxLength: 2 },
);

/** Any valid planner input: every setting, history and runner state. */
export const plannerInput: fc.Arbitrary<PlannerInput> = fc
  .record({
    weekStart: fc.integer({ min: 18000, max: 22000 }),
    longRunDay: fc.integer({ min: 0, max: 6 }),
    raceOffset: fc.option(fc.integer({ min: -20, max: 50 }), { nil: undefined }),
    target: fc.option(fc.double({ min: 0.1, max: 500, noNaN: true }), { nil: undefined }),
    injured: fc.boolean(),
    unit: fc.constantFrom('mi' as const, 'km' as const),
    weeks: fc.array(fc.record({
      run: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 250, noNaN: true })),
      longShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
      raceKm: fc.option(fc.constantFrom(0, 21.1, 42.2, 50, 80, 100, 160), { nil: undefined, freq: 8 }),
    }), { maxLength: 12 }),
    raceKm: fc.option(fc.constantFrom(10, 42.2, 50, 80, 100, 160, 320), { nil: undefined }),
    cycle: fc.constantFrom('3:1' as const, '2:1' as const),
    pace: fc.double({ min: 3, max: 30, noNaN: true }),
    before: fc.tuple(contextDay, contextDay),
    alertLevel: fc.constantFrom(undefined, 'OK' as const, 'WATCH' as const, 'ALERT' as const),
    recoveryStatus: fc.constantFrom(undefined, 'Green' as const, 'Amber' as const, 'Red' as const),
    yesterday: fc.boolean(),
  })
  .map((r) => ({
    settings: {
      weekStart: r.weekStart,
      longRunDay: r.longRunDay,
      raceDay: r.raceOffset === undefined ? undefined : r.weekStart + r.raceOffset,
      raceKm: r.raceKm,
      target: r.target,
      injured: r.injured,
      cycle: r.cycle,
    },
    history: {
      unit: r.unit,
      weeks: r.weeks.map((w, i) => ({
        start: r.weekStart - 7 * (r.weeks.length - i), run: w.run, longest: w.run * w.longShare, ...(w.raceKm === undefined ? {} : { raceKm: w.raceKm }),
      })),
      pace: r.pace,
      before: r.before,
    },
    state: { alertLevel: r.alertLevel, recoveryStatus: r.recoveryStatus, reasons: ['ACWR 1.62 > 1.5'], day: r.yesterday ? r.weekStart - 1 : r.weekStart - 3 },
  }));

/** The plan's 7 days as the rule table reads them. */
export const weekDays = (plan: WeekPlan): PlanDay[] =>
  Array.from({ length: 7 }, (_, i) => plan.sessions.filter((s) => s.day === plan.weekStart + i).map((s) => ({ ...s })));

/** The plan as SUGGEST_PLAN writes it: header row, then one row per session. */
export const planTable = (plan: WeekPlan, tz = UTC): unknown[][] => [[...PLAN_HEADER], ...planRows(plan, (d) => tz.dateOf(d))];

export const daysOf = (plan: WeekPlan, test: (k: Kind) => boolean): Day[] =>
  plan.sessions.filter((s) => test(s.kind)).map((s) => s.day - plan.weekStart);
