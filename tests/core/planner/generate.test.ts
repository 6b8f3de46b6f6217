// The generator on hand-picked weeks: what a runner sees, and why.
import { dayFromYmd, WEEKDAYS, weekdayOf } from '../../../src/core/days';
import { suggestWeek } from '../../../src/core/planner/generate';
import { PlannerInput, WeekPlan } from '../../../src/core/planner/types';
import { isRunKind, isStrengthKind } from '../../../src/core/sessionTypes';

const MON = dayFromYmd(2026, 3, 2);

function plan(over: { settings?: Partial<PlannerInput['settings']>; history?: Partial<PlannerInput['history']>; state?: Partial<PlannerInput['state']> } = {}): WeekPlan {
  return suggestWeek({
    settings: { weekStart: MON, longRunDay: 5, injured: false, ...over.settings },
    history: { unit: 'mi', weeklyRun: [30, 34, 36, 38], pace: 10, before: [[], []], ...over.history },
    state: { reasons: [], ...over.state },
  });
}

/** "Tue tempo 7 + strength_lower" per day, as a runner reads the week. */
const layout = (p: WeekPlan) =>
  WEEKDAYS.map((_, i) => {
    const day = p.sessions.filter((s) => s.day === p.weekStart + i);
    return `${WEEKDAYS[weekdayOf(p.weekStart + i)]} ${day.map((s) => (s.distance ? `${s.kind} ${s.distance}` : s.kind)).join(' + ')}`;
  });
const running = (p: WeekPlan) => p.sessions.filter((s) => isRunKind(s.kind)).reduce((a, s) => a + (s.distance ?? 0), 0);

