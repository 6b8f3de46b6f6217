// The seeded athlete generator: deterministic, and shaped like real training (what the scenario
// banks, the demo and the bench rely on).
import { TimeZone } from '../../src/core/days';
import { readLog } from '../../src/core/log/readLog';
import { Athlete, addDays, generateAthlete, progression } from '../../scenarios/athlete';

const utc = new TimeZone('Etc/UTC');
const START = '2026-01-05'; // a Monday
const weeks = progression({ weeks: 16, startRun: 30, peak: 60, longMax: 22, cycle: 3 });
const SEEDS = [1, 2, 3];
const col = (a: Athlete, name: string) => a.header.indexOf(name);
const rowsOf = (a: Athlete, date: string) => a.rows.filter((r) => r[0] === date);
const numbers = (a: Athlete, name: string) => a.rows.map((r) => r[col(a, name)]).filter((v): v is number => typeof v === 'number');
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

describe('progression', () => {
  it('builds 3:1 and 2:1 cycles, at most +10 % on the highest week, long run at most 40 %', () => {
    for (const cycle of [2, 3]) {
      const plan = progression({ weeks: 16, startRun: 30, cycle, growth: 0.2, longShare: 0.5 });
      let highest = 0;
      plan.forEach((w, i) => {
        expect(w.phase).toBe(i % (cycle + 1) === cycle ? 'cutback' : 'build');
        if (highest > 0) expect(w.run).toBeLessThanOrEqual(highest * 1.1 + 1e-9);
        expect(w.long).toBeLessThanOrEqual(w.run * 0.4 + 1e-9);
        highest = Math.max(highest, w.run);
      });
    }
  });
});

