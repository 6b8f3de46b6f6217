import fc from 'fast-check';
import { TimeZone } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { ORDER_RULES, daySequenceOf } from '../../../src/core/rules/sessionOrder';
import { orderBreachesByRow } from '../../../src/core/rules/logOrder';
import { KIND_NAMES, Kind } from '../../../src/core/sessionTypes';
import { Entry, addDays, logTable } from '../../support/logs';

const UTC = new TimeZone('Etc/UTC');
const breaches = (entries: Entry[]) => orderBreachesByRow(readLog(logTable(entries), UTC, 'T'));

describe('order rules on a log, row by row', () => {
  it('flags the strength session the day after a long run, not the long run (P4)', () => {
    expect(breaches([
      { date: '2026-03-07', type: 'Long run', distance: 16, duration: 170 },
      { date: '2026-03-08', type: 'Recovery run', distance: 4, duration: 45 },
      { date: '2026-03-08', type: 'Strength (upper)', duration: 40 },
    ])).toEqual(new Map([[4, ['strength the day after a long run (P4)']]]));
  });

  it('flags lower-body strength before a long run (P5) and every part of a stacked day (P9)', () => {
    const out = breaches([
      { date: '2026-03-05', type: 'Strength (lower)', duration: 40 },
      { date: '2026-03-06', type: 'Easy run', distance: 5, duration: 50 },
      { date: '2026-03-06', type: 'Strength (upper)', duration: 30 },
      { date: '2026-03-06', type: 'Yoga', duration: 20 },
      { date: '2026-03-06', type: 'Bike', duration: 30 },
      { date: '2026-03-07', type: 'Long run', distance: 16, duration: 170 },
    ]);
    expect(out.get(2)).toEqual(['lower-body strength within 2 days before a long run (P5)']);
    for (const row of [3, 4, 5]) expect(out.get(row)).toEqual(['run + strength + mobility stacked on one day (P9)']);
    expect(out.has(6)).toBe(false); // the bike is no part of the stack
    expect(out.has(7)).toBe(false);
  });

  it('flags only rules its day breaks, and every breach on some session of that day', () => {
    const kinds = Object.keys(KIND_NAMES) as Kind[];
    const session = fc.record({ day: fc.integer({ min: 0, max: 9 }), kind: fc.constantFrom(...kinds) });
    fc.assert(fc.property(fc.array(session, { minLength: 1, maxLength: 25 }), (sessions) => {
      const log = readLog(logTable(sessions.map((s) => ({ date: addDays('2026-03-01', s.day), type: KIND_NAMES[s.kind][0], duration: 30 }))), UTC, 'T');
      const days = daySequenceOf(log);
      const out = orderBreachesByRow(log);
      const flagged = (row: number): string[] => (out.get(row) ?? []).map((t) => /\((P\d+)\)$/.exec(t)![1]);
      days.forEach((_, i) => {
        const broken: string[] = ORDER_RULES.filter((r) => r.breach(days, i) !== undefined).map((r) => r.id);
        const rows = log.sessions.filter((s) => s.day === log.firstDay! + i).map((s) => flagged(s.row));
        for (const ids of rows) expect(ids.every((id) => broken.includes(id))).toBe(true);
        for (const id of broken) expect(rows.some((ids) => ids.includes(id))).toBe(true);
      });
    }), { numRuns: 200 });
  });
});
