// Runs of consecutive days, counted in one pass: "3 nights running", "8 days without rest".

/**
 * For each index i from `from` on, how many indexes in a row up to and including i pass `test`
 * (0 when i fails; indexes before `from` are left 0, and `test` is asked of them only as far back
 * as the streak running into `from` goes).
 */
export function streakLengths(n: number, test: (i: number) => boolean, from = 0): Int32Array {
  const run = new Int32Array(n);
  let before = 0;
  while (from - 1 - before >= 0 && test(from - 1 - before)) before++;
  for (let i = from; i < n; i++) run[i] = test(i) ? (i > from ? run[i - 1] : before) + 1 : 0;
  return run;
}
