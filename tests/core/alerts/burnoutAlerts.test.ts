import fc from 'fast-check';
import { TimeZone, isoFromDay } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { AlertDay, alertsByDay, latestAlert } from '../../../src/core/alerts/burnoutAlerts';
import { recoveryDay, recoverySeries } from '../../../src/core/recovery/recoveryScore';
import { recoveryByDay } from '../../support/recoveryByDay';
import { generateEntries } from '../../../bench/generateLog';
import { ALERT_RULES } from '../../../src/core/alerts/alertRules';
import { ALERT_THRESHOLDS } from '../../../src/core/alerts/thresholds';
import { dailyLoads, formPercent, trainingLoad } from '../../../src/core/load/trainingLoad';
import { Entry, addDays, logTable } from '../../support/logs';

const utc = new TimeZone('Etc/UTC');
const START = '2026-01-01';
const on = (i: number, e: Omit<Entry, 'date'>): Entry => ({ date: addDays(START, i), ...e });
const alerts = (entries: Entry[], thresholds = {}): AlertDay[] => alertsByDay(readLog(logTable(entries), utc, 'T'), { thresholds });
/** The reasons of day i that match a rule's wording. */
const fired = (entries: Entry[], i: number, pattern: RegExp, thresholds = {}) =>
  alerts(entries, thresholds)[i].reasons.filter((r) => pattern.test(r));
const days = (n: number, e: (i: number) => Omit<Entry, 'date'> | undefined): Entry[] =>
  Array.from({ length: n }, (_, i) => e(i)).flatMap((x, i) => (x ? [on(i, x)] : []));

const easy = { type: 'Easy run', distance: 4, duration: 40, rpe: 4 }; // load 160
const rest = { type: 'Rest' };

