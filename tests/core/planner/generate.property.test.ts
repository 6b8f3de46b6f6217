// The generator against the rule table, over every valid input: thousands of random settings,
// histories and runner states. The phase and volume it works to are recomputed here from
// planner-rules.md, independently of src/.
import fc from 'fast-check';
import { suggestWeek } from '../../../src/core/planner/generate';
import { checkPlan } from '../../../src/core/planner/checkPlan';
import { readPlan } from '../../../src/core/planner/readPlan';
import { checkWeek } from '../../../src/core/rules/planRules';
import { weekdayOf } from '../../../src/core/days';
import { isQualityKind, isRunKind } from '../../../src/core/sessionTypes';
import { PlannerInput, WeekPlan } from '../../../src/core/planner/types';
import { UTC, daysOf, planTable, plannerInput, weekDays } from '../../support/plans';

/** planner-rules.md, "Phases" and P13, written out again. */
function expected(input: PlannerInput) {
  const { settings: s, history: h } = input;
  const km = h.unit === 'km' ? 1.6 : 1;
  let base = s.target;
  if (base === undefined) {
    const weeks = h.weeklyRun.slice(-4);
    const mean = weeks.length ? weeks.reduce((a, b) => a + b, 0) / weeks.length : 0;
    base = weeks.length ? Math.min(mean, 1.1 * weeks[weeks.length - 1]) : 0;
    if (base < 3 * km) base = 3 * km; // the documented restart week
  }
  const k = s.raceDay !== undefined && s.raceDay >= s.weekStart ? Math.floor((s.raceDay - s.weekStart) / 7) : undefined;
  const phase = k === 0 ? 'race' : k === 1 ? 'taper' : (k !== undefined && k <= 4) || base >= 70 * km ? 'peak' : 'base';
  const target = base * (phase === 'race' ? 0.5 : phase === 'taper' ? 0.7 : 1);
  const adapted = input.state.alertLevel === 'ALERT' || input.state.recoveryStatus === 'Red';
  return { phase, target, adapted, longRunDay: (s.longRunDay - weekdayOf(s.weekStart) + 7) % 7 };
}

const running = (plan: WeekPlan) => plan.sessions.filter((x) => isRunKind(x.kind) && x.kind !== 'race').reduce((a, x) => a + (x.distance ?? 0), 0);

describe('suggestWeek over every valid input', () => {
  it('keeps every rule P1–P13 for the phase, target and state the rules give; PLAN_CHECK finds nothing to report', () => {
    fc.assert(fc.property(plannerInput, (input) => {
      const plan = suggestWeek(input);
      const e = expected(input);
      expect(plan.phase).toBe(e.phase);
      expect(plan.volume.target).toBeCloseTo(e.target, 9);
      expect(plan.facts).toMatchObject({ phase: e.phase, longRunDay: e.longRunDay, injured: input.settings.injured, adapted: e.adapted });
      expect(checkWeek({ days: weekDays(plan), at: 0 }, plan.facts)).toEqual([]);
      expect(plan.sessions.every((s) => s.day >= input.settings.weekStart && s.day < input.settings.weekStart + 7)).toBe(true);
      // As the runner meets it: the table SUGGEST_PLAN writes, read back by PLAN_CHECK.
      expect(checkPlan(readPlan(planTable(plan), UTC, 'PLAN_CHECK'), input.settings.longRunDay)).toEqual([]);
      // P13, checked here against the recomputed target.
      if (input.settings.injured) return;
      expect(Math.abs(running(plan) - e.target)).toBeLessThanOrEqual(0.1 * e.target + 1e-9);
      const long = plan.sessions.find((s) => s.kind === 'long_run');
      if (long && running(plan) >= 20 * (input.history.unit === 'km' ? 1.6 : 1)) {
        expect(long.distance! / running(plan)).toBeGreaterThanOrEqual(0.25 - 1e-9);
        expect(long.distance! / running(plan)).toBeLessThanOrEqual(0.4 + 1e-9);
      }
    }), { numRuns: 2000 });
  });

  it('replaces every run with low-impact cardio of about the same time when injured (P11)', () => {
    const injured = plannerInput.map((i) => ({ ...i, settings: { ...i.settings, injured: true }, state: { reasons: [] } }));
    fc.assert(fc.property(injured, (input) => {
      const plan = suggestWeek(input);
      const well = suggestWeek({ ...input, settings: { ...input.settings, injured: false } });
      expect(plan.sessions.filter((s) => isRunKind(s.kind))).toEqual([]);
      const replacing = plan.sessions.filter((s) => s.details.includes('injured: no running (P11)'));
      expect(replacing.map((s) => s.day)).toEqual(well.sessions.filter((s) => isRunKind(s.kind)).map((s) => s.day));
      for (const s of replacing) expect(['pool_run', 'bike', 'swim', 'elliptical']).toContain(s.kind);
      const wellMinutes = well.sessions.filter((s) => isRunKind(s.kind) && s.kind !== 'race').map((s) => s.minutes);
      expect(replacing.filter((s) => s.minutes !== undefined).map((s) => s.minutes)).toEqual(wellMinutes);
    }), { numRuns: 500 });
  });

  it('keeps the first 2 days easy after ALERT or Red, replacing quality with easy cardio and not moving it later (P12)', () => {
    const alerted = fc.tuple(plannerInput, fc.constantFrom({ alertLevel: 'ALERT' as const }, { recoveryStatus: 'Red' as const }))
      .map(([i, s]) => ({ ...i, settings: { ...i.settings, injured: false }, state: { ...s, reasons: ['HRV below normal'], day: i.settings.weekStart - 1 } }));
    fc.assert(fc.property(alerted, (input) => {
      const plan = suggestWeek(input);
      const normal = suggestWeek({ ...input, state: { reasons: [] } });
      expect(daysOf(plan, isQualityKind)).toEqual(daysOf(normal, isQualityKind).filter((d) => d >= 2));
      const moved = normal.sessions.filter((s) => isQualityKind(s.kind) && s.day - input.settings.weekStart < 2);
      const stand = plan.sessions.filter((s) => / instead of .* yesterday \(P12\)/.test(s.details));
      expect(stand.map((s) => s.day)).toEqual(moved.map((s) => s.day));
      for (const s of stand) {
        expect(s.kind).toBe('bike');
        expect(s.minutes).toBeLessThanOrEqual(45);
      }
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(plannerInput, (input) => {
      expect(suggestWeek(structuredClone(input))).toEqual(suggestWeek(input));
    }), { numRuns: 300 });
  });

  it('plans consecutive weeks that PLAN_CHECK accepts together (same long-run day and race)', () => {
    fc.assert(fc.property(plannerInput, plannerInput, (a, b) => {
      const next = { ...b, settings: { ...b.settings, weekStart: a.settings.weekStart + 7, longRunDay: a.settings.longRunDay, raceDay: a.settings.raceDay } };
      const table = [...planTable(suggestWeek(a)), ...planTable(suggestWeek(next)).slice(1)];
      expect(checkPlan(readPlan(table, UTC, 'PLAN_CHECK'), a.settings.longRunDay)).toEqual([]);
    }), { numRuns: 800 });
  });
});
