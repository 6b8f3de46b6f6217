import { streakLengths } from '../../src/core/streaks';

describe('streakLengths', () => {
  it('counts the run of passing indexes ending at each index', () => {
    const v = [1, 1, 0, 1, 1, 1, 0];
    expect(Array.from(streakLengths(v.length, (i) => v[i] === 1))).toEqual([1, 2, 0, 1, 2, 3, 0]);
    expect(streakLengths(0, () => true)).toHaveLength(0);
  });
});
