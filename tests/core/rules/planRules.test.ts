// Each rule of the table, on a week built to break it and on one that keeps it.
import { Breach, PLAN_RULES, PlanSession, RuleId, VolumeFacts, WeekFacts, checkWeek } from '../../../src/core/rules/planRules';
import { Kind } from '../../../src/core/sessionTypes';

type S = Kind | PlanSession;
const day = (...s: S[]): PlanSession[] => s.map((x) => (typeof x === 'string' ? { kind: x } : x));
/** A week from 7 (or fewer) days of sessions. */
const wk = (...days: S[][]) => days.map((d) => day(...d));
const breaches = (days: PlanSession[][], facts: WeekFacts = {}, id?: RuleId, at = 0): Breach[] =>
  checkWeek({ days, at }, facts).filter((b) => id === undefined || b.rule === id);
const ruleDays = (days: PlanSession[][], id: RuleId, facts: WeekFacts = {}) => breaches(days, facts, id).map((b) => b.day);

/** A week that keeps every rule in base/build: the guide's sample week. */
const SAMPLE = wk(
  ['yoga'],
  [{ kind: 'tempo', distance: 7 }, 'strength_lower'],
  [{ kind: 'easy_run', distance: 7 }],
  [{ kind: 'hills', distance: 6 }, 'core'],
  ['strength_upper', 'yoga'],
  [{ kind: 'long_run', distance: 10.5 }, 'foam_roll'],
  [{ kind: 'recovery_run', distance: 4 }],
);
const BASE: WeekFacts = { longRunDay: 5, phase: 'base', injured: false, adapted: false, target: 34.5, unit: 'mi' };

