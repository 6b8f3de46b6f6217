// The planner driven by random logs, through the one log reader and the alert and recovery models
// SUGGEST_PLAN uses: whatever the log, the week obeys the rules and PLAN_CHECK finds nothing.
import fc from 'fast-check';
import { readLog } from '../../../src/core/log/readLog';
import { planFromLog } from '../../../src/core/planner/fromLog';
import { checkPlan } from '../../../src/core/planner/checkPlan';
import { readPlan } from '../../../src/core/planner/readPlan';
import { checkWeek } from '../../../src/core/rules/planRules';
import { KIND_NAMES } from '../../../src/core/sessionTypes';
import { dayFromYmd } from '../../../src/core/days';
import { Entry, addDays, logTable } from '../../support/logs';
import { UTC, planTable, weekDays } from '../../support/plans';

const TYPES = [...Object.values(KIND_NAMES).map((n) => n[0]), 'Run', 'Ride', 'Zumba', ''];
const num = (min: number, max: number) => fc.option(fc.double({ min, max, noNaN: true }), { nil: undefined });

const entry: fc.Arbitrary<Entry> = fc.record({
  date: fc.integer({ min: 0, max: 90 }).map((d) => addDays('2026-01-01', d)),
  type: fc.constantFrom(...TYPES),
  distance: num(0, 40),
  duration: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  rpe: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  sleep: num(3, 10),
  hrv: num(20, 120),
  rhr: num(38, 80),
  mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  soreness: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});

const request = fc.record({
  weekStart: fc.option(fc.integer({ min: 60, max: 110 }).map((d) => dayFromYmd(2026, 1, 1) + d), { nil: undefined }),
  longRunDay: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  raceDay: fc.option(fc.integer({ min: 60, max: 160 }).map((d) => dayFromYmd(2026, 1, 1) + d), { nil: undefined }),
  target: fc.option(fc.double({ min: 1, max: 150, noNaN: true }), { nil: undefined }),
  injured: fc.boolean(),
});

describe('planFromLog over random logs', () => {
  it('plans a week that keeps every rule and that PLAN_CHECK accepts', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 80 }), request, fc.constantFrom('Distance', 'Distance (km)'), (entries, req, header) => {
      const table = logTable(entries, 'Etc/UTC');
      table[0][2] = header;
      const log = readLog(table, UTC, 'SUGGEST_PLAN');
      const plan = planFromLog(log, header.includes('km') ? 'km' : 'mi', req, 'SUGGEST_PLAN')!;
      expect(checkWeek({ days: weekDays(plan), at: 0 }, plan.facts)).toEqual([]);
      expect(checkPlan(readPlan(planTable(plan), UTC, 'PLAN_CHECK'), req.longRunDay ?? 5)).toEqual([]);
      if (req.weekStart === undefined) expect(plan.weekStart).toBe(log.lastDay! + 7 - ((log.lastDay! + 3) % 7));
    }), { numRuns: 800 });
  });
});
