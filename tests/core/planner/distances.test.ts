import fc from 'fast-check';
import { roundToTotal, roundingStep, runMinutes, shareDistance } from '../../../src/core/planner/distances';

describe('distances', () => {
  it('rounds to steps keeping the rounded total', () => {
    expect(roundToTotal([10.35, 7.05, 7.05, 6.2, 3.85], 0.5)).toEqual([10.5, 7, 7, 6, 4]);
    expect(roundToTotal([0.05, 2.95], 0.1)).toEqual([0.1, 2.9]);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 7 }), (values) => {
      const total = values.reduce((a, b) => a + b, 0);
      const step = roundingStep(total);
      const out = roundToTotal(values, step);
      expect(Math.abs(out.reduce((a, b) => a + b, 0) - total)).toBeLessThanOrEqual(step / 2 + 1e-9);
      for (const v of out) expect(Math.abs(v / step - Math.round(v / step))).toBeLessThan(1e-6);
    }));
  });

  it('gives the long run its planned distance, raised to stay the longest run unless it is a taper cap (P17, P19)', () => {
    const d = shareDistance(['long_run', 'easy_run', 'recovery_run'], [0, 1, 0.6], 30, { distance: 12, capped: false });
    expect(d[0]).toBe(12);
    expect(d[1] / d[2]).toBeCloseTo(1 / 0.6, 9);
    // 6 mi would leave the easy run at 15: raised to equal it.
    const raised = shareDistance(['long_run', 'easy_run', 'recovery_run'], [0, 1, 0.6], 30, { distance: 6, capped: false });
    expect(raised[0]).toBeCloseTo(raised[1], 9);
    expect(raised[0] + raised[1] + raised[2]).toBeCloseTo(30, 9);
    // A taper cap stays; the other runs are cut to it, so the week runs less.
    expect(shareDistance(['long_run', 'easy_run', 'easy_run'], [0, 1, 1], 30, { distance: 8, capped: true })).toEqual([8, 8, 8]);
    expect(shareDistance(['long_run'], [0], 10, { distance: 4, capped: true })).toEqual([4]);
    const noLong = shareDistance(['easy_run', 'recovery_run'], [1, 0.6], 16);
    expect(noLong[0]).toBeCloseTo(10, 9);
    expect(noLong[1]).toBeCloseTo(6, 9);
  });

  it('estimates minutes at the easy pace, to 5 min, within the Log\'s 48 h', () => {
    expect(runMinutes('easy_run', 6, 9.5)).toBe(55);
    expect(runMinutes('long_run', 20, 10)).toBe(220);
    expect(runMinutes('recovery_run', 0.1, 10)).toBe(5);
    expect(runMinutes('long_run', 200, 20)).toBe(2880);
  });
});