describe('burnout alert rules: each fires on a log built for it, and not on its near miss', () => {
  it('ACWR > 1.5 → ALERT, 1.3–1.5 → WATCH', () => {
    // 35 easy days (with a weekly rest), then harder days: the acute average outruns the chronic one.
    const base = (i: number) => (i % 7 === 6 ? rest : easy);
    const spike = (minutes: number) => days(39, (i) => (i < 35 ? base(i) : { ...easy, duration: minutes }));
    expect(fired(spike(120), 38, /^ACWR/)).toEqual([expect.stringMatching(/^ACWR 1\.\d\d > 1\.5$/)]);
    expect(alerts(spike(120))[38].level).toBe('ALERT');
    const watch = fired(spike(70), 38, /^ACWR/);
    expect(watch).toEqual([expect.stringMatching(/^ACWR 1\.[34]\d ≥ 1\.3$/)]);
    expect(fired(spike(45), 38, /^ACWR/)).toEqual([]);
  });

  it('running distance of the last 7 days vs the highest of the 4 blocks before: > +30 % → ALERT, > +15 % → WATCH', () => {
    // One run a week (day 2 of each 7-day block); the last 7 days are days 28–34.
    const weeks = (...distances: number[]) => [on(0, rest), ...distances.map((distance, w) => on(7 * w + 2, { ...easy, distance })), on(34, rest)];
    const says = (change: string, limit: string) => [`run miles ${change} vs the highest of the previous 4 weeks (> ${limit})`];
    expect(fired(weeks(10, 8, 6, 9, 14), 34, /^run miles/)).toEqual(says('+40%', '+30%'));
    expect(fired(weeks(10, 8, 6, 9, 13), 34, /^run miles/)).toEqual(says('+30%', '+15%')); // exactly +30 %: WATCH
    expect(fired(weeks(10, 8, 6, 9, 12), 34, /^run miles/)).toEqual(says('+20%', '+15%'));
    expect(fired(weeks(10, 8, 6, 9, 11.5), 34, /^run miles/)).toEqual([]); // exactly +15 %
    // Back to normal after a cutback week: +67 % on the week before, 0 % on the highest.
    expect(fired(weeks(10, 10, 10, 6, 10), 34, /^run miles/)).toEqual([]);
    // Early in the log, the blocks it holds: one at day 13.
    expect(fired(weeks(10, 14), 13, /^run miles/)).toEqual(says('+40%', '+30%'));
    // No running in those 28 days: nothing to compare with.
    expect(fired([on(0, rest), on(30, easy), on(34, rest)], 34, /^run miles/)).toEqual([]);
    // Cross-training does not count as running.
    expect(fired([...weeks(10, 8, 6, 9, 11.5), on(33, { type: 'Bike', distance: 30, duration: 90 })], 34, /^run miles/)).toEqual([]);
  });

  it('Form below −30 % of Fitness → WATCH; 3 days running or below −50 % → ALERT; the log\'s zero start corrected', () => {
    const big = { type: 'Long run', distance: 12, duration: 120, rpe: 6 }; // load 720
    // Steady training from the first day is not overreaching, though the Form column starts deeply negative.
    const steady = alerts(days(70, () => easy));
    expect(steady.flatMap((d) => d.reasons.filter((r) => /^Form/.test(r)))).toEqual([]);
    // 60 steady days at 160, then big days of 4 × `minutes` each, then easy again.
    const block = (bigDays: number, minutes: number) => days(66, (i) => (i < 60 ? easy : i < 60 + bigDays ? { ...big, duration: minutes } : easy));
    const formOf = (log: Entry[]) => (i: number) => formPercent(trainingLoad(dailyLoads(readLog(logTable(log), utc, 'T')), 0), i)!;
    // One 120-min day: −35 % the next day (WATCH), −29 % the day after (nothing).
    const one = block(1, 120);
    expect(fired(one, 61, /^Form/)).toEqual([`Form ${Math.round(formOf(one)(61))}% of Fitness < -30%`]);
    expect(alerts(one)[61].level).toBe('WATCH');
    expect(fired(one, 62, /^Form/)).toEqual([]);
    // Two 100-min days: −48 %, −40 %, −33 % → WATCH, WATCH, then ALERT on the 3rd day running.
    const two = block(2, 100);
    const pct = [62, 63, 64].map(formOf(two));
    expect(pct.every((p) => p < -30 && p > -50)).toBe(true);
    expect(fired(two, 63, /^Form/)).toEqual([`Form ${Math.round(pct[1])}% of Fitness < -30%`]);
    expect(fired(two, 64, /^Form/)).toEqual([`Form ${Math.round(pct[2])}% of Fitness < -30% 3 days running (≥ 3)`]);
    expect(alerts(two)[64].level).toBe('ALERT');
    // Two 120-min days: below −50 % → ALERT at once.
    const deep = block(2, 120);
    expect(formOf(deep)(62)).toBeLessThan(-50);
    expect(fired(deep, 62, /^Form/)).toEqual([`Form ${Math.round(formOf(deep)(62))}% of Fitness < -50%`]);
  });

  it('reads Form as a percentage of Fitness: 0 for steady load, the raw ratio once the log is long', () => {
    const steady = trainingLoad(new Array(400).fill(160), 0);
    expect(formPercent(steady, 5)).toBeCloseTo(0, 9);
    expect(steady[5].tsb).toBeLessThan(-60);
    expect(formPercent(steady, 0)).toBeUndefined();
    const spiky = trainingLoad(Array.from({ length: 400 }, (_, i) => (i % 3 ? 100 : 400)), 0);
    expect(formPercent(spiky, 399)).toBeCloseTo((spiky[399].tsb / spiky[398].ctl) * 100, 1); // the seed weighs 7e-5 by then
  });

  it('Monotony > 2 → WATCH', () => {
    const same = days(10, (i) => ({ ...easy, duration: i % 2 ? 40 : 45 }));
    expect(fired(same, 9, /^monotony/)).toEqual([expect.stringMatching(/^monotony \d+\.\d\d > 2$/)]);
    expect(fired(days(10, (i) => (i % 2 ? easy : rest)), 9, /^monotony/)).toEqual([]);
  });

  it('Recovery Red → ALERT', () => {
    expect(fired([on(0, { sleep: 4.5, mood: 2 })], 0, /^recovery/)).toEqual(['recovery 18 Red (≤ 33)']);
    expect(alerts([on(0, { sleep: 4.5, mood: 2 })])[0].level).toBe('ALERT');
    expect(fired([on(0, { sleep: 5.5, mood: 3 })], 0, /^recovery/)).toEqual([]); // 44: Amber
    expect(alerts([on(0, { soreness: 5 })])[0].level).toBe('OK'); // one input alone: at worst Amber
  });

  const hrvBaseline = days(20, (i) => ({ hrv: i % 2 ? 58 : 62, rhr: 50 }));

  it('HRV below its normal range 2 days running → WATCH', () => {
    const low = [...hrvBaseline, on(20, { hrv: 35 }), on(21, { hrv: 35 })];
    expect(fired(low, 20, /^HRV below/)).toEqual([]); // one day below
    expect(fired(low, 21, /^HRV below/)).toEqual([expect.stringMatching(/^HRV below normal range 2 days running \(≥ 2; 7-day avg \d+ ms < \d+ ms\)$/)]);
    expect(fired([...hrvBaseline, on(20, { hrv: 35 }), on(21, { hrv: 80 })], 21, /^HRV below/)).toEqual([]);
  });

  it('a morning\'s HRV more than 2 SD below its 60-day mean → WATCH, while the 7-day mean is still in range', () => {
    // Baseline 58/62 ms: mean 60 ms, SD 0.034 in ln, taken as the 0.05 floor → normal 57–63 ms.
    const crash = (hrv: number) => [...hrvBaseline, on(20, { hrv })];
    expect(fired(crash(54), 20, /^HRV/)).toEqual(['HRV 54 ms, far below your normal 57–63 (2.1 SD below the 60-day mean; > 2)']);
    expect(alerts(crash(54))[20].level).toBe('WATCH');
    expect(fired(crash(55), 20, /^HRV/)).toEqual([]); // 1.7 SD
  });

  it('resting HR (3-day mean) ≥ 5 bpm above baseline → WATCH', () => {
    const mornings = (...rhr: number[]) => [...hrvBaseline, ...rhr.map((r, k) => on(20 + k, { rhr: r }))];
    // Baseline on day 22: the 22 mornings before, (20 × 50 + 2 × 56) ÷ 22 = 50.5.
    expect(fired(mornings(56, 56, 56), 22, /^resting HR/)).toEqual(['resting HR 3-day avg +5.5 bpm vs baseline (≥ +5)']);
    expect(fired(mornings(55.4, 55.4, 55.4), 22, /^resting HR/)).toEqual([]); // +4.9
    expect(fired(mornings(60), 20, /^resting HR/)).toEqual([]); // one morning's swing: 3-day avg +3.3
  });

  it('sleep < 6 h 3 nights running → WATCH', () => {
    const nights = (third: number) => [on(0, { sleep: 5.5 }), on(1, { sleep: 5 }), on(2, { sleep: third })];
    expect(fired(nights(5.8), 2, /^sleep/)).toEqual(['sleep under 6 h 3 nights running (≥ 3; last 5.8 h)']);
    expect(fired(nights(6), 2, /^sleep/)).toEqual([]);
    expect(fired([on(0, { sleep: 5 }), on(2, { sleep: 5 }), on(3, { sleep: 5 })], 3, /^sleep/)).toEqual([]); // a night not logged
  });

  const long = { type: 'Long run', distance: 16, duration: 160, rpe: 5 };
  const legs = { type: 'Strength (lower)', duration: 45, rpe: 6 };
  const arms = { type: 'Strength (upper)', duration: 45, rpe: 5 };

  it('strength on the long-run day (P3) → WATCH', () => {
    expect(fired([on(0, long), on(0, arms)], 0, /P3/)).toEqual(['strength on the long-run day (P3)']);
    expect(fired([on(0, long), on(0, { type: 'Core', duration: 20 })], 0, /P3/)).toEqual([]);
  });

  it('strength the day after a long run (P4) → WATCH', () => {
    expect(fired([on(0, long), on(1, arms)], 1, /P4/)).toEqual(['strength the day after a long run (P4)']);
    expect(fired([on(0, long), on(2, arms)], 2, /P4/)).toEqual([]);
  });

  it('lower-body strength within 2 days before a long run or the day before speed work (P5) → WATCH', () => {
    expect(fired([on(0, legs), on(2, long)], 0, /P5/)).toEqual(['lower-body strength within 2 days before a long run (P5)']);
    expect(fired([on(0, legs), on(1, { type: 'Hills', duration: 60 })], 0, /P5/)).toEqual(['lower-body strength the day before hills, tempo or intervals (P5)']);
    expect(fired([on(0, arms), on(1, long)], 0, /P5/)).toEqual([]);
    expect(fired([on(0, legs), on(3, long)], 0, /P5/)).toEqual([]);
  });

  it('8 or more days without a rest day → WATCH', () => {
    const streak = days(9, (i) => (i === 8 ? rest : easy));
    const out = alerts(streak);
    expect(out.map((d) => d.reasons.filter((r) => /rest day/.test(r)))).toEqual([
      [], [], [], [], [], [], [], ['8 days without a rest day (≥ 8)'], [],
    ]);
    // Yoga and 45 min of easy cardio still make a rest day.
    const withRest = days(9, (i) => (i === 4 ? { type: 'Bike', duration: 45 } : easy));
    expect(alerts(withRest).some((d) => d.reasons.some((r) => /rest day/.test(r)))).toBe(false);
  });

  it('run + strength + yoga on one day (P9) → WATCH', () => {
    const yoga = { type: 'Yoga', duration: 20, rpe: 2 };
    expect(fired([on(0, easy), on(0, arms), on(0, yoga)], 0, /P9/)).toEqual(['run + strength + mobility stacked on one day (P9)']);
    expect(fired([on(0, easy), on(0, arms), on(1, yoga)], 0, /P9/)).toEqual([]);
  });
});

