// `npm run test:exports -- DIR [--zone Area/City]`: every .csv export in DIR imported through the
// built add-on and checked against an independent reading of the file; one line per file, then a
// summary. Exit 0 when every file passes, 1 when one fails, 2 for a wrong command line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../../tests/support/bundle';
import { checkExport } from './check';

const USAGE = 'Usage: npm run test:exports -- DIR [--zone Area/City]  (DIR: a folder of Strava, Garmin Connect or intervals.icu CSV exports)';

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function runCli(args: readonly string[], print: (line: string) => void): number {
  const dirs: string[] = [];
  let zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--zone') zone = args[++i] ?? '';
    else if (args[i].startsWith('-')) return print(`Unknown flag ${args[i]}. ${USAGE}`), 2;
    else dirs.push(args[i]);
  }
  if (dirs.length !== 1) return print(USAGE), 2;
  if (!validZone(zone)) return print(`--zone ${JSON.stringify(zone)} is not a time zone (e.g. Europe/Berlin). ${USAGE}`), 2;
  const dir = dirs[0];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return print(`${dir} is not a folder. ${USAGE}`), 2;
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) return print(`No .csv files in ${dir}.`), 1;

  print(`Checking ${files.length} export${files.length > 1 ? 's' : ''} in ${dir} (spreadsheet time zone ${zone}; the Log in mi, then in km):`);
  const code = readBundle();
  let failed = 0;
  for (const file of files) {
    const result = checkExport(file, readFileSync(join(dir, file), 'utf8'), code, zone);
    if (!result.ok) failed++;
    print(result.line);
  }
  // Worded unlike `npm test`'s closing "N passed, N failed", which CI reads.
  print(failed ? `${failed} of ${files.length} files failed` : `All ${files.length} files passed`);
  return failed ? 1 : 0;
}
