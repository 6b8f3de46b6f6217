// A Strava bulk export of any size for the import bench: the real sample's activities repeated
// back in time, 900 days per copy, with fresh activity ids, so every one is new to the Log.
import { csvRecords, sample } from '../tests/support/samples';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Strava's "Oct 6, 2022, 11:19:20 PM" for a UTC instant. */
function stravaDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The CSV text of an export with `n` activities. */
export function stravaExport(n: number): string {
  const [header, ...rows] = csvRecords(sample('strava-activities.csv'));
  const out: string[][] = [header];
  for (let i = 0; out.length <= n; i++) {
    const row = [...rows[i % rows.length]];
    const copy = Math.floor(i / rows.length);
    row[0] = `${row[0]}${copy}`;
    row[1] = stravaDate(Date.parse(`${row[1]} UTC`) - copy * 900 * 86_400_000);
    out.push(row);
  }
  return out.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
}
