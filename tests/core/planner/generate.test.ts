// The generator on hand-picked weeks: what a runner sees, and why.
import { dayFromYmd, WEEKDAYS, weekdayOf } from '../../../src/core/days';
import { suggestWeek } from '../../../src/core/planner/generate';
import { PlannerInput, WeekPlan } from '../../../src/core/planner/types';
import { LedgerWeek } from '../../../src/core/planner/ledger';
import { isRunKind, isStrengthKind } from '../../../src/core/sessionTypes';

const MON = dayFromYmd(2026, 3, 2);

/** The weeks before MON, oldest first: [running, longest run, race km?]. */
const weeks = (...ws: [number, number, number?][]): LedgerWeek[] =>
  ws.map(([run, longest, raceKm], i) => ({ start: MON - 7 * (ws.length - i), run, longest, ...(raceKm === undefined ? {} : { raceKm }) }));
/** 36, 38, a cutback at 28, then 40 (long runs up to 14): a runner one week into a 3:1 cycle. */
const BUILDING = weeks([36, 13], [38, 14], [28, 10], [40, 14]);

function plan(over: { settings?: Partial<PlannerInput['settings']>; history?: Partial<PlannerInput['history']>; state?: Partial<PlannerInput['state']> } = {}): WeekPlan {
  return suggestWeek({
    settings: { weekStart: MON, longRunDay: 5, injured: false, ...over.settings },
    history: { unit: 'mi', weeks: BUILDING, pace: 10, before: [[], []], ...over.history },
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

const long = (p: WeekPlan) => p.sessions.find((s) => s.kind === 'long_run')?.distance;
const workouts = (p: WeekPlan) => p.sessions.filter((s) => ['tempo', 'hills', 'intervals'].includes(s.kind)).map((s) => s.kind);

describe('suggestWeek', () => {
  it('builds +10 % on the highest recent week, the long run 2 mi over the longest recent run (P13, P19)', () => {
    const p = plan();
    expect(p.phase).toBe('base');
    expect(p.volume.kind).toBe('build');
    expect(p.volume.target).toBeCloseTo(44, 9); // min(1.10 × 40, 1.25 × 37)
    expect(running(p)).toBe(44);
    expect(long(p)).toBe(16);
    expect(p.notes[0]).toBe('Base/build week — 44 mi: +10 % on your highest recent week, 40 mi (P13)');
    expect(p.notes[1]).toBe('long run 16 mi: your longest recent run 14 mi + 2 mi (P19)');
    expect(workouts(p)).toEqual(['tempo', 'hills']);
    for (const s of p.sessions) if (isRunKind(s.kind)) expect(s.distance!).toBeLessThanOrEqual(16);
    expect(p.sessions.filter((s) => isStrengthKind(s.kind))).toHaveLength(2);
    expect(p.sessions.find((s) => s.kind === 'long_run')!.minutes).toBe(175); // 16 mi at 10 min/mi, long-run pace × 1.1
  });

  it('caps a typed target above the build target and says so; a lower one is used as given (P14)', () => {
    const capped = plan({ settings: { target: 80 } });
    expect(capped.volume.target).toBeCloseTo(44, 9);
    expect(capped.notes[0]).toBe('Base/build week — 44 mi: your target 80 mi capped at +10 % on your highest recent week, 40 mi (P14)');
    expect(long(capped)).toBe(16);
    const lower = plan({ settings: { target: 30 } });
    expect(running(lower)).toBe(30);
    expect(lower.notes[0]).toBe('Base/build week — 30 mi: your target (P13 allows up to 44 mi)');
  });

  it('cuts back after 3 build weeks, or 2 with the 2:1 cycle (P15)', () => {
    const never = plan({ history: { weeks: weeks([40, 14], [42, 15], [44, 15], [46, 16]) } });
    expect(never.volume.kind).toBe('cutback');
    expect(running(never)).toBe(34.5); // 75 % of 46
    expect(long(never)).toBe(11); // 70 % of 16 = 11.2, to the half mile
    expect(never.notes[0]).toBe('Cutback week — 34.5 mi: a cutback week after 4 build weeks (3:1 cycle), 75 % of your highest recent week, 46 mi (P15)');
    const twoOne = weeks([30, 10], [22, 8], [40, 14], [42, 15]);
    expect(plan({ history: { weeks: twoOne } }).volume.kind).toBe('build');
    expect(plan({ history: { weeks: twoOne }, settings: { cycle: '2:1' } }).volume.kind).toBe('cutback');
  });

  it('takes peak from the race date or a target of 70 mi, with no strength (P2)', () => {
    const byRace = plan({ settings: { raceDay: MON + 28 + 5 } }); // 50 mi race: 2 taper weeks, then 3 peak weeks
    expect(byRace.phase).toBe('peak');
    expect(byRace.notes[0]).toMatch(/^Peak week \(race 2026-04-04\) — 44 mi/);
    const seventy = weeks([66, 22], [68, 24], [50, 18], [70, 24]);
    const byVolume = plan({ history: { weeks: seventy } });
    expect(byVolume.phase).toBe('peak');
    expect(byVolume.notes[0]).toMatch(/^Peak week \(target ≥ 70 mi\) — 77 mi/);
    expect(byVolume.sessions.filter((s) => isStrengthKind(s.kind) || s.kind === 'core')).toEqual([]);
  });

  it('tapers by race distance from the peak week, one short workout kept, the long run capped (P17)', () => {
    const p = plan({ settings: { raceDay: MON + 7 + 5, raceKm: 80 } }); // 2 taper weeks: this is the 2nd
    expect(p.phase).toBe('taper');
    expect(running(p)).toBe(22); // × 0.55 of 40
    expect(long(p)).toBe(7); // 50 % of the peak long run, 14
    expect(workouts(p)).toEqual(['tempo']);
    expect(p.sessions.filter((s) => isStrengthKind(s.kind)).map((s) => s.kind)).toEqual(['strength_upper']);
    expect(p.notes[0]).toBe('the race is next week, too close for the 2-week taper it wants: the taper starts now');
    expect(p.notes[1]).toBe('Taper week (race 2026-03-14) — 22 mi: taper week 2 of 2, × 0.55 of your peak week, 40 mi (P17)');
  });

  it('puts the race on race day in race week, with a shakeout and foam rolling the day before', () => {
    const p = plan({ settings: { raceDay: MON + 5, raceKm: 160 } });
    expect(p.phase).toBe('race');
    expect(layout(p)[5]).toBe('Sat race + yoga');
    expect(layout(p)[4]).toMatch(/^Fri recovery_run [\d.]+ \+ foam_roll$/);
    expect(p.sessions.find((s) => s.kind === 'race')!.distance).toBeUndefined();
    expect(running(p)).toBe(12); // × 0.3 of 40, race excluded
    expect(p.sessions.filter((s) => isStrengthKind(s.kind) || s.kind === 'long_run')).toEqual([]);
    expect(workouts(p)).toEqual([]);
  });

  it('plans the recovery weeks after a logged race: no long run in the first, no workout in the first half (P16)', () => {
    const after100 = (k: number) => weeks([70, 26], [56, 17], [45, 14], [35, 11], [20, 6, 160], ...Array.from({ length: k - 1 }, (): [number, number] => [20, 5]));
    const first = plan({ history: { weeks: after100(1) } });
    expect(first.phase).toBe('recovery');
    expect(running(first)).toBe(21); // 30 % of 70, the level before the taper
    expect(long(first)).toBeUndefined();
    expect(workouts(first)).toEqual([]);
    expect(first.sessions.filter((s) => s.kind === 'strength_lower')).toEqual([]);
    expect(first.notes[0]).toBe('Recovery week — 21 mi: recovery week 1 of 4 after a 160 km race, at most 30 % of your level before it, 70 mi (P16)');
    expect(running(plan({ history: { weeks: after100(2) } }))).toBe(31.5);
    expect(workouts(plan({ history: { weeks: after100(2) } }))).toEqual([]);
    const third = plan({ history: { weeks: after100(3) } });
    expect(running(third)).toBe(42);
    expect(workouts(third).length).toBeLessThanOrEqual(1);
  });

  it('takes a race_date in the past as a race: the weeks after it are recovery weeks (P16)', () => {
    const p = plan({ settings: { raceDay: MON - 2, raceKm: 160 } }); // a 100-miler last Saturday
    expect(p.phase).toBe('recovery');
    // The last week holds the race: the level before it is 38 mi.
    // 5 days without running after it (a day per 32 km): Monday to Thursday; the cap's share for the 3 days left.
    expect(p.notes[0]).toBe('Recovery week — 4.9 mi: recovery week 1 of 4 after a 160 km race, at most 30 % of your level before it, 38 mi, shared over the 3 days after 5 days without running (P16)');
    expect(p.sessions.filter((s) => isRunKind(s.kind)).map((s) => s.day - MON).every((d) => d >= 4)).toBe(true);
    expect(running(p)).toBeLessThanOrEqual(5);
    expect(long(p)).toBeUndefined();
  });

  it('replaces every run with low-impact cardio of at most 90 min when injured, no lower-body strength (P11, P21)', () => {
    const p = plan({ settings: { injured: true } });
    expect(p.sessions.filter((s) => isRunKind(s.kind))).toEqual([]);
    const sat = p.sessions.filter((s) => weekdayOf(s.day) === 5);
    expect(sat[0]).toMatchObject({ kind: 'bike', minutes: 90 });
    expect(sat[0].details).toBe('Bike 90 min at an easy effort instead of the long run (16 mi) — injured: no running (P11), at most 90 min a session (P21)');
    expect(p.sessions.filter((s) => s.kind === 'strength_lower')).toEqual([]);
    expect(p.notes.at(-1)).toContain('add it back only if the injury allows (P21)');
  });

  it('plans a down week after a Red day: the first 2 days easy, the dropped run\'s miles not moved (P12, P18)', () => {
    const p = plan({ settings: { longRunDay: 1 }, state: { recoveryStatus: 'Red', alertLevel: 'WATCH', reasons: ['HRV below normal; slept 5.5 h'], day: MON - 1 } });
    expect(p.volume.kind).toBe('down');
    expect(p.volume.target).toBeCloseTo(25.9, 9); // 70 % of the typical week, 37
    const tue = p.sessions.filter((s) => s.day === MON + 1);
    expect(tue).toEqual([expect.objectContaining({ kind: 'bike', minutes: 45, details: expect.stringMatching(/^Bike 45 min easy instead of the long run \([\d.]+ mi\) — recovery Red yesterday \(P12\)$/) })]);
    expect(p.sessions.filter((s) => s.day < MON + 2 && s.kind === 'strength_lower')).toEqual([]);
    expect(p.notes).toContain('recovery Red yesterday (HRV below normal; slept 5.5 h): no quality session or lower-body strength on the first 2 days (P12)');
    expect(running(p)).toBeLessThan(25.9); // the long run's miles are not moved to other runs
    expect(workouts(p).length).toBeLessThanOrEqual(1);
    expect(p.sessions.filter((s) => s.details.includes('longer'))).toEqual([]);
  });

  it('names a burnout ALERT of another day by its date', () => {
    const p = plan({ state: { alertLevel: 'ALERT', reasons: ['ACWR 1.62 > 1.5'], day: MON - 3 } });
    expect(p.notes.at(-1)).toBe('burnout ALERT on 2026-02-27 (ACWR 1.62 > 1.5): no quality session or lower-body strength on the first 2 days (P12)');
    const watch = plan({ state: { alertLevel: 'WATCH', recoveryStatus: 'Amber', reasons: ['monotony 2.1'] } });
    expect(layout(watch)).toEqual(layout(plan()));
  });

  it('gives a novice week one workout at most (P20)', () => {
    const p = plan({ history: { weeks: weeks([15, 5], [15, 5], [11, 4], [15, 5]) } });
    expect(running(p)).toBe(16.5);
    expect(workouts(p)).toEqual(['tempo']);
    expect(p.notes).toContain('one workout at most: a week under 20 mi (P20)');
  });

  it('plans the empty log: at the target with a warning, else a beginner week', () => {
    const atTarget = plan({ settings: { target: 30 }, history: { weeks: [] } });
    expect(running(atTarget)).toBe(30);
    expect(atTarget.notes[0]).toBe('no history in the log: check the target is close to what you run now');
    expect(running(plan({ history: { weeks: [] } }))).toBe(15);
    expect(running(plan({ history: { weeks: [], unit: 'km' } }))).toBe(25);
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
    const p = plan({ history: { unit: 'km', weeks: weeks([58, 20], [60, 21], [45, 15], [62, 22]), pace: 6 } });
    expect(running(p)).toBe(68); // 68.2: +10 % on 62 km, to the half kilometre
    expect(long(p)).toBe(25); // 22 + 3 km
    expect(p.notes[0]).toBe('Base/build week — 68.2 km: +10 % on your highest recent week, 62 km (P13)');
  });
});
