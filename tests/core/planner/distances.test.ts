import fc from 'fast-check';
import { longRunShare, roundToTotal, roundingStep, runMinutes, shareDistance } from '../../../src/core/planner/distances';

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

  it('gives the long run 30 %, more when few runs share the week, never over 40 %', () => {
    expect(longRunShare(1)).toBe(1);
    expect(longRunShare(3)).toBeCloseTo(1.15 / 3, 9);
    expect(longRunShare(5)).toBe(0.3);
    expect(longRunShare(2)).toBe(0.4);
    const d = shareDistance(['long_run', 'easy_run', 'recovery_run'], [0, 1, 0.6], 30);
    expect(d[0]).toBeCloseTo(11.5, 9);
    expect(d[1] / d[2]).toBeCloseTo(1 / 0.6, 9);
  });

  it('estimates minutes at the easy pace, to 5 min, within a day', () => {
    expect(runMinutes('easy_run', 6, 9.5)).toBe(55);
    expect(runMinutes('long_run', 20, 10)).toBe(220);
    expect(runMinutes('recovery_run', 0.1, 10)).toBe(5);
    expect(runMinutes('long_run', 200, 20)).toBe(1440);
  });
});