describe('suggestWeek', () => {
  it('builds the guide\'s sample week around a Saturday long run in base/build', () => {
    const p = plan();
    expect(p.phase).toBe('base');
    expect(p.volume.target).toBe(34.5); // mean of 30, 34, 36, 38; below 38 + 10 %
    expect(layout(p)).toEqual([
      'Mon yoga',
      'Tue tempo 7 + strength_lower',
      'Wed easy_run 7',
      'Thu hills 6 + core',
      'Fri strength_upper + yoga',
      'Sat long_run 10.5 + foam_roll',
      'Sun recovery_run 4',
    ]);
    expect(running(p)).toBe(34.5);
    expect(p.sessions.map((s) => s.slot)).toEqual(['PM', 'AM', 'PM', 'AM', 'AM', 'PM', 'AM', 'PM', 'AM', 'PM', 'AM']);
    expect(p.notes[0]).toBe('Base/build week: 34.5 mi of running — mean of the last 4 weeks 34.5 mi (P13)');
    expect(p.sessions.find((s) => s.kind === 'long_run')!.minutes).toBe(115); // 10.5 mi at 10 min/mi, long-run pace × 1.1
  });

  it('caps the target at last week + 10 % and plans a restart week after a break', () => {
    expect(plan({ history: { weeklyRun: [40, 40, 40, 20] } }).volume.target).toBeCloseTo(22, 9);
    const restart = plan({ history: { weeklyRun: [20, 22, 0] } });
    expect(restart.volume.target).toBe(3);
    expect(restart.notes[0]).toContain('too little for a long run, so a restart week of 3 mi');
    expect(layout(restart).filter((d) => d.includes('run'))).toEqual(['Sat long_run 3 + foam_roll']);
  });

  it('takes peak from the race date or a target of 70 mi, with no strength (P2)', () => {
    const byRace = plan({ settings: { raceDay: MON + 21 + 5 } });
    expect(byRace.phase).toBe('peak');
    expect(byRace.notes[0]).toMatch(/^Peak week \(race 2026-03-28\)/);
    const byVolume = plan({ settings: { target: 80 } });
    expect(byVolume.phase).toBe('peak');
    expect(byVolume.notes[0]).toMatch(/^Peak week \(target ≥ 70 mi\): 80 mi/);
    expect(byVolume.sessions.filter((s) => isStrengthKind(s.kind) || s.kind === 'core')).toEqual([]);
    expect(plan({ settings: { target: 111 }, history: { unit: 'km' } }).phase).toBe('base');
    expect(plan({ settings: { target: 112 }, history: { unit: 'km' } }).phase).toBe('peak');
  });

  it('tapers the week before race week: volume × 0.7, one upper-body strength session at most', () => {
    const p = plan({ settings: { raceDay: MON + 7 + 5, target: 50 } });
    expect(p.phase).toBe('taper');
    expect(running(p)).toBe(35);
    expect(p.sessions.filter((s) => isStrengthKind(s.kind)).map((s) => s.kind)).toEqual(['strength_upper']);
    expect(p.notes[0]).toContain('your target 50 mi, × 0.7 the week before race week');
  });

  it('puts the race on race day in race week, with a shakeout and foam rolling the day before', () => {
    const p = plan({ settings: { raceDay: MON + 5, target: 40 } });
    expect(p.phase).toBe('race');
    expect(layout(p)[5]).toBe('Sat race + yoga');
    expect(layout(p)[4]).toMatch(/^Fri recovery_run [\d.]+ \+ foam_roll$/);
    expect(p.sessions.find((s) => s.kind === 'race')!.distance).toBeUndefined();
    expect(running(p)).toBe(20); // × 0.5, race excluded
    expect(p.sessions.filter((s) => isStrengthKind(s.kind) || s.kind === 'long_run')).toEqual([]);
  });

  it('replaces every run with low-impact cardio of the same time when injured (P11)', () => {
    const p = plan({ settings: { injured: true } });
    expect(p.sessions.filter((s) => isRunKind(s.kind))).toEqual([]);
    const sat = p.sessions.filter((s) => weekdayOf(s.day) === 5);
    expect(sat[0]).toMatchObject({ kind: 'bike', minutes: 115 });
    expect(sat[0].details).toBe('Bike 115 min at an easy effort instead of the long run (10.5 mi) — injured: no running (P11)');
    expect(p.sessions.find((s) => weekdayOf(s.day) === 1)!.details).toContain('Pool run 65 min with the same efforts as the run instead of tempo (7 mi)');
  });

  it('keeps the first 2 days easy after a Red recovery, and says why (P12)', () => {
    const p = plan({ settings: { longRunDay: 1 }, state: { recoveryStatus: 'Red', alertLevel: 'WATCH', reasons: ['HRV below normal; slept 5.5 h'], day: MON - 1 } });
    const tue = p.sessions.filter((s) => s.day === MON + 1);
    expect(tue).toEqual([expect.objectContaining({ kind: 'bike', minutes: 45, details: 'Bike 45 min easy instead of the long run (10.4 mi) — recovery Red yesterday (P12)' })]);
    expect(p.sessions.filter((s) => s.day < MON + 2 && s.kind === 'strength_lower')).toEqual([]);
    expect(p.notes).toContain('recovery Red yesterday (HRV below normal; slept 5.5 h): no quality session or lower-body strength on the first 2 days (P12)');
    expect(running(p)).toBe(34.5); // the long run's distance moved to the easy runs (P13)
    expect(p.sessions.filter((s) => s.details.includes('longer to keep the week\'s volume (P13)')).length).toBeGreaterThan(0);
  });

  it('names a burnout ALERT of another day by its date', () => {
    const p = plan({ state: { alertLevel: 'ALERT', reasons: ['ACWR 1.62 > 1.5'], day: MON - 3 } });
    expect(p.notes.at(-1)).toBe('burnout ALERT on 2026-02-27 (ACWR 1.62 > 1.5): no quality session or lower-body strength on the first 2 days (P12)');
    const watch = plan({ state: { alertLevel: 'WATCH', recoveryStatus: 'Amber', reasons: ['monotony 2.1'] } });
    expect(layout(watch)).toEqual(layout(plan()));
  });

  it('fits the days the log ends with: no strength the day after a logged long run, no speed work after a leg day', () => {
    const afterLong = plan({ settings: { longRunDay: 0 }, history: { before: [[], [{ kind: 'long_run' }]] } });
    expect(afterLong.sessions.filter((s) => s.day === MON && isStrengthKind(s.kind))).toEqual([]);
    const free = plan({ settings: { longRunDay: 4 } });
    const legDay = plan({ settings: { longRunDay: 4 }, history: { before: [[], [{ kind: 'strength_lower' }]] } });
    expect(free.sessions.some((s) => s.day === MON && ['tempo', 'hills', 'intervals'].includes(s.kind))).toBe(true);
    expect(legDay.sessions.some((s) => s.day === MON && ['tempo', 'hills', 'intervals'].includes(s.kind))).toBe(false);
  });

  it('plans in kilometres when the log is in km', () => {
    const p = plan({ history: { unit: 'km', weeklyRun: [50, 55, 60, 58], pace: 6 } });
    expect(running(p)).toBe(56); // 55.75 to the half kilometre
    expect(p.notes[0]).toContain('55.8 km of running');
  });
});
