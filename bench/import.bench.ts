// Import of 5,000 Strava activities through the built dist/Code.js over the SpreadsheetApp fake
// (tests/support/fakeSpreadsheet.ts): wall time of the preview, the first import and a re-import
// that finds all 5,000 already in the Log, and the service calls each makes (the fake counts them).
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { readBundle } from '../tests/support/bundle';
import { fakeServices } from '../tests/support/fakeSpreadsheet';
import { csvRecords, sample } from '../tests/support/samples';

const ACTIVITIES = 5000;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Strava's "Oct 6, 2022, 11:19:20 PM" for a UTC instant. */
function stravaDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The sample's activities repeated back in time, 900 days per copy, until there are `n`. */
function stravaExport(n: number): string {
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

const csv = stravaExport(ACTIVITIES);
const services = fakeServices('America/Denver');
// In this process's own global scope, as Apps Script runs one (a vm context slows global lookups).
Object.assign(globalThis, services.globals);
vm.runInThisContext(readBundle(), { filename: 'Code.js' });
const server = globalThis as unknown as Record<string, (csv: string) => unknown>;

function measure(label: string, name: string): void {
  services.calls.length = 0;
  const t0 = performance.now();
  const result = JSON.parse(JSON.stringify(server[name](csv)));
  const ms = performance.now() - t0;
  const summary = 'added' in result ? `added ${result.added}, duplicates ${result.duplicates}` : `${result.rows.length} rows`;
  console.log(`  ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   ${String(services.calls.length).padStart(3)} service calls   ${summary}`);
}

console.log(`  ${ACTIVITIES} activities, ${(csv.length / 1e6).toFixed(1)} MB of CSV`);
measure('previewImport (empty spreadsheet)', 'previewImport');
measure('importActivities (new Log)', 'importActivities');
measure('importActivities again (all dupes)', 'importActivities');
measure('previewImport (5,000-row Log)', 'previewImport');
