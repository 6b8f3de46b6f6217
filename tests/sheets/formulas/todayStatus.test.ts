// TODAY_STATUS on the built bundle, for a runner whose week went wrong: the week's target is the one
// the planner gave when the week began, not a down week set by the week's own ALERT.
import { generateAthlete, progression } from '../../../scenarios/athlete';
import { loadBundle } from '../../support/bundle';

const bundle = loadBundle({ spreadsheetZone: 'Europe/London' });
const START = '2026-06-01';
const WEEKS = progression({ weeks: 12, startRun: 36, peak: 44, longMax: 16, cycle: 3 });

const RUN_KINDS = ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals'];
const targetOf = (out: unknown[][]) => Number(/of ([\d.]+)/.exec(String(out.find((r) => r[0] === 'This week')![2]))![1]);
const plannedRun = (plan: unknown[][]) => plan.slice(1).filter((r) => RUN_KINDS.includes(String(r[4]))).reduce((sum, r) => sum + Number(r[5]), 0);

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
      const run = plannedRun([[], ...planned]);
      expect(Math.abs(target - run)).toBeLessThanOrEqual(0.05 * run + 0.5);
      expect(String(row('This week')[3])).not.toMatch(/P18/);
      for (const r of out) for (const c of r) if (typeof c === 'number') expect(Number.isFinite(c)).toBe(true);
    });
  }

  it('plans this week with the runner\'s cutback cycle and race distance, as SUGGEST_PLAN does', () => {
    let differing = 0;
    for (const seed of [1, 2, 3]) {
      const targets = new Set<number>();
      // Two build weeks after a cutback (a 3:1 build: 3 × (3 builds, 1 cutback), 2 builds), then
      // the log stops on the Wednesday of the next week: a cutback in a 2:1 cycle, a build in 3:1.
      const a = generateAthlete({ seed, start: START, weeks: WEEKS, end: '2026-08-12' });
      const log = [a.header, ...a.rows];
      const before = log.filter((r, i) => i === 0 || String(r[0]) < '2026-08-10');
      for (const [cycle, distance] of [['3:1', '50 km'], ['2:1', '100 mi']]) {
        const out = bundle.call('TODAY_STATUS', log, '', 'Mon', 'Sat', '2026-10-31', 10, distance, cycle) as unknown[][];
        const plan = bundle.call('SUGGEST_PLAN', before, '2026-08-10', 'Sat', '2026-10-31', '', '', distance, cycle) as unknown[][];
        expect(targetOf(out)).toBeCloseTo(plannedRun(plan), 0);
        targets.add(targetOf(out));
      }
      differing += targets.size - 1;
    }
    // The arguments matter: the two settings give some of these runners different weeks.
    expect(differing).toBeGreaterThan(0);
  });
});
