// One export file through the built add-on (dist/Code.js, loaded as Apps Script loads it, over a
// fake spreadsheet), checked against the independent reading: counts, dates, run distance in each
// unit, and that importing it again adds nothing. Returns one line for the file.
import { loadBundle } from '../../tests/support/bundle';
import { fakeServices } from '../../tests/support/fakeSpreadsheet';
import { Entry, Reading, readExport, repeats } from './reading';

const METRES = { mi: 1609.344, km: 1000 };
const UNITS = ['mi', 'km'] as const;
type Unit = (typeof UNITS)[number];
/** The Log's run session types (docs/spec/formulas.md): imports write Run, or Race for a race. */
const RUN_TYPES = new Set(['run', 'easy run', 'long run', 'recovery run', 'tempo', 'hills', 'intervals', 'race']);
const SOURCE_NAMES = { strava: 'Strava', garmin: 'Garmin Connect', 'intervals-activities': 'intervals.icu activities', 'intervals-wellness': 'intervals.icu wellness' };
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

interface Imported { added: number; duplicates: number; skipped: number }

export interface FileCheck {
  ok: boolean;
  line: string;
}

const sum = (xs: (number | undefined)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
const fixed = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const sortedDays = (xs: string[]) => [...xs].sort();

/** Imports `text` into an empty tracker whose Log is in `unit`, twice; returns the problems found. */
export function checkInUnit(code: string, text: string, reading: Reading, unit: Unit, zone: string, problems: string[]): { runs: number; distance: number } {
  const services = fakeServices(zone);
  // The Log states its unit in its Distance header (without a Log, the import would take the export's).
  services.spreadsheet.addSheet('Log', [['Date', 'Type', `Distance (${unit})`, 'Duration']]);
  const bundle = loadBundle({ globals: services.globals }, code);
  const server = <T>(name: string, ...args: unknown[]) => JSON.parse(JSON.stringify(bundle.call(name, ...args))) as T;
  const say = (what: string) => problems.push(`${unit}: ${what}`);

  const preview = server<{ format: string }>('previewImport', text);
  if (preview.format !== reading.source) say(`read as ${preview.format}, not ${reading.source}`);
  const first = server<Imported>('importActivities', text);
  const twice = repeats(reading.entries);
  const unique = reading.entries.filter((e) => !twice.has(e));
  if (first.added !== unique.length) say(`${first.added} rows added, ${unique.length} expected`);
  if (first.duplicates !== twice.size) say(`${first.duplicates} duplicates, ${twice.size} rows repeat another`);
  if (first.skipped !== reading.unreadable.length) say(`${first.skipped} rows skipped, ${reading.unreadable.length} unreadable${reading.unreadable.length ? ` (${reading.unreadable.slice(0, 2).join('; ')})` : ''}`);

  const [header = [], ...rows] = services.spreadsheet.sheets.get('Log')?.stored() ?? [];
  const at = (match: (h: string) => boolean) => header.findIndex((h) => match(String(h)));
  const [date, type, distance, sleep] = [(h: string) => h === 'Date', (h: string) => h === 'Type', (h: string) => h.startsWith('Distance'), (h: string) => h === 'Sleep'].map(at);
  if (!String(header[distance] ?? '').includes(`(${unit})`)) say(`the Log's distance header is ${JSON.stringify(header[distance])}`);
  const days = rows.map((r) => new Date(EXCEL_EPOCH + Number(r[date]) * 86_400_000).toISOString().slice(0, 10));
  const expectedDays = sortedDays(unique.map((e) => e.day));
  if (sortedDays(days).join() !== expectedDays.join()) {
    const missing = expectedDays.filter((d) => !days.includes(d));
    say(`dates differ${missing.length ? ` (e.g. ${missing.slice(0, 3).join(', ')} missing)` : ''}`);
  }
  const runRows = rows.filter((r) => RUN_TYPES.has(String(r[type]).toLowerCase()));
  const runs = unique.filter((e) => e.run);
  if (runRows.length !== runs.length) say(`${runRows.length} runs in the Log, ${runs.length} in the file`);
  const logDistance = sum(runRows.map((r) => (typeof r[distance] === 'number' ? (r[distance] as number) : 0)));
  const fileDistance = sum(runs.map((e) => e.metres)) / METRES[unit];
  if (Math.abs(logDistance - fileDistance) > 0.005 * runs.length + 0.01) say(`runs total ${fixed(logDistance)} ${unit} in the Log, ${fixed(fileDistance)} in the file`);
  // Every session the file gives a distance keeps one (a pool swim read as km blanked its metres).
  if (reading.source !== 'intervals-wellness') {
    const blank = rows.filter((r) => r[distance] === '' || r[distance] === undefined).length;
    const without = unique.filter((e) => !(e.metres && e.metres > 0)).length;
    if (blank > without) say(`${blank - without} sessions lost the distance the file gives them`);
  }
  if (reading.source === 'intervals-wellness') {
    const hours = sum(rows.map((r) => (typeof r[sleep] === 'number' ? (r[sleep] as number) : 0)));
    const expected = sum(unique.map((e: Entry) => e.sleepHours));
    if (Math.abs(hours - expected) > 0.005 * unique.length + 0.01) say(`sleep totals ${fixed(hours)} h in the Log, ${fixed(expected)} h in the file`);
  }

  const again = server<Imported>('importActivities', text);
  if (again.added !== 0) say(`importing it again added ${again.added} rows`);
  return { runs: runs.length, distance: fileDistance };
}

/** Imports `text` into a miles Log and a km Log, each checked against `reading`: the problems, and what the file held. */
function checkBothUnits(code: string, text: string, reading: Reading, zone: string) {
  const problems: string[] = [];
  const totals: Record<Unit, { runs: number; distance: number }> = { mi: { runs: 0, distance: 0 }, km: { runs: 0, distance: 0 } };
  for (const unit of UNITS) {
    try {
      totals[unit] = checkInUnit(code, text, reading, unit, zone, problems);
    } catch (e) {
      problems.push(`${unit}: the import stopped: ${(e as Error).message}`);
    }
  }
  return { problems, totals };
}

export function checkExport(file: string, text: string, code: string, zone: string): FileCheck {
  const first = readExport(text, zone, 'mi');
  if (typeof first === 'string') return { ok: false, line: `FAIL ${file}: ${first}` };
  // A Garmin file that cannot tell its unit: the import must read it in one unit, mi or km, the same in both Logs.
  const readings = first.garminUnit?.from === 'assumed' ? [first, readExport(text, zone, 'km') as Reading] : [first];
  const checks = readings.map((r) => ({ reading: r, ...checkBothUnits(code, text, r, zone) }));
  const best = checks.find((c) => c.problems.length === 0) ?? checks.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
  const { reading, problems, totals } = best;
  if (problems.length) return { ok: false, line: `FAIL ${file} (${SOURCE_NAMES[reading.source]}): ${problems.join('; ')}` };
  const twice = repeats(reading.entries).size;
  const days = sortedDays(reading.entries.map((e) => e.day));
  // An English file that cannot tell its unit is checked in either (readings differ); another language's in km.
  const chosen = readings.length > 1 && readings[0].garminUnit?.unit !== readings[1].garminUnit?.unit;
  const how = reading.garminUnit?.from === 'strides' ? 'told by steps × stride' : chosen ? 'the file cannot tell: the unit the import chose' : 'assumed: the file cannot tell';
  const unit = reading.garminUnit ? `; distances in ${reading.garminUnit.unit} (${how})` : '';
  const runs = reading.source === 'intervals-wellness' ? '' : `; ${totals.mi.runs} runs, ${fixed(totals.mi.distance)} mi = ${fixed(totals.km.distance)} km`;
  return {
    ok: true,
    line: `PASS ${file} (${SOURCE_NAMES[reading.source]}): ${reading.rows} rows → ${reading.entries.length - twice} added, ${twice} repeats, ${reading.unreadable.length} skipped${runs}${unit}; ${days[0] ?? '—'} … ${days[days.length - 1] ?? '—'}; imported again: 0 added`,
  };
}
