// The planner as a coach would read it: SUGGEST_PLAN and SEASON_PLAN on the built dist/Code.js, on
// seeded athletes (scenarios/athlete.ts), several seeds each, against the numbers of coaching.md.
import { loadBundle } from '../support/bundle';
import { WeekPlan as AthleteWeek, addDays, generateAthlete, progression } from '../../scenarios/athlete';

const sheet = loadBundle({ spreadsheetZone: 'Etc/UTC', scriptZone: 'Etc/UTC' });
const call = (name: string, ...args: unknown[]) => sheet.call(name, ...args) as unknown[][];
const SEEDS = [1, 2, 3];
const START = '2026-01-05'; // a Monday
const RUNS = ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals'];
const WORKOUTS = ['tempo', 'hills', 'intervals'];

type Log = unknown[][];
const logOf = (a: { header: string[]; rows: unknown[][] }): Log => [a.header, ...a.rows];

/** A suggested week as a coach reads it. */
function week(rows: unknown[][]) {
  const sessions = rows.slice(1);
  const runs = sessions.filter((r) => RUNS.includes(r[4] as string));
  const long = sessions.find((r) => r[4] === 'long_run');
  return {
    running: runs.reduce((a, r) => a + (r[5] as number), 0),
    long: long ? (long[5] as number) : undefined,
    longest: Math.max(0, ...runs.map((r) => r[5] as number)),
    workouts: sessions.filter((r) => WORKOUTS.includes(r[4] as string)),
    kinds: sessions.map((r) => r[4] as string),
    notes: String(rows[1][7]),
    sessions,
  };
}

/** Weekly run distance (races left out) of a generated log, from its rows, Monday-aligned from START. */
function loggedWeeks(log: Log): number[] {
  const out: number[] = [];
  for (const r of log.slice(1)) {
    if (!['Easy run', 'Long run', 'Tempo', 'Hills', 'Intervals', 'Recovery run'].includes(r[1] as string)) continue;
    const w = Math.floor((Date.parse(`${r[0]}T00:00:00Z`) - Date.parse(`${START}T00:00:00Z`)) / (7 * 86400000));
    out[w] = (out[w] ?? 0) + (Number(r[2]) || 0);
  }
  return Array.from(out, (x) => x ?? 0);
}

const weeksOf = (run: number, long: number, n: number, phase: AthleteWeek['phase'] = 'build', workouts = 2): AthleteWeek[] =>
  Array.from({ length: n }, () => ({ run, long, workouts, phase }));

