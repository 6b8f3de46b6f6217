// A Strava bulk export of any size for the import bench, written by the test fixtures' generator
// (tests/fixtures/): a runner's year after year of sessions, every one new to the Log.
import { STRAVA_MIX } from '../tests/fixtures/athletes';
import { generateSessions } from '../tests/fixtures/sessions';
import { stravaExport as writeStrava } from '../tests/fixtures/strava';

/** The CSV text of an export with `n` activities. */
export function stravaExport(n: number): string {
  // The mix averages more than one session a day, so 1.2 n days hold n sessions.
  const sessions = generateSessions({ ...STRAVA_MIX, seed: 7, days: Math.ceil(n * 1.2) + 14 }).slice(0, n);
  if (sessions.length < n) throw new Error(`the Strava mix gave ${sessions.length} sessions in ${n} days, fewer than ${n}`);
  return writeStrava(sessions).text;
}
