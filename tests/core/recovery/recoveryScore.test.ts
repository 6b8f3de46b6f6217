import fc from 'fast-check';
import { TimeZone } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { RecoveryDay, oneDecimal } from '../../../src/core/recovery/recoveryScore';
import { recoveryByDay } from '../../support/recoveryByDay';
import { addDays, logTable } from '../../support/logs';
import { generateEntries } from '../../../bench/generateLog';

const utc = new TimeZone('Etc/UTC');
const WELLNESS_HEADER = ['Date', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness'];
type Morning = { sleep?: number; hrv?: number; rhr?: number; mood?: number; soreness?: number };

/** A wellness-only log, one row per morning from 2026-01-01 (undefined: a day with no row). */
const scores = (mornings: (Morning | undefined)[]): RecoveryDay[] =>
  recoveryByDay(readLog([
    WELLNESS_HEADER,
    ...mornings.flatMap((m, i) => (m ? [[addDays('2026-01-01', i), m.sleep ?? '', m.hrv ?? '', m.rhr ?? '', m.mood ?? '', m.soreness ?? '']] : [])),
  ], utc, 'T'));

/** 14 mornings alternating HRV 55/65 ms and resting HR 48/50 bpm: the worked example's baseline. */
const BASELINE: Morning[] = Array.from({ length: 14 }, (_, i) => ({ hrv: i % 2 ? 65 : 55, rhr: i % 2 ? 50 : 48 }));

describe('recoveryByDay (docs/recovery.md)', () => {
  it('reproduces the worked example', () => {
    const day = scores([...BASELINE, { hrv: 50, rhr: 53, sleep: 6, mood: 3, soreness: 4 }])[14];
    // By hand: ln 55 = 4.00733, ln 65 = 4.17439; baseline mean 4.09086, STDEV 0.086680.
    // 7-day mean = (3 × 4.00733 + 3 × 4.17439 + ln 50 = 3.91202) ÷ 7 = 4.06531; z = −0.2947 → 60.26.
    // Resting HR, 3-day mean (48 + 50 + 53) ÷ 3 = 50.33 − 49 = +1.33 → 61.67. Sleep 6 h → 50, mood 3 → 50, soreness 4 → 25.
    // (30 × 60.26 + 20 × 61.67 + 20 × 50 + 15 × 50 + 15 × 25) ÷ 100 = 51.66.
    expect(day.score).toBeCloseTo(51.66, 2);
    expect(day.status).toBe('Amber');
    expect(day.hrv!.z).toBeCloseTo(-0.2947, 4);
    expect(day.hrv!.low).toBeCloseTo(54.83, 2);
    expect(day.hrv!.high).toBeCloseTo(65.21, 2);
    // The morning alone: (3.91202 − 4.09086) ÷ 0.086680 = −2.063, a crash (BURNOUT_ALERTS: WATCH).
    expect(day.hrvMorning!.z).toBeCloseTo(-2.063, 3);
    expect(day.rhr!.value).toBeCloseTo(50.333, 3);
    expect(day.rhr!.delta).toBeCloseTo(1.333, 3);
    expect(day.why).toBe('soreness 4/5; slept 6 h; HRV low-normal (7-day avg 58 ms, normal 55–65 ms)');
  });

  it('judges resting HR on the mean of the last 3 days', () => {
    const days = scores([...BASELINE, { rhr: 55 }, { rhr: 49 }, { rhr: 49 }, { rhr: 49 }]);
    expect(days.slice(14).map((d) => d.rhr!.value)).toEqual([(48 + 50 + 55) / 3, (50 + 55 + 49) / 3, (55 + 49 + 49) / 3, 49]);
    expect(days[14].why).toBe('resting HR 2 bpm above baseline (3-day avg 51 vs 49)');
  });

  it('leaves inputs out until their baseline holds 14 readings, and says so', () => {
    const days = scores([...BASELINE.slice(0, 13), { hrv: 60, rhr: 49, sleep: 8 }]);
    expect(days[13].score).toBe(100); // sleep alone
    expect(days[13].why).toBe('slept 8 h; HRV not scored yet (baseline 13 of 14 readings); resting HR not scored yet (baseline 13 of 14 readings)');
    expect(scores([{ hrv: 60 }])[0]).toEqual({ day: expect.any(Number), why: 'HRV not scored yet (baseline 0 of 14 readings)' });
  });

  it('needs 3 HRV readings in the last 7 days', () => {
    const gap: (Morning | undefined)[] = [...BASELINE, ...Array(6).fill(undefined), { hrv: 60, sleep: 7 }];
    const day = scores(gap)[20];
    expect(day.hrv).toBeUndefined();
    expect(day.why).toBe('all inputs near normal; HRV not scored (1 of 3 readings needed in 7 days)');
  });

  it('re-weights over the inputs present', () => {
    expect(scores([{ sleep: 6, mood: 5 }])[0].score).toBeCloseTo((20 * 50 + 15 * 100) / 35, 10);
  });

  it('never gives Red on one input alone (coaching.md): at worst 34, Amber', () => {
    expect(scores([{ soreness: 5 }])[0]).toMatchObject({ score: 34, status: 'Amber', why: 'soreness 5/5; one input alone: at worst Amber' });
    expect(scores([{ soreness: 4 }])[0]).toMatchObject({ score: 34, status: 'Amber' }); // 25 alone
    expect(scores([{ soreness: 5, sleep: 4 }])[0]).toMatchObject({ score: 0, status: 'Red', why: 'slept 4 h; soreness 5/5' });
  });

  it('gives one entry per calendar day, without a score on days without wellness', () => {
    const days = scores([{ sleep: 7 }, undefined, { mood: 4 }]);
    expect(days.map((d) => d.score)).toEqual([75, undefined, 75]);
    expect(days[1]).toEqual({ day: days[0].day + 1, why: '' });
    expect(days[0].why).toBe('all inputs near normal');
  });

  it('flags HRV below its normal range', () => {
    const day = scores([...BASELINE, { hrv: 30 }])[14];
    expect(day.hrv!.z).toBeLessThan(-1);
    expect(day.why).toBe('HRV below normal (7-day avg 54 ms, normal 55–65 ms); one input alone: at worst Amber');
  });
});

describe('recoveryByDay properties', () => {
  const morning = fc.record({
    sleep: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: undefined }),
    hrv: fc.option(fc.double({ min: 1, max: 500, noNaN: true }), { nil: undefined }),
    rhr: fc.option(fc.double({ min: 20, max: 250, noNaN: true }), { nil: undefined }),
    mood: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
    soreness: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
  });
  const history = fc.array(fc.option(morning, { nil: undefined }), { minLength: 1, maxLength: 40 });
  // Baselines need 14 earlier readings: prefix the random days with a random full baseline.
  const withBaseline = fc.tuple(fc.array(fc.record({ hrv: fc.integer({ min: 20, max: 150 }), rhr: fc.integer({ min: 35, max: 75 }) }), { minLength: 14, maxLength: 20 }), history)
    .map(([base, rest]) => [...base, ...rest] as (Morning | undefined)[]);

  it('scores 0–100 with exactly the Status bands, and nothing on days without wellness', () => {
    fc.assert(fc.property(withBaseline, (mornings) => {
      scores(mornings).forEach((d, i) => {
        const m = mornings[i];
        const hasInput = !!m && Object.values(m).some((v) => v !== undefined);
        if (!hasInput) {
          expect(d.score).toBeUndefined();
          expect(d.status).toBeUndefined();
          return;
        }
        if (d.score === undefined) return; // only inputs still building a baseline
        expect(d.score).toBeGreaterThanOrEqual(0);
        expect(d.score).toBeLessThanOrEqual(100);
        expect(d.status).toBe(d.score >= 67 ? 'Green' : d.score <= 33 ? 'Red' : 'Amber');
      });
    }), { numRuns: 200 });
  });

  /** The method of docs/recovery.md read literally: each window's readings gathered and averaged day by day. */
  function modelScore(mornings: (Morning | undefined)[], i: number): number | undefined {
    const m = mornings[i];
    if (!m) return undefined;
    const readings = (key: 'hrv' | 'rhr', from: number, to: number) =>
      mornings.slice(Math.max(0, from), to + 1).flatMap((x) => (x?.[key] === undefined ? [] : [key === 'hrv' ? Math.log(x[key]!) : x[key]!]));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
    const clamp = (x: number) => Math.min(100, Math.max(0, x));
    const parts: [number, number][] = [];
    if (m.hrv !== undefined) {
      const base = readings('hrv', i - 60, i - 1);
      const week = readings('hrv', i - 6, i);
      if (base.length >= 14 && week.length >= 3) parts.push([30, clamp(75 + 50 * ((mean(week) - mean(base)) / Math.max(sd(base), 0.05)))]);
    }
    if (m.rhr !== undefined) {
      const base = readings('rhr', i - 60, i - 1);
      if (base.length >= 14) parts.push([20, clamp(75 - 10 * (mean(readings('rhr', i - 2, i)) - mean(base)))]);
    }
    if (m.sleep !== undefined) parts.push([20, clamp(25 * (m.sleep - 4))]);
    if (m.mood !== undefined) parts.push([15, clamp(25 * (m.mood - 1))]);
    if (m.soreness !== undefined) parts.push([15, clamp(25 * (5 - m.soreness))]);
    if (parts.length === 0) return undefined;
    const score = parts.reduce((a, [w, sub]) => a + w * sub, 0) / parts.reduce((a, [w]) => a + w, 0);
    return parts.length === 1 && score < 34 ? 34 : score;
  }

  it('gives every day the score of the method computed literally (an independent model of the one-pass series)', () => {
    fc.assert(fc.property(withBaseline, (mornings) => {
      scores(mornings).forEach((d, i) => {
        const expected = modelScore(mornings, i);
        expect(d.score === undefined).toBe(expected === undefined);
        if (expected !== undefined) expect(d.score).toBeCloseTo(expected, 6);
      });
    }), { numRuns: 200 });
  });

  type Key = keyof Morning;
  const BETTER: Record<Key, number> = { hrv: 1, sleep: 1, mood: 1, rhr: -1, soreness: -1 };
  const RANGE: Record<Key, [number, number]> = { hrv: [1, 500], sleep: [0, 9], mood: [1, 5], rhr: [20, 250], soreness: [1, 5] };

  it.each(Object.keys(BETTER) as Key[])('is monotone in %s: a better value never lowers the day\'s score', (key) => {
    const [lo, hi] = RANGE[key];
    fc.assert(fc.property(withBaseline, fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true }), (mornings, a, b) => {
      const i = mornings.length - 1;
      const [worse, better] = BETTER[key] > 0 ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
      const at = (v: number) => scores(mornings.map((m, j) => (j === i ? { ...m, [key]: v } : m)))[i].score;
      const [up, down] = [at(better), at(worse)];
      expect(up === undefined).toBe(down === undefined); // whether a day is scored never depends on a value
      if (up !== undefined) expect(up).toBeGreaterThanOrEqual(down!);
    }), { numRuns: 150 });
  });
});

describe('recoveryByDay whyFrom', () => {
  it('gives the same numbers, with every why before that day left empty', () => {
    const log = readLog(logTable(generateEntries('2025-01-01', '2025-04-30')), new TimeZone('Etc/UTC'), 'T');
    const full = recoveryByDay(log);
    expect(full.filter((d) => d.why !== '').length).toBeGreaterThan(100);
    expect(recoveryByDay(log, { whyFrom: Infinity })).toStrictEqual(full.map((d) => ({ ...d, why: '' })));
    const from = full[60].day;
    expect(recoveryByDay(log, { whyFrom: from })).toStrictEqual(full.map((d) => (d.day < from ? { ...d, why: '' } : d)));
    expect(full.slice(60).filter((d) => d.why !== '').length).toBeGreaterThan(30);
  });
});

describe('oneDecimal', () => {
  it('writes what String(Math.round(n * 10) / 10) writes, for every n ≥ 0 Why shows', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100000 }).map((t) => t / 10)), (n) => {
      expect(oneDecimal(n)).toBe(String(Math.round(n * 10) / 10));
    }), { numRuns: 2000 });
  });
});