describe('alertsByDay', () => {
  it('gives one entry per calendar day; the level is the most severe rule that fired', () => {
    const out = alerts([on(0, { type: 'Long run', duration: 120, rpe: 6 }), on(1, { type: 'Strength', duration: 45, rpe: 6 }), on(3, { sleep: 4.5, mood: 2 })]);
    expect(out.map((d) => isoFromDay(d.day))).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(out[0]).toMatchObject({ level: 'OK', reasons: [] });
    expect(out[1]).toMatchObject({ level: 'WATCH', reasons: ['strength the day after a long run (P4)'] });
    expect(out[3].level).toBe('ALERT'); // Recovery Red ALERT
    expect(out[3].reasons).toEqual(['recovery 18 Red (≤ 33)']);
  });

  it('takes threshold overrides (e.g. from Settings)', () => {
    const streak = days(6, () => easy);
    const restReasons = (d: AlertDay) => d.reasons.filter((r) => /rest day/.test(r));
    expect(restReasons(alerts(streak)[5])).toEqual([]);
    expect(restReasons(alerts(streak, { daysWithoutRest: 5 })[4])).toEqual(['5 days without a rest day (≥ 5)']);
    expect(alerts([on(0, { sleep: 5 })], { shortSleepNights: 1 })[0].reasons).toContain('sleep under 6 h 1 nights running (≥ 1; last 5 h)');
  });

  it('gives nothing for an empty log', () => {
    expect(alertsByDay(readLog([['Date']], utc, 'T'))).toEqual([]);
    expect(latestAlert(readLog([['Date']], utc, 'T'))).toBeUndefined();
  });

  it('gives the same days from a recovery series already computed, and latestAlert is the last of them', () => {
    for (const last of ['2025-03-10', '2025-03-16', '2025-06-30']) {
      const log = readLog(logTable(generateEntries('2025-01-01', last)), utc, 'T');
      const all = alertsByDay(log, { thresholds: { daysWithoutRest: 4 } });
      expect(all.some((d) => d.level !== 'OK')).toBe(true);
      expect(alertsByDay(log, { thresholds: { daysWithoutRest: 4 }, recovery: recoverySeries(log) })).toEqual(all);
      expect(latestAlert(log, { thresholds: { daysWithoutRest: 4 } })).toEqual(all[all.length - 1]);
      expect(latestAlert(log, { thresholds: { daysWithoutRest: 4 }, recovery: recoverySeries(log) })).toEqual(all[all.length - 1]);
    }
  });

  it('describes every rule with the thresholds in force', () => {
    const text = ALERT_RULES.map((r) => r.describe(ALERT_THRESHOLDS)).join('\n');
    for (const v of Object.values(ALERT_THRESHOLDS)) expect(text).toContain(String(Math.abs(v) < 1 ? Math.round(v * 100) : v));
  });
});