describe('generateAthlete', () => {
  it('is deterministic from its seed', () => {
    expect(generateAthlete({ seed: 1, start: START, weeks })).toEqual(generateAthlete({ seed: 1, start: START, weeks }));
    expect(generateAthlete({ seed: 2, start: START, weeks }).rows).not.toEqual(generateAthlete({ seed: 1, start: START, weeks }).rows);
  });

  it.each(SEEDS)('seed %i: realistic weeks that readLog reads without an issue', (seed) => {
    const a = generateAthlete({ seed, start: START, weeks });
    const log = readLog([a.header, ...a.rows], utc, 'T');
    expect(log.issues).toEqual([]);
    weeks.forEach((plan, w) => {
      const week = Array.from({ length: 7 }, (_, d) => rowsOf(a, addDays(START, 7 * w + d)));
      const types = week.map((rows) => rows.map((r) => r[col(a, 'Type')]));
      expect(types[5]).toEqual(['Long run']); // Saturday
      expect(types.filter((t) => t.includes('Rest') || !t.some((x) => /run|Tempo|Hills|Intervals/.test(String(x))))).toHaveLength(1);
      expect(types.flat().filter((t) => String(t).startsWith('Strength'))).toHaveLength(2);
      expect(types.flat().filter((t) => t === 'Mobility' || t === 'Foam roll')).toHaveLength(3);
      expect(types.flat().filter((t) => t === 'Core')).toHaveLength(2);
      expect(types.flat().filter((t) => ['Tempo', 'Hills', 'Intervals'].includes(String(t)))).toHaveLength(plan.workouts);
      const run = a.runByDay.slice(7 * w, 7 * w + 7).reduce((s, x) => s + x, 0);
      expect(Math.abs(run / plan.run - 1)).toBeLessThan(0.08);
    });
  });

  it.each(SEEDS)('seed %i: everyday wellness noise (HRV CV ≈ 7 %, resting HR ± 2 bpm, sleep 6.5–8.5 h)', (seed) => {
    const a = generateAthlete({ seed, start: START, weeks });
    const lnHrv = numbers(a, 'HRV').map(Math.log);
    expect(lnHrv).toHaveLength(weeks.length * 7);
    expect(sd(lnHrv)).toBeGreaterThan(0.055);
    expect(sd(lnHrv)).toBeLessThan(0.09);
    const rhr = numbers(a, 'Resting HR');
    expect(rhr.filter((x) => Math.abs(x - a.baseline.rhr) <= 2).length / rhr.length).toBeGreaterThan(0.85);
    for (const s of numbers(a, 'Sleep')) expect(s >= 6.5 && s <= 8.5).toBe(true);
  });

  it('writes only sleep, or no wellness, when asked; km when asked', () => {
    const sleepOnly = generateAthlete({ seed: 4, start: START, weeks, wellness: 'sleep' });
    expect(numbers(sleepOnly, 'Sleep')).toHaveLength(weeks.length * 7);
    expect(numbers(sleepOnly, 'HRV').length + numbers(sleepOnly, 'Mood').length).toBe(0);
    const none = generateAthlete({ seed: 4, start: START, weeks, wellness: 'none' });
    expect(numbers(none, 'Sleep').length + numbers(none, 'Resting HR').length).toBe(0);
    const km = generateAthlete({ seed: 4, start: START, weeks: weeks.map((w) => ({ ...w, run: w.run * 1.609, long: w.long * 1.609 })), unit: 'km' });
    const mi = generateAthlete({ seed: 4, start: START, weeks });
    const total = (a: Athlete) => a.runByDay.reduce((s, x) => s + x, 0);
    expect(total(km) / total(mi)).toBeCloseTo(1.609, 1);
  });

  it('logs a 100-mile race at 24–31 h, with rest days after it', () => {
    for (const seed of SEEDS) {
      const a = generateAthlete({ seed, start: START, weeks, races: [{ date: '2026-03-07', distance: 100 }] });
      const [race] = rowsOf(a, '2026-03-07');
      expect(race.slice(1, 3)).toEqual(['Race', 100]);
      expect(race[col(a, 'Duration')]).toBeGreaterThanOrEqual(24 * 60);
      expect(race[col(a, 'Duration')]).toBeLessThanOrEqual(31 * 60);
      expect(rowsOf(a, '2026-03-08').map((r) => r[1])).toEqual(['Rest']);
    }
  });

  it('injects the episodes', () => {
    const base = generateAthlete({ seed: 5, start: START, weeks });
    const weekRun = (a: Athlete, from: number) => a.runByDay.slice(from, from + 7).reduce((s, x) => s + x, 0);
    const d0 = 9 * 7;
    const big = generateAthlete({ seed: 5, start: START, weeks, episodes: [{ kind: 'bigWeek', start: addDays(START, d0) }] });
    const highest = Math.max(...[1, 2, 3, 4].map((k) => weekRun(big, d0 - 7 * k)));
    expect(weekRun(big, d0) / highest).toBeCloseTo(1.5, 1);
    for (let d = d0; d < d0 + 7; d++) expect(big.runByDay[d]).toBeGreaterThan(base.runByDay[d]); // spread over every day
    const camp = generateAthlete({ seed: 5, start: START, weeks, episodes: [{ kind: 'camp', start: addDays(START, d0) }] });
    expect(weekRun(camp, d0) / weekRun(base, d0 - 7)).toBeGreaterThan(1.8);
    const slide = generateAthlete({ seed: 5, start: START, weeks, episodes: [{ kind: 'slide', start: addDays(START, d0) }] });
    const at = (a: Athlete, name: string, d: number) => rowsOf(a, addDays(START, d))[0][col(a, name)] as number;
    for (let d = d0 + 3; d < d0 + 10; d++) {
      expect(at(slide, 'Sleep', d)).toBeLessThan(6);
      expect(at(slide, 'Resting HR', d)).toBeGreaterThanOrEqual(slide.baseline.rhr + 2);
    }
    expect(mean([3, 4, 5, 6, 7, 8, 9].map((k) => at(slide, 'HRV', d0 + k))) / slide.baseline.hrv).toBeLessThan(0.88);
    const nights = generateAthlete({ seed: 5, start: START, weeks, episodes: [{ kind: 'shortNights', start: addDays(START, d0) }] });
    for (let d = d0; d < d0 + 7; d++) {
      expect(at(nights, 'Sleep', d)).toBeLessThan(6);
      expect(at(nights, 'HRV', d)).toBe(at(base, 'HRV', d));
    }
    expect(nights.runByDay).toEqual(base.runByDay);
  });
});
