// The season plan on a seeded 40-mile runner: week after week by the rules, with its projection.
import { TimeZone, dayFromYmd, isoFromDay } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { seasonFromLog } from '../../../src/core/planner/fromLog';
import { SEASON_HEADER, seasonRows } from '../../../src/core/planner/seasonTable';
import { generateAthlete, progression } from '../../../scenarios/athlete';

const tz = new TimeZone('Etc/UTC');
const logOf = (seed: number) => {
  const a = generateAthlete({ seed, start: '2026-01-05', weeks: progression({ weeks: 8, startRun: 30, peak: 40 }) });
  return readLog([a.header, ...a.rows], tz, 'SEASON_PLAN');
};

describe('seasonPlan', () => {
  for (const seed of [1, 2, 3]) {
    it(`plans a 40-mile runner (seed ${seed}) to a 50-mile race 16 weeks out: builds, cuts back, tapers, races, recovers`, () => {
      const log = logOf(seed);
      const raceDay = dayFromYmd(2026, 6, 20);
      const season = seasonFromLog(log, 'mi', { raceDay, raceDistance: 50 }, 'SEASON_PLAN', 0);
      const phases = season.weeks.map((w) => w.phase);
      expect(isoFromDay(season.weeks[0].weekStart)).toBe('2026-03-02');
      expect(phases.slice(-5)).toEqual(['Taper', 'Taper', 'Race', 'Recovery', 'Recovery']); // 50 mi: 2 taper weeks, 2 recovery weeks
      expect(phases.filter((p) => p === 'Cutback').length).toBeGreaterThanOrEqual(3);
      // Once built, weeks that hold the volume are still the build, never "base" again.
      expect(phases[0]).toBe('Build');
      expect(phases).not.toContain('Base');
      // Never more than +10 % on the highest week before (P13), never more than 3 weeks without a cutback (P15).
      let highest = 40; // the progression's peak, the highest logged week
      let run = 0;
      for (const w of season.weeks.filter((x) => !['Taper', 'Race', 'Recovery'].includes(x.phase))) {
        expect(w.run).toBeLessThanOrEqual(1.1 * highest + 0.5);
        highest = Math.max(highest, w.run);
        run = w.phase === 'Cutback' ? 0 : run + 1;
        expect(run).toBeLessThanOrEqual(4);
      }
      expect(Math.max(...season.weeks.map((w) => w.run))).toBeLessThanOrEqual(50.5); // the 50-mile race's peak
      const race = season.weeks.find((w) => w.phase === 'Race')!;
      expect(race.long).toBeUndefined();
      expect(race.quality).toBe(0);
      expect(race.notes.at(-1)).toMatch(/^race-day Form [+-]\d+ %/);
      for (const w of season.weeks.filter((x) => x.phase === 'Taper')) expect(w.quality).toBe(1); // intensity stays
      const rows = seasonRows(season, isoFromDay);
      expect(rows[0]).toHaveLength(SEASON_HEADER.length);
      expect(rows[0][8]).toMatch(/^peak 50 mi for a 50 mi race; /);
    });
  }

  it('tells a runner whose level is far below what the race asks that it will be a stretch', () => {
    for (const seed of [1, 2, 3]) {
      const a = generateAthlete({ seed, start: '2026-01-05', weeks: progression({ weeks: 8, startRun: 12, peak: 16 }) });
      const season = seasonFromLog(readLog([a.header, ...a.rows], tz, 'SEASON_PLAN'), 'mi', { raceDay: dayFromYmd(2026, 7, 18), raceDistance: 31 }, 'SEASON_PLAN', 0);
      expect(season.peakHow).toMatch(/^peak [\d.]+ mi: 1\.5 × your level [\d.]+ mi, the most one season builds safely; the race asks 50 mi a week, so expect it to be a stretch$/);
    }
  });

  it('starts the taper now when the race is too close, and says so', () => {
    const season = seasonFromLog(logOf(1), 'mi', { raceDay: dayFromYmd(2026, 3, 14), raceDistance: 100 }, 'SEASON_PLAN', 0);
    expect(season.weeks.map((w) => w.phase)).toEqual(['Taper', 'Race', 'Recovery', 'Recovery', 'Recovery', 'Recovery']);
    expect(season.weeks[0].notes[0]).toBe('the race is next week, too close for the 3-week taper it wants: the taper starts now');
  });

  it('names the race date that cannot be planned', () => {
    expect(() => seasonFromLog(logOf(1), 'mi', { raceDay: dayFromYmd(2026, 2, 1) }, 'SEASON_PLAN', 0)).toThrow('SEASON_PLAN: race date 2026-02-01 must come after the log\'s last day (2026-03-01)');
    expect(() => seasonFromLog(logOf(1), 'mi', { raceDay: dayFromYmd(2027, 6, 1) }, 'SEASON_PLAN', 0)).toThrow('SEASON_PLAN: race date 2027-06-01 is more than 52 weeks after 2026-03-02');
  });
});