describe('latestAlert and a month: the days asked for alone, their streaks and recovery computed only as far back as they reach', () => {
  // Daily logs whose last days tend to run streaks (no rest day, short nights, HRV or Form low) across
  // the days latestAlert leaves out: whatever the log, it says what alertsByDay says of its last day.
  const TYPES = ['Easy run', 'Long run', 'Tempo', 'Strength', 'Lower-body strength', 'Yoga', 'Bike', 'Rest', 'Zumba'];
  const day = fc.record({
    type: fc.constantFrom(...TYPES),
    distance: fc.integer({ min: 0, max: 25 }),
    duration: fc.integer({ min: 10, max: 240 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    sleep: fc.option(fc.double({ min: 4, max: 8.5, noNaN: true }), { nil: undefined }),
    hrv: fc.option(fc.double({ min: 0.9, max: 1.1, noNaN: true }), { nil: undefined }),
    rhr: fc.option(fc.integer({ min: 44, max: 56 }), { nil: undefined }),
    soreness: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    second: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
    skipped: fc.boolean(),
  });
  const history = fc.record({ days: fc.array(day, { minLength: 1, maxLength: 150 }), hrvDropFrom: fc.nat(150), restEvery: fc.integer({ min: 2, max: 40 }) });

  it('equals alertsByDay\'s last entry, with the recovery of that day; alertsByDay from a day on equals the whole log\'s from that day', () => {
    fc.assert(fc.property(history, fc.boolean(), fc.nat(160), ({ days, hrvDropFrom, restEvery }, loose, from) => {
      const entries = days.flatMap((d, i): Entry[] => {
        if (d.skipped && i % restEvery === 0) return [];
        const main: Entry = {
          date: addDays(START, i), type: d.type, distance: d.distance, duration: d.duration, rpe: d.rpe, sleep: d.sleep,
          hrv: d.hrv === undefined ? undefined : Math.round(60 * d.hrv * (i >= hrvDropFrom ? 0.6 : 1)), rhr: d.rhr, soreness: d.soreness,
        };
        return d.second ? [main, { date: main.date, type: d.second, duration: 30, rpe: 3 }] : [main];
      });
      const log = readLog(logTable(entries), utc, 'T');
      // Loose thresholds make streaks longer and more frequent.
      const thresholds = loose ? { daysWithoutRest: 3, formWatch: -5, shortSleepHours: 7, hrvLowDays: 1 } : {};
      const all = alertsByDay(log, { thresholds });
      expect(latestAlert(log, { thresholds })).toEqual(all[all.length - 1]);
      if (log.lastDay === undefined) return; // every row left out: nothing to compare
      expect(alertsByDay(log, { thresholds }, log.firstDay! + from)).toEqual(all.slice(from));
      const last = log.lastDay - log.firstDay!;
      expect(recoveryDay(recoverySeries(log, last), last, true)).toEqual(recoveryByDay(log)[last]);
    }), { numRuns: 300 });
  });
});
