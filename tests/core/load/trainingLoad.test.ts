import { trainingLoad } from '../../../src/core/load/trainingLoad';
import { sessionLoad } from '../../../src/core/load/sessionLoad';
import fc from 'fast-check';

describe('load model (training-science.md worked numbers)', () => {
  it('100 a day for 42 days gives CTL 63.65', () => {
    const days = trainingLoad(new Array(42).fill(100), 0);
    expect(days[41].ctl).toBeCloseTo(63.65, 2);
  });

  it('the 8-day series gives day-7 CTL 9.33 and ATL 37.02 with k = 1/N', () => {
    const loads = [150, 50, 40, 0, 0, 60, 30, 100];
    const day7 = trainingLoad(loads, 0)[7];
    expect(day7.ctl).toBeCloseTo(9.33, 2);
    expect(day7.atl).toBeCloseTo(37.02, 2);
  });

  it('form is yesterday\'s fitness minus yesterday\'s fatigue', () => {
    const days = trainingLoad([700, 0, 0], 0);
    expect(days[0].tsb).toBe(0);
    expect(days[1].tsb).toBeCloseTo(days[0].ctl - days[0].atl, 10);
    expect(days[2].tsb).toBeCloseTo(days[1].ctl - days[1].atl, 10);
  });

  it('monotony and strain follow Runalyze\'s test vector', () => {
    const d = trainingLoad([5, 15, 20, 20, 20, 25, 35], 0)[6];
    expect(d.monotony).toBeCloseTo(2.367, 2) // 20 ÷ √(500/7) = 2.3664;
    expect(d.strain).toBeCloseTo(331.3, 1);
  });

  it('leaves monotony blank before day 7 and when the SD is 0', () => {
    const days = trainingLoad(new Array(10).fill(60), 0);
    expect(days[5].monotony).toBeUndefined();
    expect(days[9].monotony).toBeUndefined();
    expect(days[9].strain).toBeUndefined();
  });

  it('ACWR is EWMA 7 ÷ EWMA 28, from the 28th day, while chronic > 0', () => {
    const loads = new Array(40).fill(0).map((_, i) => (i % 3 === 0 ? 300 : 60));
    const days = trainingLoad(loads, 100);
    expect(days[26].acwr).toBeUndefined();
    let acute = 0, chronic = 0;
    for (const l of loads.slice(0, 28)) { acute += 0.25 * (l - acute); chronic += (2 / 29) * (l - chronic); }
    expect(days[27].acwr).toBeCloseTo(acute / chronic, 12);
    expect(days[27].day).toBe(127);
    expect(trainingLoad(new Array(30).fill(0), 0)[29].acwr).toBeUndefined();
  });

  it('stays finite and ordered for any non-negative loads', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { maxLength: 120 }), (loads) => {
      for (const d of trainingLoad(loads, 0)) {
        for (const v of [d.atl, d.ctl, d.tsb, d.acwr ?? 0, d.monotony ?? 0, d.strain ?? 0]) expect(Number.isFinite(v)).toBe(true);
        expect(d.atl).toBeGreaterThanOrEqual(0);
        expect(d.ctl).toBeGreaterThanOrEqual(0);
      }
    }));
  });
});

describe('session load', () => {
  it('is minutes × RPE', () => {
    expect(sessionLoad({ kind: 'long_run', minutes: 120, rpe: 6 })).toEqual({ load: 720 });
  });
  it('assumes a typical RPE and says so', () => {
    expect(sessionLoad({ kind: 'tempo', minutes: 50 })).toEqual({ load: 350, assumed: 'no RPE: assumed 7 → load 350' });
  });
  it('counts a run without duration at the easy pace', () => {
    const r = sessionLoad({ kind: 'easy_run', distance: 6, rpe: 4 }, 9);
    expect(r.load).toBe(216);
    expect(r.assumed).toMatch(/no duration: assumed 9 min per distance unit/);
  });
  it('counts 0 for a non-run without duration, and rest as 0 silently', () => {
    expect(sessionLoad({ kind: 'bike', rpe: 4 })).toEqual({ load: 0, assumed: 'no duration: load counted as 0' });
    expect(sessionLoad({ kind: 'rest' })).toEqual({ load: 0 });
  });
});
