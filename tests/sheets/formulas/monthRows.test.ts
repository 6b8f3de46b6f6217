// The daily formulas with a month, on the built bundle: they compute only that month's days (and what
// those days look back at), so each month must read exactly as the same rows of the whole log.
import { loadBundle } from '../../support/bundle';
import { logTable } from '../../support/logs';
import { generateEntries } from '../../../bench/generateLog';

const ZONE = 'America/Denver';
const bundle = loadBundle({ spreadsheetZone: ZONE });
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as unknown[][];
const monthOf = (d: unknown) => (d as Date).toLocaleDateString('sv', { timeZone: ZONE }).slice(0, 7);

// Before the log, its first month, a month in the middle (a long HRV crash and streaks reach across
// its first day), its last, after it.
const MONTHS = ['2022-11', '2023-01', '2023-03', '2023-08', '2024-02', '2024-06'];

describe.each(['BURNOUT_ALERTS', 'RECOVERY_SCORE', 'TRAINING_LOAD'])('%s with a month', (name) => {
  it.each([1, 2, 3])('gives the whole log\'s rows of that month (seed %i)', (seed) => {
    const log = logTable(generateEntries('2023-01-01', '2024-02-20', seed), ZONE);
    const all = call(name, log);
    expect(all.length).toBeGreaterThan(400);
    for (const month of MONTHS) {
      expect(call(name, log, month)).toEqual([all[0], ...all.slice(1).filter((r) => monthOf(r[0]) === month)]);
    }
  });
});
