import { TimeZone, isoFromDay } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { AlertDay, alertsByDay, latestAlert } from '../../../src/core/alerts/burnoutAlerts';
import { recoveryByDay } from '../../../src/core/recovery/recoveryScore';
import { generateEntries } from '../../../bench/generateLog';
import { ALERT_RULES } from '../../../src/core/alerts/alertRules';
import { ALERT_THRESHOLDS } from '../../../src/core/alerts/thresholds';
import { formPercent, trainingLoad } from '../../../src/core/load/trainingLoad';
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

  it('running distance of the last 7 days vs the 7 before: > +30 % → ALERT, > +10 % → WATCH', () => {
    const weeks = (last: number) => [on(0, rest), on(1, { ...easy, distance: 5 }), on(4, { ...easy, distance: 5 }), on(8, { ...easy, distance: 5 }), on(13, { ...easy, distance: last - 5 })];
    expect(fired(weeks(14), 13, /^run miles/)).toEqual(['run miles +40% vs previous 7 days (> +30%)']);
    expect(fired(weeks(13), 13, /^run miles/)).toEqual(['run miles +30% vs previous 7 days (> +10%)']); // exactly +30 %: WATCH
    expect(fired(weeks(12), 13, /^run miles/)).toEqual(['run miles +20% vs previous 7 days (> +10%)']);
    expect(fired(weeks(11), 13, /^run miles/)).toEqual([]); // exactly +10 %
    // No running in the 7 days before: nothing to compare with.
    expect(fired([on(0, rest), on(8, easy), on(13, easy)], 13, /^run miles/)).toEqual([]);
    // Cross-training does not count as running.
    expect(fired([...weeks(11), on(12, { type: 'Bike', distance: 30, duration: 90 })], 13, /^run miles/)).toEqual([]);
  });

  it('Form below −30 % of Fitness → ALERT, with the log\'s zero start corrected', () => {
    const big = { type: 'Long run', distance: 12, duration: 120, rpe: 6 }; // load 720
    // Steady training from the first day is not overreaching, though the Form column starts deeply negative.
    const steady = alerts(days(70, () => easy));
    expect(steady.flatMap((d) => d.reasons.filter((r) => /^Form/.test(r)))).toEqual([]);
    // 60 steady days at 160, then 720 a day: Form falls below −30 % of Fitness on the 3rd big day.
    const block = (bigDays: number) => days(64, (i) => (i < 60 ? easy : i < 60 + bigDays ? big : easy));
    expect(fired(block(4), 63, /^Form/)).toEqual([expect.stringMatching(/^Form -\d+% of Fitness < -30%$/)]);
    expect(fired(block(1), 63, /^Form/)).toEqual([]); // one big day only
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
  });

  const hrvBaseline = days(20, (i) => ({ hrv: i % 2 ? 58 : 62, rhr: 50 }));

  it('HRV below its normal range 2 days running → WATCH', () => {
    const low = [...hrvBaseline, on(20, { hrv: 35 }), on(21, { hrv: 35 })];
    expect(fired(low, 20, /^HRV/)).toEqual([]); // one day below
    expect(fired(low, 21, /^HRV/)).toEqual([expect.stringMatching(/^HRV below normal range 2 days running \(≥ 2; 7-day avg \d+ ms < \d+ ms\)$/)]);
    expect(fired([...hrvBaseline, on(20, { hrv: 35 }), on(21, { hrv: 80 })], 21, /^HRV/)).toEqual([]);
  });

  it('resting HR ≥ 5 bpm above baseline → WATCH', () => {
    expect(fired([...hrvBaseline, on(20, { rhr: 55 })], 20, /^resting HR/)).toEqual(['resting HR +5 bpm vs baseline (≥ +5)']);
    expect(fired([...hrvBaseline, on(20, { rhr: 54.9 })], 20, /^resting HR/)).toEqual([]);
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
      expect(alertsByDay(log, { thresholds: { daysWithoutRest: 4 }, recovery: recoveryByDay(log) })).toEqual(all);
      expect(latestAlert(log, { thresholds: { daysWithoutRest: 4 } })).toEqual(all[all.length - 1]);
      expect(latestAlert(log, { thresholds: { daysWithoutRest: 4 }, recovery: recoveryByDay(log) })).toEqual(all[all.length - 1]);
    }
  });

  it('describes every rule with the thresholds in force', () => {
    const text = ALERT_RULES.map((r) => r.describe(ALERT_THRESHOLDS)).join('\n');
    for (const v of Object.values(ALERT_THRESHOLDS)) expect(text).toContain(String(Math.abs(v) < 1 ? Math.round(v * 100) : v));
  });
});
