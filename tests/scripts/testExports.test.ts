// `npm run test:exports -- DIR` (scripts/exports/): every generated export layout passes through
// the built bundle; a file the import gets wrong, a file that is no export, and a wrong command
// line each fail, and say so.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../scripts/exports/cli';
import { checkExport } from '../../scripts/exports/check';
import { readBundle } from '../support/bundle';
import { GARMIN_MIX, INTERVALS_MIX, STRAVA_MIX, athlete } from '../fixtures/athletes';
import { GARMIN_LANGUAGES, garminExport } from '../fixtures/garmin';
import { intervalsActivitiesExport, intervalsWellnessExport } from '../fixtures/intervals';
import { stravaExport } from '../fixtures/strava';
import { withTwins } from '../fixtures/twins';

const ZONE = 'America/Denver';
const strava = athlete(STRAVA_MIX).slice(0, 150);
const garmin = athlete(GARMIN_MIX);
const EXPORTS: Record<string, string> = {
  'strava.csv': stravaExport(strava).text,
  'strava-de.csv': stravaExport(strava, { language: 'de' }).text,
  'strava-103.csv': stravaExport(strava, { columns: 103, wrap: { style: 'span', columns: (i) => i >= 43 } }).text,
  'strava-2018.csv': stravaExport(strava, { pre2019: true }).text,
  'garmin.csv': garminExport(garmin).text,
  'garmin-unquoted.csv': garminExport(garmin, { unquoted: true }).text,
  'garmin-da.csv': garminExport(garmin.filter((s) => GARMIN_LANGUAGES.da.types[s.sport]), { language: 'da' }).text,
  // English numbers under Portuguese headers, miles, pool swims in yards.
  'garmin-pt-BR.csv': garminExport(garmin.filter((s) => GARMIN_LANGUAGES['pt-BR'].types[s.sport]), { language: 'pt-BR', unit: 'mi' }).text,
  // Re-saved by a spreadsheet: `;`, dates without times, accents lost.
  'garmin-sv-resaved.csv': garminExport(garmin.filter((s) => GARMIN_LANGUAGES.sv.types[s.sport]), { language: 'sv', resaved: true }).text,
  'intervals.csv': intervalsActivitiesExport(athlete(INTERVALS_MIX), { twice: 60 }).text,
  // Two sessions of one day that only their start tells apart: both kept, by the import and the check.
  'strava-twins.csv': stravaExport(withTwins(strava, 5).sessions).text,
  'garmin-twins.csv': garminExport(withTwins(garmin, 5).sessions).text,
  'wellness.csv': intervalsWellnessExport({ seed: 5, from: '2025-03-03', days: 200 }).text,
};

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'test-exports-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const cli = (...args: string[]) => {
  const lines: string[] = [];
  const code = runCli(args, (l) => lines.push(l));
  return { code, lines };
};

describe('npm run test:exports', () => {
  it('passes every layout the generators write, one line per file and a summary', () => {
    const { code, lines } = cli(folder({ ...EXPORTS, 'README.md': '# not a CSV' }), '--zone', ZONE);
    const files = Object.keys(EXPORTS).sort();
    expect(lines.slice(1, -1).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(files.map((f) => `PASS ${f}`));
    expect(lines.find((l) => l.startsWith('PASS intervals.csv'))).toMatch(/ [1-9]\d* repeats/);
    expect(lines.find((l) => l.startsWith('PASS garmin.csv'))).toContain('distances in mi (told by steps × stride)');
    expect(lines.at(-1)).toBe(`All ${files.length} files passed`);
    expect(code).toBe(0);
  });

  it('fails a file the import gets wrong, saying what differs', () => {
    // A bundle whose import loses the file's last line.
    const lossy = `${readBundle()}\nvar importFully = importActivities;\nimportActivities = function (t) { return importFully(t.trimEnd().split('\\n').slice(0, -1).join('\\n')); };`;
    const result = checkExport('garmin.csv', EXPORTS['garmin.csv'], lossy, ZONE);
    expect(result.ok).toBe(false);
    expect(result.line).toMatch(/^FAIL garmin\.csv \(Garmin Connect\): mi: (\d+) rows added, (\d+) expected/);
  });

  it('fails a file whose sessions lose the distance it gives them (pool swims of an unknown type read as km)', () => {
    const norwegian = garminExport(garmin.filter((s) => GARMIN_LANGUAGES.no.types[s.sport]), { language: 'no' }).text;
    const swims = norwegian.split('\n').filter((l) => l.startsWith('Basseng,')).length;
    expect(swims).toBeGreaterThan(1);
    const unknownSwims = `${readBundle()}\nvar importFully = importActivities;\nimportActivities = function (t) { return importFully(t.replace(/^Basseng,/gm, 'Hallen,')); };`;
    const result = checkExport('garmin-no.csv', norwegian, unknownSwims, ZONE);
    // In a km Log every swim's metres, read as km, are out of range and left blank.
    expect(result.line).toMatch(/^FAIL garmin-no\.csv \(Garmin Connect\): /);
    expect(result.line).toContain(`km: ${swims} sessions lost the distance the file gives them`);
  });

  it('fails a CSV that is no export, and exits 1', () => {
    const { code, lines } = cli(folder({ 'a.csv': EXPORTS['garmin.csv'], 'b.csv': 'Name,Value\nfoo,1\n' }), '--zone', ZONE);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^PASS a\.csv/), 'FAIL b.csv: not an export this check knows (columns "Name", "Value", …)', '1 of 2 files failed']);
    expect(code).toBe(1);
  });

  it.each([
    [[], 2, /^Usage: npm run test:exports -- DIR/],
    [['/no/such/folder'], 2, /^\/no\/such\/folder is not a folder\. Usage/],
    [['.', '--zone', 'Mars/Olympus'], 2, /^--zone "Mars\/Olympus" is not a time zone/],
    [['.', '--fast'], 2, /^Unknown flag --fast\. Usage/],
  ])('refuses %j with a message (exit %i)', (args, exit, message) => {
    const { code, lines } = cli(...args);
    expect([code, lines]).toEqual([exit, [expect.stringMatching(message)]]);
  });

  it('says when the folder holds no .csv file (exit 1)', () => {
    const dir = folder({ 'notes.txt': 'x' });
    expect(cli(dir)).toEqual({ code: 1, lines: [`No .csv files in ${dir}.`] });
  });
});
