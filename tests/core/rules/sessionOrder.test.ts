import fc from 'fast-check';
import { DaySequence, ORDER_RULES, OrderRuleId, daySequenceOf, daysWithoutRest, daysWithoutRestEndingAt, hardStreakEndingAt, isHardDay, isRestDay } from '../../../src/core/rules/sessionOrder';
import { KIND_NAMES } from '../../../src/core/sessionTypes';
import { TimeZone } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { logTable } from '../../support/logs';
import { Kind } from '../../../src/core/sessionTypes';

const seq = (...days: (Kind | [Kind, number])[][]): DaySequence =>
  days.map((d) => d.map((s) => (Array.isArray(s) ? { kind: s[0], minutes: s[1] } : { kind: s })));
const breaches = (days: DaySequence, id: OrderRuleId) => {
  const rule = ORDER_RULES.find((r) => r.id === id)!;
  return days.map((_, i) => rule.breach(days, i)).flatMap((b, i) => (b ? [i] : []));
};

describe('session order rules', () => {
  it('P3: strength on the long-run day', () => {
    expect(breaches(seq(['long_run', 'strength_upper']), 'P3')).toEqual([0]);
    expect(breaches(seq(['long_run', 'core']), 'P3')).toEqual([]);
  });

  it('P4: strength the day after a long run, not two days after', () => {
    expect(breaches(seq(['long_run'], ['strength_upper'], ['strength_lower']), 'P4')).toEqual([1]);
    expect(breaches(seq(['long_run'], ['recovery_run'], ['strength_lower']), 'P4')).toEqual([]);
  });

  it('P5: lower-body strength 1–2 days before a long run or the day before speed work', () => {
    expect(breaches(seq(['strength_lower'], [], ['long_run']), 'P5')).toEqual([0]);
    expect(breaches(seq(['strength_lower'], ['long_run']), 'P5')).toEqual([0]);
    expect(breaches(seq(['strength_lower'], ['tempo']), 'P5')).toEqual([0]);
    expect(breaches(seq(['strength_lower'], [], ['tempo']), 'P5')).toEqual([]);
    expect(breaches(seq(['strength_upper'], ['long_run']), 'P5')).toEqual([]);
    // Unspecified strength is assumed to load the legs.
    expect(breaches(seq(['strength'], ['hills']), 'P5')).toEqual([0]);
  });

  it('P9: run + strength + mobility stacked', () => {
    expect(breaches(seq(['easy_run', 'strength_upper', 'yoga']), 'P9')).toEqual([0]);
    expect(breaches(seq(['easy_run', 'strength_upper'], ['yoga']), 'P9')).toEqual([]);
  });

  it('P10: more than two hard days in a row, reported once at the end of the streak', () => {
    expect(breaches(seq(['tempo'], ['strength_lower'], ['hills'], ['long_run'], ['rest']), 'P10')).toEqual([3]);
    expect(breaches(seq(['tempo'], ['strength_lower'], ['easy_run'], ['long_run']), 'P10')).toEqual([]);
    expect(hardStreakEndingAt(seq(['tempo'], ['hills'], ['intervals']), 2)).toBe(3);
  });

  it('rest days allow mobility, core and up to 45 min of cardio', () => {
    expect(isRestDay([])).toBe(true);
    expect(isRestDay(seq(['yoga', 'core', ['bike', 45]])[0])).toBe(true);
    expect(isRestDay(seq([['bike', 60]])[0])).toBe(false);
    expect(isRestDay(seq(['recovery_run'])[0])).toBe(false);
    expect(isRestDay([{ kind: null }])).toBe(false);
    expect(daysWithoutRestEndingAt(seq(['easy_run'], [], ['easy_run'], ['strength_upper']), 3)).toBe(2);
  });

  it('counts days without rest in one pass, as daysWithoutRestEndingAt does day by day', () => {
    const kind = fc.constantFrom(...(Object.keys(KIND_NAMES) as Kind[]), null);
    const day = fc.array(fc.record({ kind, minutes: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) }), { maxLength: 3 });
    fc.assert(fc.property(fc.array(day, { maxLength: 40 }), (days) => {
      expect(Array.from(daysWithoutRest(days))).toEqual(days.map((_, i) => daysWithoutRestEndingAt(days, i)));
    }));
  });

  it('P10 gives what its first definition gave (the streak recounted each day), day by day', () => {
    const P10 = ORDER_RULES.find((r) => r.id === 'P10')!;
    const recounted = (days: DaySequence, i: number) => {
      const streak = hardStreakEndingAt(days, i);
      return streak > 2 && !isHardDay(days[i + 1] ?? []) ? `${streak} hard days in a row` : undefined;
    };
    const kind = fc.constantFrom<Kind | null>('tempo', 'hills', 'long_run', 'strength_lower', 'strength_upper', 'easy_run', 'yoga', null);
    fc.assert(fc.property(fc.array(fc.array(fc.record({ kind }), { maxLength: 2 }), { maxLength: 30 }), (days) => {
      expect(days.map((_, i) => P10.breach(days, i))).toEqual(days.map((_, i) => recounted(days, i)));
    }), { numRuns: 500 });
  });

  it('P10 reads 100,000 hard days in a row, every day asked, counting the streak once at its end', () => {
    const P10 = ORDER_RULES.find((r) => r.id === 'P10')!;
    const days: DaySequence = Array.from({ length: 100_000 }, () => [{ kind: 'tempo' }]);
    const found = days.flatMap((_, i) => P10.breach(days, i) ?? []);
    expect(found).toEqual(['100000 hard days in a row']);
  });

  it('reads a log as consecutive days, days without sessions empty', () => {
    const log = readLog(logTable([
      { date: '2026-01-01', type: 'Long run', duration: 120 },
      { date: '2026-01-03', type: 'Yoga', duration: 20 },
      { date: '2026-01-03', type: 'Zumba', duration: 30 },
      { date: '2026-01-04', sleep: 7 },
    ]), new TimeZone('Etc/UTC'), 'T');
    const days = daySequenceOf(log);
    expect(days.map((d) => d.map((s) => [s.kind, s.minutes]))).toEqual([[['long_run', 120]], [], [['yoga', 20], [null, 30]], []]);
    // The log's own sessions, not copies.
    expect(days[2][1]).toBe(log.sessions[2]);
  });
});
