import { WindowStats } from '../../../src/core/recovery/windowStats';

describe('WindowStats', () => {
  const stats = new WindowStats([2, NaN, 4, 4, NaN, 10]);

  it('gives count, mean and sample SD of the readings in a window, days without a reading skipped', () => {
    const w = stats.window(0, 3);
    expect(w.count).toBe(3);
    expect(w.mean).toBeCloseTo(10 / 3, 12);
    expect(w.sd).toBeCloseTo(Math.sqrt(((2 - 10 / 3) ** 2 + 2 * (4 - 10 / 3) ** 2) / 2), 12);
  });

  it('clips windows to the series and gives SD 0 below two readings', () => {
    expect(stats.window(-60, -1)).toEqual({ count: 0, mean: NaN, sd: 0 });
    expect(stats.window(4, 99)).toEqual({ count: 1, mean: 10, sd: 0 });
    expect(stats.window(2, 3)).toEqual({ count: 2, mean: 4, sd: 0 }); // identical readings: exactly 0
  });

  it('writes a window into a scratch summary, the SD only when asked for it', () => {
    const out = { count: 0, mean: NaN, sd: -1 };
    expect(stats.windowInto(0, 3, out, false)).toBe(out);
    expect(out.count).toBe(3);
    expect(out.mean).toBeCloseTo(10 / 3, 12);
    expect(out.sd).toBe(-1); // left as it was
    stats.windowInto(0, 3, out);
    expect(out.sd).toBeCloseTo(stats.window(0, 3).sd, 12);
  });
});