describe.each(SEEDS)('planner scenarios, seed %i', (seed) => {
  it('novice at 15 mi a week: one workout at most, the long run the longest run (P20, P19)', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: progression({ weeks: 8, startRun: 12, peak: 15 }) }));
    const w = week(call('SUGGEST_PLAN', log));
    expect(w.running).toBeLessThan(20);
    expect(w.workouts.length).toBeLessThanOrEqual(1);
    expect(w.long).toBe(w.longest);
    expect(w.notes).toContain('one workout at most: a week under 20 mi (P20)');
    expect(w.running).toBeLessThanOrEqual(1.1 * Math.max(...loggedWeeks(log).slice(-4)) + 0.5); // P13
  });

  it('40 mi base: builds +10 % on the highest recent week, the long run +2 mi at most (P13, P19)', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: [...progression({ weeks: 7, startRun: 34, peak: 40 }), { run: 28, long: 10, workouts: 1, phase: 'cutback' }] }));
    const logged = loggedWeeks(log);
    const L = Math.max(...logged.slice(-4));
    const w = week(call('SUGGEST_PLAN', log));
    expect(w.notes).toMatch(/Base\/build week — [\d.]+ mi: \+(10 % on your highest|25 % on your typical) recent week, [\d.]+ mi \(P13\)/);
    expect(w.running).toBeLessThanOrEqual(1.1 * L + 0.5);
    expect(w.running).toBeGreaterThan(L * 0.95); // it builds: no more weeks under the mean
    const LR = Number(/your longest recent run ([\d.]+) mi/.exec(w.notes)![1]);
    expect(w.long!).toBeLessThanOrEqual(LR + 2 + 0.5);
    expect(w.long).toBe(w.longest);
    expect(w.workouts.length).toBe(2);
    expect(w.kinds.filter((k) => k.startsWith('strength'))).toHaveLength(2);
  });

  it('70 mi six weeks before a 100-miler: peak weeks, then a 3-week taper, race week and 4 recovery weeks (P17, P16)', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: progression({ weeks: 12, startRun: 55, peak: 70, longMax: 28 }) }));
    const last = addDays(START, 12 * 7 - 1);
    const race = addDays(last, 6 * 7 - 1); // the Saturday 6 weeks on
    const rows = call('SEASON_PLAN', log, race, '100 mi').slice(1);
    // 6 weeks to race day: 2 peak weeks (one may be a cutback), 3 taper weeks, race week.
    expect(rows.map((r) => r[1])).toEqual(['Peak', 'Peak', 'Taper', 'Taper', 'Taper', 'Race', 'Recovery', 'Recovery', 'Recovery', 'Recovery']
      .map((p, i) => (i < 2 && rows[i][1] === 'Cutback' ? 'Cutback' : p)));
    const peak = Math.max(...rows.slice(0, 2).map((r) => r[2] as number), ...loggedWeeks(log).slice(-8));
    const taper = rows.filter((r) => r[1] === 'Taper');
    [0.8, 0.65, 0.5].forEach((f, i) => expect(Math.abs((taper[i][2] as number) - f * peak)).toBeLessThanOrEqual(0.06 * peak));
    for (const t of taper) expect(t[4]).toBe(1); // one short workout: intensity stays
    const longest = Math.max(...rows.slice(0, 2).map((r) => Number(r[3]) || 0), 28);
    [0.6, 0.5, 0.4].forEach((f, i) => expect(taper[i][3] as number).toBeLessThanOrEqual(f * longest + 0.5));
    const raceWeek = rows.find((r) => r[1] === 'Race')!;
    expect(raceWeek[2] as number).toBeLessThanOrEqual(0.3 * peak * 1.05 + 0.5);
    expect(raceWeek[8]).toMatch(/race-day Form [+-]\d+ %/);
    const recovery = rows.filter((r) => r[1] === 'Recovery');
    recovery.forEach((r, k) => expect(r[2] as number).toBeLessThanOrEqual((0.3 + (0.6 * k) / 4) * peak * 1.05 + 0.5));
    expect(recovery[0][3]).toBe(''); // no long run the week after
    expect(recovery.slice(0, 2).map((r) => r[4])).toEqual([0, 0]);
    // The same week through SUGGEST_PLAN: same run and long run (coaching.md).
    const first = week(call('SUGGEST_PLAN', log, '', 'Sat', race, '', '', '100 mi'));
    expect([first.running, first.long ?? '']).toEqual([rows[0][2], rows[0][3]]);
    expect(first.kinds.filter((k) => k.startsWith('strength'))).toEqual([]); // peak: no strength (P2)
  });

  it('race week: the race on race day, no workout, no strength, × 0.35 of the peak for a 50-miler', () => {
    const weeks = [...progression({ weeks: 10, startRun: 40, peak: 50 }), ...weeksOf(37.5, 13, 1, 'taper', 1), ...weeksOf(27.5, 10, 1, 'taper', 1)];
    const log = logOf(generateAthlete({ seed, start: START, weeks }));
    const race = addDays(START, 12 * 7 + 5);
    const w = week(call('SUGGEST_PLAN', log, '', '', race, '', '', '50 mi'));
    expect(w.kinds).toContain('race');
    expect(w.sessions.find((r) => r[4] === 'race')![1]).toBe('Sat');
    expect(w.workouts).toEqual([]);
    expect(w.kinds.filter((k) => k.startsWith('strength'))).toEqual([]);
    expect(w.long).toBeUndefined();
    expect(w.notes).toMatch(/besides the race: × 0.35 of your peak week, ([\d.]+) mi \(P17\)/);
    const P = Number(/× 0.35 of your peak week, ([\d.]+) mi/.exec(w.notes)![1]);
    expect(P).toBeGreaterThanOrEqual(Math.max(...loggedWeeks(log).slice(-8)) - 0.5);
    expect(Math.abs(w.running - 0.35 * P)).toBeLessThanOrEqual(0.05 * 0.35 * P + 0.5);
  });

  it('each of the 4 weeks after a 100-miler: a recovery week, no long run in the first, no workout or leg day in the first two (P16)', () => {
    const weeks = [...progression({ weeks: 13, startRun: 55, peak: 70, longMax: 26, taper: 3 }), ...weeksOf(21, 0, 1, 'race', 0)];
    const race = addDays(START, 13 * 7 + 5);
    const log = logOf(generateAthlete({ seed, start: START, weeks, races: [{ date: race, distance: 100 }], end: addDays(race, 1) }));
    const before = Math.max(...loggedWeeks(log).slice(0, 10));
    for (let k = 1; k <= 4; k++) {
      const w = week(call('SUGGEST_PLAN', log, addDays(race, 2 + 7 * (k - 1))));
      expect(w.notes).toContain(`recovery week ${k} of 4 after a`);
      expect(w.running).toBeLessThanOrEqual((0.3 + (0.6 * (k - 1)) / 4) * before * 1.05 + 0.5);
      if (k === 1) {
        expect(w.long).toBeUndefined();
        // No running in the 5 days after a 100-miler (a day per 32 km): the first run on race day + 6.
        const runDays = w.sessions.filter((r) => RUNS.includes(r[4] as string)).map((r) => (r[0] as Date).toISOString().slice(0, 10));
        expect(runDays.length).toBeGreaterThan(0);
        expect(runDays.every((d) => d >= addDays(race, 6))).toBe(true);
        expect(w.notes).toContain('after 5 days without running');
      }
      if (k <= 2) {
        expect(w.workouts).toEqual([]);
        expect(w.kinds).not.toContain('strength_lower');
      }
      expect(w.notes).not.toMatch(/Peak week|hills/);
    }
  });

  it('after an ALERT or a Red day: a down week, nothing hard on the first 2 days, no miles moved (P12, P18)', () => {
    const weeks = progression({ weeks: 10, startRun: 35, peak: 45 });
    const slide = addDays(START, 10 * 7 - 10);
    const log = logOf(generateAthlete({ seed, start: START, weeks, episodes: [{ kind: 'slide', start: slide }] }));
    const alert = call('BURNOUT_ALERTS', log).at(-1)![1];
    const recovery = call('RECOVERY_SCORE', log).at(-1)![2];
    expect([alert === 'ALERT' || recovery === 'Red', alert, recovery]).toEqual([true, alert, recovery]);
    const w = week(call('SUGGEST_PLAN', log));
    expect(w.notes).toMatch(/Down week — [\d.]+ mi: a down week, 70 % of your typical recent week, ([\d.]+) mi \(P18\)/);
    const T = Number(/70 % of your typical recent week, ([\d.]+) mi/.exec(w.notes)![1]);
    expect(w.running).toBeLessThanOrEqual(0.7 * T * 1.05 + 0.5);
    expect(w.workouts.length).toBeLessThanOrEqual(1);
    expect(w.sessions.filter((r) => ['Mon', 'Tue'].includes(r[1] as string) && [...WORKOUTS, 'long_run', 'strength_lower'].includes(r[4] as string))).toEqual([]);
    expect(w.sessions.filter((r) => String(r[7]).includes('longer'))).toEqual([]);
    for (const r of w.sessions) if (RUNS.includes(r[4] as string) && r[4] !== 'long_run' && w.long !== undefined) expect(r[5] as number).toBeLessThanOrEqual(w.long);
  });

  it('injured: cardio of at most 90 min instead of every run, no lower-body strength (P11, P21)', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: progression({ weeks: 8, startRun: 45, peak: 55, longMax: 20 }) }));
    const w = week(call('SUGGEST_PLAN', log, '', '', '', '', true));
    expect(w.running).toBe(0);
    const cardio = w.sessions.filter((r) => ['bike', 'swim', 'elliptical', 'pool_run'].includes(r[4] as string) && String(r[7]).includes('instead of'));
    expect(cardio.length).toBeGreaterThanOrEqual(4);
    for (const r of cardio) expect(r[6] as number).toBeLessThanOrEqual(90);
    expect(w.kinds).not.toContain('strength_lower');
    expect(w.notes).toContain('add it back only if the injury allows (P21)');
    expect(call('PLAN_CHECK', call('SUGGEST_PLAN', log, '', '', '', '', true))).toEqual([['Date', 'Rule', 'Problem']]);
  });

  it('a km runner: the plan in km, the novice line at 32 km, the long run +3 km at most', () => {
    const log = logOf(generateAthlete({ seed, start: START, unit: 'km', weeks: [...progression({ weeks: 7, startRun: 55, peak: 65 }), { run: 48, long: 16, workouts: 1, phase: 'cutback' }] }));
    log[0] = log[0].map((h) => (h === 'Distance' ? 'Distance (km)' : h));
    const w = week(call('SUGGEST_PLAN', log));
    expect(w.notes).toMatch(/Base\/build week — [\d.]+ km: \+(10|25) % on your (highest|typical) recent week, [\d.]+ km \(P13\)/);
    const LR = Number(/your longest recent run ([\d.]+) km/.exec(w.notes)![1]);
    expect(w.long!).toBeLessThanOrEqual(LR + 3 + 0.5);
    expect(w.running).toBeLessThanOrEqual(1.1 * Math.max(...loggedWeeks(log).slice(-4)) + 0.5);
    expect(w.workouts.length).toBe(2); // 60-odd km is no novice week
  });

  it('10 days of history: builds on the one complete week', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: weeksOf(25, 9, 2), end: addDays(START, 9) }));
    const first = loggedWeeks(log)[0];
    const w = week(call('SUGGEST_PLAN', log));
    expect(w.running).toBeLessThanOrEqual(1.1 * first + 0.5);
    expect(w.running).toBeGreaterThanOrEqual(0.9 * first);
    expect(w.long).toBe(w.longest);
  });

  it('empty log: a 15-mile beginner week; with a target, that target and a warning', () => {
    const header = [generateAthlete({ seed, start: START, weeks: [] }).header];
    const beginner = week(call('SUGGEST_PLAN', header, '2026-03-02'));
    expect(beginner.running).toBe(15);
    expect(beginner.workouts.length).toBeLessThanOrEqual(1);
    const target = week(call('SUGGEST_PLAN', header, '2026-03-02', '', '', 25));
    expect(target.running).toBe(25);
    expect(target.notes).toContain('no history in the log: check the target is close to what you run now');
  });

  it('a 2:1 masters runner cuts back every 3rd week, a 3:1 runner every 4th (P15)', () => {
    const log = logOf(generateAthlete({ seed, start: START, weeks: progression({ weeks: 9, startRun: 30, peak: 42, cycle: 2 }) }));
    const race = addDays(START, 9 * 7 + 20 * 7 + 5);
    for (const [cycle, most] of [['2:1', 2], ['3:1', 3]] as const) {
      const rows = call('SEASON_PLAN', log, race, '50 km', '', '', cycle).slice(1);
      let run = 0;
      for (const r of rows.filter((x) => !['Taper', 'Race', 'Recovery'].includes(x[1] as string))) {
        run = r[1] === 'Cutback' ? 0 : run + 1;
        expect([cycle, run <= most + 1]).toEqual([cycle, true]); // the week before the taper may stand in for its cutback
      }
      expect(rows.filter((r) => r[1] === 'Cutback').length).toBeGreaterThanOrEqual(cycle === '2:1' ? 5 : 4);
    }
  });
});
