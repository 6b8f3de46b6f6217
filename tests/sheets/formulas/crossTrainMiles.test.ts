// CROSS_TRAIN_MILES on the built bundle, as Sheets calls it.
import { loadBundle } from '../../support/bundle';

const bundle = loadBundle({ spreadsheetZone: 'Etc/UTC' });
const miles = (...args: unknown[]) => bundle.call('CROSS_TRAIN_MILES', ...args);

describe('CROSS_TRAIN_MILES', () => {
  it('converts single cells with the published factors', () => {
    expect(miles('Bike', 45)).toBeCloseTo(3, 12); // 45 ÷ 1.5 = 30 running min at 10 min per mile
    expect(miles('ride', 45, 7.5)).toBeCloseTo(4, 12);
    expect(miles('Elliptical', 60)).toBeCloseTo(5, 12);
    expect(miles('Pool run', 40)).toBe(4);
    expect(miles('Swim', '1:00')).toBe(6);
    expect(miles('Hike', 90)).toBeCloseTo(6, 12);
  });

  it('gives 0 for running, strength, mobility, rest and unknown types', () => {
    for (const type of ['Long run', 'Run', 'Strength', 'Yoga', 'Rest', 'Zumba', '']) expect(miles(type, 60)).toBe(0);
  });

  it('gives a blank for a cardio session without readable minutes, and for an empty pair', () => {
    expect(miles('Bike', '')).toBe('');
    expect(miles('Bike', 'an hour')).toBe('');
    expect(miles('Bike', -5)).toBe('');
    expect(miles('', '')).toBe('');
  });

  it('works element by element on equal-sized ranges, returning the same shape', () => {
    expect(miles([['Bike', 'Run'], ['Swim', '']], [[45, 30], [30, '']])).toEqual([[3, 0], [3, '']]);
    expect(miles([['Bike'], ['Elliptical']], 60)).toEqual([[4], [5]]);
    expect(miles('Swim', [[10], [20]])).toEqual([[1], [2]]);
  });

  it('throws an Error naming the formula on a wrong call', () => {
    expect(() => miles([['Bike'], ['Swim']], [[45], [30], [20]])).toThrow(
      'CROSS_TRAIN_MILES: type (2×1) and minutes (3×1) must be ranges of the same size — e.g. Log!B2:B100 and Log!D2:D100');
    expect(() => miles('Bike', 45, 'fast')).toThrow(/^CROSS_TRAIN_MILES: easy_pace "fast" must be minutes per distance unit/);
  });
});
