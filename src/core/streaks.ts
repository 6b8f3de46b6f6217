// Runs of consecutive days, counted in one pass: "3 nights running", "8 days without rest".

/** For each index i, how many indexes in a row up to and including i pass `test` (0 when i fails). */
export function streakLengths(n: number, test: (i: number) => boolean): Int32Array {
  const run = new Int32Array(n);
  for (let i = 0; i < n; i++) run[i] = test(i) ? (i > 0 ? run[i - 1] : 0) + 1 : 0;
  return run;
}
