// WEEKLY_TREND and FITNESS_TREND on the built bundle, as Sheets calls them.
import { dateIn, loadBundle } from '../../support/bundle';

const ZONE = 'Europe/London';
const bundle = loadBundle({ spreadsheetZone: ZONE });
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as unknown[][];

/** Three weeks from Monday 2 March 2026: easy runs, a long run on Saturday, a hike with climbing. */
const LOG: unknown[][] = [['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Elevation gain']];
for (let w = 0; w < 3; w++) {
  const day = (d: number) => `2026-03-${String(2 + 7 * w + d).padStart(2, '0')}`;
  LOG.push([day(0), 'Easy run', 5, 50, 4, 300], [day(2), 'Easy run', 6, 60, 4, ''], [day(5), 'Long run', 12 + 2 * w, 130 + 20 * w, 5, 1500], [day(6), 'Hike', 4, 120, 3, 2000]);
}

describe('WEEKLY_TREND', () => {
  it('gives each week\'s run distance, elevation gain (every session that has one), long run and Fitness ramp', () => {
    const out = call('WEEKLY_TREND', LOG, 3);
    expect(out[0]).toEqual(['Week of', 'Run', 'Elevation gain', 'Long run', 'Fitness ramp']);
    expect(out.slice(1).map(([d, ...rest]) => [dateIn(d as Date, ZONE), ...rest.slice(0, 3)])).toEqual([
      ['2026-03-02', 23, 3800, 12],
      ['2026-03-09', 25, 3800, 14],
      ['2026-03-16', 27, 3800, 16],
    ]);
    expect(out[1][4]).toBe('');
    expect(out[3][4]).toBeGreaterThan(0);
  });

  it('leaves Elevation gain blank for a Log without that column, and lists weeks without sessions as 0', () => {
    const plain = LOG.map((r) => r.slice(0, 5));
    const out = call('WEEKLY_TREND', plain, 4);
    expect(out.slice(1).map((r) => [r[1], r[2]])).toEqual([[0, ''], [23, ''], [25, ''], [27, '']]);
  });

  it('says what to give for a wrong number of weeks', () => {
    expect(() => call('WEEKLY_TREND', LOG, 0)).toThrow('WEEKLY_TREND: weeks "0" must be a whole number of weeks from 1 to 520 (e.g. 12)');
  });
});

describe('FITNESS_TREND', () => {
  it('shows one Form figure: Form % is (Fitness − Fatigue) ÷ Fitness of the row above, in whole percent', () => {
    const out = call('FITNESS_TREND', LOG, 2);
    expect(out[0]).toEqual(['Date', 'Load', 'Fatigue', 'Fitness', 'Form %', 'Zone', 'ACWR', 'Monotony']);
    expect(out).toHaveLength(1 + 14);
    for (let i = 2; i < out.length; i++) {
      const [fatigue, fitness] = [out[i - 1][2] as number, out[i - 1][3] as number];
      expect(out[i][4]).toBe(Math.round(((fitness - fatigue) / fitness) * 100) / 100 || 0);
      expect(Object.is(out[i][4], -0)).toBe(false);
    }
    expect(dateIn(out[14][0] as Date, ZONE)).toBe('2026-03-22');
  });

  it('shows a month when given one', () => {
    expect(call('FITNESS_TREND', LOG, '2026-03').length).toBe(1 + 21);
  });
});