describe('plan rule table', () => {
  it('accepts the guide\'s sample week with every fact known', () => {
    expect(breaches(SAMPLE, BASE)).toEqual([]);
  });

  it('lets PLAN_CHECK run exactly P1, P3–P10 and P19–P21', () => {
    expect(PLAN_RULES.filter((r) => r.planAlone).map((r) => r.id)).toEqual(['P1', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P19', 'P20', 'P21']);
    expect(PLAN_RULES.map((r) => r.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16', 'P17', 'P18', 'P19', 'P20', 'P21']);
  });

  describe('P1 long run', () => {
    it('wants exactly one, on the long-run day', () => {
      expect(ruleDays(wk(['long_run'], [], [], [], [], ['long_run']), 'P1')).toEqual([5]);
      expect(ruleDays(wk([], [], [], [], ['long_run']), 'P1', { longRunDay: 5 })).toEqual([4, 5]);
      expect(ruleDays(wk([], [], [], [], [], ['long_run']), 'P1', { longRunDay: 5 })).toEqual([]);
    });
    it('wants the race instead in race week, and none when injured', () => {
      expect(ruleDays(wk(['long_run'], [], ['race']), 'P1')).toEqual([0]);
      expect(ruleDays(wk([], [], ['race']), 'P1', { raceDay: 2, longRunDay: 5 })).toEqual([]);
      expect(ruleDays(wk([], [], ['easy_run']), 'P1', { raceDay: 2 })).toEqual([2]);
      expect(ruleDays(wk([], [], [], [], [], ['long_run']), 'P1', { longRunDay: 5, injured: true })).toEqual([5]);
      expect(ruleDays(wk([], [], [], [], [], ['bike']), 'P1', { longRunDay: 5, injured: true })).toEqual([]);
    });
    it('drops the long run on the first 2 days after an alert (P12)', () => {
      expect(ruleDays(wk([], ['long_run']), 'P1', { longRunDay: 1, adapted: true })).toEqual([1]);
      expect(ruleDays(wk([], ['bike'], ['easy_run']), 'P1', { longRunDay: 1, adapted: true })).toEqual([]);
    });
    it('without the runner\'s facts, wants a long run in a running week unless a session stands in for it', () => {
      expect(ruleDays(wk(['easy_run'], ['tempo']), 'P1')).toEqual([0]);
      expect(ruleDays(wk(['bike'], ['swim']), 'P1')).toEqual([]);
      const standIn = wk([{ kind: 'bike', details: 'Bike 45 min easy instead of the long run (12 mi) — recovery Red yesterday (P12)' }], ['easy_run']);
      expect(ruleDays(standIn, 'P1')).toEqual([]);
      expect(ruleDays(standIn, 'P1', { longRunDay: 0 })).toEqual([]);
      expect(ruleDays(standIn, 'P1', { longRunDay: 0, injured: false, adapted: false })).toEqual([0]);
    });
  });

  it('P2 strength by phase', () => {
    const two = wk(['strength_lower'], [], ['strength_upper']);
    expect(ruleDays(two, 'P2', { phase: 'base' })).toEqual([]);
    expect(ruleDays(wk(['strength_lower']), 'P2', { phase: 'base' })).toEqual([0]);
    expect(ruleDays(two, 'P2', { phase: 'peak' })).toEqual([0]);
    expect(ruleDays(wk([], ['strength_upper']), 'P2', { phase: 'taper' })).toEqual([]);
    expect(ruleDays(wk([], ['strength_lower']), 'P2', { phase: 'taper' })).toEqual([1]);
    expect(ruleDays(wk([], ['strength_upper'], ['strength_upper']), 'P2', { phase: 'taper' })).toEqual([1]);
    expect(ruleDays(wk([], ['strength_upper']), 'P2', { phase: 'race' })).toEqual([1]);
    expect(ruleDays(two, 'P2')).toEqual([]);
  });

  it('P3 no strength on the long-run day', () => {
    expect(ruleDays(wk(['long_run', 'strength_upper']), 'P3')).toEqual([0]);
    expect(ruleDays(wk(['long_run', 'core']), 'P3')).toEqual([]);
  });

  it('P4 no strength the day after a long run, also across weeks', () => {
    expect(ruleDays(wk(['long_run'], ['strength_upper']), 'P4')).toEqual([1]);
    expect(ruleDays(wk(['long_run'], [], ['strength_upper']), 'P4')).toEqual([]);
    const twoWeeks = wk([], [], [], [], [], [], ['long_run'], ['strength_lower']);
    expect(breaches(twoWeeks, {}, 'P4', 7).map((b) => b.day)).toEqual([0]);
  });

  it('P5 no lower-body strength 2 days before a long run or the day before speed work', () => {
    expect(ruleDays(wk(['strength_lower'], [], ['long_run']), 'P5')).toEqual([0]);
    expect(ruleDays(wk(['strength_lower'], ['hills']), 'P5')).toEqual([0]);
    expect(ruleDays(wk(['strength_upper'], ['long_run']), 'P5')).toEqual([]);
    expect(ruleDays(wk(['strength_lower'], [], [], ['long_run']), 'P5')).toEqual([]);
  });

  it('P6 at least 3 mobility sessions', () => {
    expect(ruleDays(wk(['yoga'], ['foam_roll']), 'P6')).toEqual([0]);
    expect(ruleDays(wk(['yoga'], ['foam_roll'], ['mobility']), 'P6')).toEqual([]);
  });

  it('P7 core + upper-body strength ≥ 2 in base/build only', () => {
    expect(ruleDays(wk(['core'], ['strength_lower']), 'P7', { phase: 'base' })).toEqual([0]);
    expect(ruleDays(wk(['core'], ['strength_upper']), 'P7', { phase: 'base' })).toEqual([]);
    expect(ruleDays(wk(['core']), 'P7', { phase: 'peak' })).toEqual([]);
  });

  it('P8 at least one rest day (mobility, core and ≤ 45 min cardio allowed)', () => {
    const busy = wk(['easy_run'], ['easy_run'], ['strength_upper'], ['easy_run'], ['easy_run'], ['long_run'], [{ kind: 'bike', minutes: 60 }]);
    expect(ruleDays(busy, 'P8')).toEqual([0]);
    busy[6] = day({ kind: 'bike', minutes: 45 }, 'yoga');
    expect(ruleDays(busy, 'P8')).toEqual([]);
  });

  it('P9 at most AM and PM, never run + strength + mobility', () => {
    expect(ruleDays(wk(['easy_run', 'core', 'yoga']), 'P9')).toEqual([0]);
    expect(ruleDays(wk(['easy_run', 'strength_upper', 'yoga']), 'P9')).toEqual([0, 0]);
    expect(ruleDays(wk(day({ kind: 'easy_run', slot: 'AM' }, { kind: 'yoga', slot: 'AM' })), 'P9')).toEqual([0]);
    expect(ruleDays(wk(day({ kind: 'rest', slot: 'AM' }, { kind: 'yoga', slot: 'PM' })), 'P9')).toEqual([]);
    expect(ruleDays(wk(['easy_run', 'strength_upper'], ['yoga']), 'P9')).toEqual([]);
  });

  it('P10 no more than 2 hard days in a row', () => {
    expect(ruleDays(wk(['tempo'], ['strength_lower'], ['long_run']), 'P10')).toEqual([2]);
    expect(ruleDays(wk(['tempo'], ['easy_run', 'strength_upper'], ['long_run']), 'P10')).toEqual([]);
  });

  it('P11 injured: no running', () => {
    expect(ruleDays(wk(['pool_run'], ['easy_run']), 'P11', { injured: true })).toEqual([1]);
    expect(ruleDays(wk(['pool_run'], ['bike']), 'P11', { injured: true })).toEqual([]);
    expect(ruleDays(wk(['easy_run']), 'P11', { injured: false })).toEqual([]);
  });

  it('P12 after ALERT or Red: no quality and no lower-body strength on the first 2 days', () => {
    expect(ruleDays(wk(['easy_run', 'strength_lower'], ['tempo']), 'P12', { adapted: true })).toEqual([0, 1]);
    expect(ruleDays(wk(['easy_run', 'strength_upper'], ['bike'], ['tempo']), 'P12', { adapted: true })).toEqual([]);
    expect(ruleDays(wk([], ['tempo']), 'P12', { adapted: false })).toEqual([]);
  });

  describe('volume rules P13–P21', () => {
    const runs = (long: number, ...others: number[]) => wk([{ kind: 'long_run', distance: long }], ...others.map((d) => [{ kind: 'easy_run' as Kind, distance: d }]));
    const volume = (kind: VolumeFacts['kind'], low: number, high: number, more: Partial<VolumeFacts> = {}): WeekFacts =>
      ({ unit: 'mi', volume: { kind, low, high, workouts: 2, noLowerStrength: false, long: { distance: 8, capped: false }, ...more } });
    it('P13: a build week\'s running within its ±5 % range, race excluded; the rule of the week\'s kind reports it', () => {
      expect(ruleDays(runs(8, 10, 8), 'P13', volume('build', 28.5, 31.5))).toEqual([0]); // 26
      expect(ruleDays(runs(8, 10, 11), 'P13', volume('build', 28.5, 31.5))).toEqual([]); // 29
      expect(ruleDays([...runs(8, 10, 11), day({ kind: 'race', distance: 50 })], 'P13', volume('build', 28.5, 31.5))).toEqual([]);
      expect(ruleDays(runs(8, 10, 8), 'P13', { ...volume('build', 28.5, 31.5), injured: true })).toEqual([]);
      expect(ruleDays(runs(8, 10, 14), 'P15', volume('cutback', 28.5, 31.5))).toEqual([0]);
      expect(ruleDays(runs(8, 10, 14), 'P18', volume('down', 0, 31.5))).toEqual([0]);
      expect(ruleDays(runs(8, 10, 8), 'P18', volume('down', 0, 31.5))).toEqual([]);
    });
    it('P16: no workout and no lower-body strength in the first recovery weeks, no long run in the first', () => {
      const first = volume('recovery', 0, 20, { workouts: 0, noLowerStrength: true, long: undefined });
      expect(ruleDays(wk(['easy_run'], [{ kind: 'tempo', distance: 4 }], ['strength_lower']), 'P16', first)).toEqual([1, 2]);
      expect(ruleDays(wk(['easy_run'], [{ kind: 'long_run', distance: 4 }]), 'P1', { ...first, longRunDay: 1 })).toEqual([1]);
    });
    it('P17: the taper\'s long run at most its cap', () => {
      const taper = volume('taper', 0, 40, { workouts: 1, long: { distance: 12, capped: true } });
      expect(ruleDays(runs(13, 8, 8), 'P17', taper)).toEqual([0]);
      expect(ruleDays(runs(12.5, 8, 8), 'P17', taper)).toEqual([]); // rounding
      expect(ruleDays(wk([{ kind: 'tempo', distance: 5 }], [{ kind: 'hills', distance: 5 }], [{ kind: 'long_run', distance: 12 }]), 'P17', taper)).toEqual([1]);
    });
    it('P19: the long run is the week\'s longest run and 25–45 % of a week of 20 mi (32 km) or more', () => {
      expect(ruleDays(runs(8, 9, 5), 'P19', { unit: 'mi' })).toEqual([1]); // an easy run longer than the long run
      expect(ruleDays(runs(10, 6, 5), 'P19', { unit: 'mi' })).toEqual([0]); // 48 %
      expect(ruleDays(runs(10, 6, 5), 'P19')).toEqual([]); // a plan alone: 21 may be km, under 32 km
      expect(ruleDays(runs(16, 9, 8), 'P19')).toEqual([0]); // 48 % of 33: a long week in either unit
      expect(ruleDays(runs(9, 6, 6), 'P19', { unit: 'mi' })).toEqual([]); // 43 %
      expect(ruleDays(runs(8, 6, 4), 'P19', { unit: 'mi' })).toEqual([]); // 44 % of 18 mi: too short a week to ask
      expect(ruleDays(runs(5, 8, 8, 8), 'P19', volume('build', 0, 40))).toEqual([0, 1]); // 17 %, and longer easy runs
      expect(ruleDays(runs(6, 5, 5, 5), 'P19', volume('build', 0, 40))).toEqual([]); // 29 %
      expect(ruleDays(runs(5, 5, 5, 5, 5, 5), 'P19', volume('build', 0, 40))).toEqual([0]); // 17 %: ties are allowed, the share is not
      expect(ruleDays(runs(5, 5, 5, 5, 5, 5), 'P19', volume('taper', 0, 40))).toEqual([]); // taper caps win over the share
      expect(ruleDays(runs(16, 8, 8), 'P19', { unit: 'km' })).toEqual([0]); // 50 % of 32 km
      expect(ruleDays(runs(15, 8, 8), 'P19', { unit: 'km' })).toEqual([]); // 48 % of 31 km: under 32 km
    });
    it('P20: a week under 20 mi holds one workout at most', () => {
      const novice = wk([{ kind: 'tempo', distance: 3 }], [], [{ kind: 'hills', distance: 3 }], [], [], [{ kind: 'long_run', distance: 5 }]);
      expect(ruleDays(novice, 'P20')).toEqual([2]);
      expect(ruleDays(novice, 'P20', { unit: 'km' })).toEqual([2]);
      expect(ruleDays(wk([{ kind: 'tempo', distance: 8 }], [{ kind: 'hills', distance: 6 }], [{ kind: 'long_run', distance: 8 }]), 'P20')).toEqual([]);
    });
    it('P21: an injured week\'s cardio at most 90 min a session, no lower-body strength', () => {
      const week = wk([{ kind: 'bike', minutes: 145, details: 'Bike instead of the long run' }], [{ kind: 'swim', minutes: 85 }], ['strength_lower']);
      expect(ruleDays(week, 'P21', { injured: true })).toEqual([0, 2]);
      expect(ruleDays(week, 'P21')).toEqual([0]); // a plan alone: a week without running that stands in for runs
      expect(ruleDays(week, 'P21', { injured: false })).toEqual([]);
    });
  });
});
