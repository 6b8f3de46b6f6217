// Mean and SD of the readings inside any window of days, in O(1) per window: prefix sums over a
// dense daily series in which a day without a reading is NaN.

export interface WindowSummary {
  count: number;
  mean: number;
  /** Sample SD (n − 1), as Sheets' STDEV; 0 with fewer than 2 readings. */
  sd: number;
}

export class WindowStats {
  private readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly sumSq: Float64Array;

  constructor(values: ArrayLike<number>) {
    const n = values.length;
    this.count = new Float64Array(n + 1);
    this.sum = new Float64Array(n + 1);
    this.sumSq = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const has = !Number.isNaN(v);
      this.count[i + 1] = this.count[i] + (has ? 1 : 0);
      this.sum[i + 1] = this.sum[i] + (has ? v : 0);
      this.sumSq[i + 1] = this.sumSq[i] + (has ? v * v : 0);
    }
  }

  /** Readings from index `from` to `to`, both included, clipped to the series. */
  window(from: number, to: number): WindowSummary {
    return this.windowInto(from, to, { count: 0, mean: NaN, sd: 0 });
  }

  /**
   * window() written into `out` and returned: for loops over every day, which must not allocate.
   * `withSd` false leaves out.sd as it was: a mean alone spares a fresh call's interpreter the SD.
   */
  windowInto(from: number, to: number, out: WindowSummary, withSd = true): WindowSummary {
    const a = Math.max(0, from);
    const b = Math.min(this.count.length - 2, to) + 1;
    const count = b <= a ? 0 : this.count[b] - this.count[a];
    if (count === 0) {
      out.count = 0;
      out.mean = NaN;
      out.sd = 0;
      return out;
    }
    const sum = this.sum[b] - this.sum[a];
    const mean = sum / count;
    out.count = count;
    out.mean = mean;
    if (!withSd) return out;
    const ss = this.sumSq[b] - this.sumSq[a] - sum * mean;
    // Rounding can leave a tiny negative sum of squares for identical readings.
    out.sd = count > 1 && ss > 0 ? Math.sqrt(ss / (count - 1)) : 0;
    return out;
  }
}
