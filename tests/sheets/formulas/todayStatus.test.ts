// TODAY_STATUS on the built bundle, for a runner whose week went wrong: the week's target is the one
// the planner gave when the week began, not a down week set by the week's own ALERT.
import { generateAthlete, progression } from '../../../scenarios/athlete';
import { loadBundle } from '../../support/bundle';

const bundle = loadBundle({ spreadsheetZone: 'Europe/London' });
const START = '2026-06-01';
const WEEKS = progression({ weeks: 12, startRun: 36, peak: 44, longMax: 16, cycle: 3 });

describe('TODAY_STATUS', () => {
  for (const seed of [1, 2, 3]) {
    it(`sets this week's target from the log before the week (seed ${seed})`, () => {
      // A week 50 % over the highest recent week ends the log (Sunday 2026-08-23): ALERT on the latest day.
      const a = generateAthlete({ seed, start: START, weeks: WEEKS, episodes: [{ kind: 'bigWeek', start: '2026-08-17' }], end: '2026-08-23' });
      const log = [a.header, ...a.rows];
      const out = bundle.call('TODAY_STATUS', log) as unknown[][];
      const row = (label: string) => out.find((r) => r[0] === label)!;
      expect(row('Alert')[2]).toBe('ALERT');
      const weekText = String(row('This week')[2]);
      const target = Number(/of ([\d.]+)/.exec(weekText)![1]);
      // What SUGGEST_PLAN gives for the same week from the log before it.
      const before = log.filter((r, i) => i === 0 || String(r[0]) < '2026-08-17');
      const planned = (bundle.call('SUGGEST_PLAN', before, new Date(Date.UTC(2026, 7, 17, 12))) as unknown[][]).slice(1);
      const plannedRun = planned.filter((r) => ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals'].includes(String(r[4])))
        .reduce((sum, r) => sum + Number(r[5]), 0);
      expect(Math.abs(target - plannedRun)).toBeLessThanOrEqual(0.05 * plannedRun + 0.5);
      expect(String(row('This week')[3])).not.toMatch(/P18/);
      for (const r of out) for (const c of r) if (typeof c === 'number') expect(Number.isFinite(c)).toBe(true);
    });
  }
});
