// The sidebar's planner call: a zod-validated request with ISO dates in, plain JSON out.
import { TimeZone } from '../../src/core/days';
import { suggestPlanForSidebar } from '../../src/sheets/planner';
import { addDays, logTable } from '../support/logs';
import { generateAthlete, progression } from '../../scenarios/athlete';

const tz = new TimeZone('America/New_York');
const LOG = logTable(
  Array.from({ length: 28 }, (_, i) => ({ date: addDays('2026-02-02', i), type: i % 7 === 5 ? 'Long run' : i % 7 === 6 ? 'Yoga' : 'Easy run', distance: i % 7 === 5 ? 12 : i % 7 === 6 ? undefined : 5, duration: 50, rpe: 4, sleep: 8, mood: 4 })),
  'America/New_York',
);

describe('suggestPlanForSidebar', () => {
  it('returns the week as plain JSON: ISO dates, the notes, the state and the Plan sheet rows', () => {
    const result = suggestPlanForSidebar({ longRunDay: 'Sun', targetMiles: 25 }, LOG, tz);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const plan = result.plan!;
    expect(plan.weekStart).toBe('2026-03-02'); // the Monday after the last logged date
    expect(plan).toMatchObject({ phase: 'base', phaseName: 'Base/build week', target: 25, unit: 'mi', state: { alertLevel: expect.any(String), date: '2026-03-01' } });
    expect(plan.sessions.filter((s) => s.kind === 'long_run').map((s) => [s.date, s.day, s.session])).toEqual([['2026-03-08', 'Sun', 'Long run']]);
    expect(plan.sessions.reduce((a, s) => a + (s.kind.endsWith('run') || ['tempo', 'hills'].includes(s.kind) ? s.distance ?? 0 : 0), 0)).toBe(25); // a typed target under the cutback week's 27.75 mi stands (P14)
    expect(plan.rows).toHaveLength(plan.sessions.length);
    expect(plan.rows[0].slice(0, 5)).toEqual([plan.sessions[0].date, plan.sessions[0].day, plan.sessions[0].slot, plan.sessions[0].session, plan.sessions[0].kind]);
    expect(plan.rows[0][7]).toBe(`${plan.sessions[0].details} · Week: ${plan.notes.join('; ')}`);
  });

  it('uses the defaults for an empty request and takes a race and an injury', () => {
    expect(suggestPlanForSidebar(undefined, LOG, tz).plan!.sessions.find((s) => s.kind === 'long_run')!.day).toBe('Sat');
    const race = suggestPlanForSidebar({ weekStart: '2026-03-09', raceDate: '2026-03-14', injured: true }, LOG, tz).plan!;
    expect(race.phase).toBe('race');
    expect(race.sessions.some((s) => s.kind.endsWith('run'))).toBe(false);
  });

  it('says what to fix in a request it cannot read', () => {
    const call = (request: unknown) => () => suggestPlanForSidebar(request, LOG, tz);
    expect(call({ weekStart: '2026-02-30' })).toThrow('Planner: week start must be a date like 2026-03-02, got "2026-02-30"');
    expect(call({ raceDate: 20260314 })).toThrow('Planner: race date must be a date like 2026-03-02, got 20260314');
    expect(call({ longRunDay: 'Someday' })).toThrow('Planner: long-run day must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun, got "Someday"');
    expect(call({ targetMiles: '40' })).toThrow('Planner: weekly target must be a number, got "40"');
    expect(call({ targetMiles: 0 })).toThrow('Planner: weekly target must be more than 0, got 0');
    expect(call({ injured: 'yes' })).toThrow('Planner: injured must be yes or no, got "yes"');
    expect(call({ weekstart: '2026-03-02' })).toThrow('Planner: unknown field "weekstart": use weekStart, longRunDay, raceDate, targetMiles, injured, raceDistance, cycle');
    expect(call('Mon')).toThrow('Planner: the request must be an object with weekStart, longRunDay, raceDate, targetMiles, injured, raceDistance, cycle, got "Mon"');
  });

  it('passes the race distance and the cutback cycle on to the planner', () => {
    // Three weeks before race week: a 10 km race has one taper week, a 100-miler three (P17).
    const week = (raceDistance?: string) => suggestPlanForSidebar({ weekStart: '2026-03-02', raceDate: '2026-03-28', raceDistance }, LOG, tz).plan!;
    expect(week('10 km').phase).not.toBe('taper');
    expect(week('100 mi').phase).toBe('taper');
    expect(week('100 mi').notes.join(' ')).toMatch(/taper week 1 of 3/);
    // Two building weeks after a cutback: the 2:1 cycle cuts back now, 3:1 builds once more (P15).
    const weeks = progression({ weeks: 6, startRun: 30 }).slice(0, 6);
    const athlete = generateAthlete({ seed: 7, start: '2026-01-19', weeks });
    const log = [athlete.header, ...athlete.rows];
    const target = (cycle: '3:1' | '2:1') => suggestPlanForSidebar({ cycle }, log, tz).plan!.notes.join(' ');
    expect(target('2:1')).toMatch(/cutback week after 2 build weeks \(2:1 cycle\)/);
    expect(target('3:1')).not.toMatch(/cutback/);
    expect(() => suggestPlanForSidebar({ raceDistance: 'far' }, LOG, tz)).toThrow('Planner: race distance must be a distance like "100 mi"');
    expect(() => suggestPlanForSidebar({ cycle: '4:1' }, LOG, tz)).toThrow('Planner: cutback cycle must be one of 3:1, 2:1, got "4:1"');
  });

  it('answers an empty log in words, and a log without its header with the reader\'s message', () => {
    expect(suggestPlanForSidebar({}, [['Date', 'Type']], tz)).toEqual({ plan: null, message: 'Your Log has no dated sessions yet: log a few runs, then ask for a plan.' });
    expect(() => suggestPlanForSidebar({}, [['Type'], ['Run']], tz)).toThrow('Planner: no "Date" column');
  });
});
