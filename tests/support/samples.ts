// The real export files in shared/samples/ (beside the clone; a worktree's clone sits one folder
// deeper, so the folder above is tried too), and an independent CSV reader for working out what
// the tests expect from them without the code under test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const candidates = [join(root, '..', 'shared', 'samples'), join(root, '..', '..', 'shared', 'samples')];

export const SAMPLES_DIR = candidates.find((d) => existsSync(join(d, 'README.md')));

export function sample(name: string): string {
  if (!SAMPLES_DIR) throw new Error(`shared/samples not found (looked in ${candidates.join(', ')})`);
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}

/**
 * Records of a comma-separated text, by a sticky regular expression (not src/core/import/csv.ts):
 * a field is a quoted string with doubled quotes, or a run of anything but comma and line breaks.
 */
export function csvRecords(text: string): string[][] {
  const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  const records: string[][] = [];
  let record: string[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    field.lastIndex = pos;
    const m = field.exec(text)!;
    record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    pos = field.lastIndex;
    if (text[pos] === ',') pos++;
    else {
      pos += text.startsWith('\r\n', pos) ? 2 : 1;
      records.push(record);
      record = [];
    }
  }
  if (record.length) records.push(record);
  return records;
}

/** Header, rows and a lookup by header name (`occurrence` picks among duplicate names, 1 = first). */
export function csvObjects(text: string): { header: string[]; rows: string[][]; get(row: string[], name: string, occurrence?: number): string } {
  const [header, ...rows] = csvRecords(text);
  const get = (row: string[], name: string, occurrence = 1) => {
    let seen = 0;
    const i = header.findIndex((h) => h === name && ++seen === occurrence);
    if (i < 0) throw new Error(`no column ${name} #${occurrence}`);
    return row[i];
  };
  return { header, rows, get };
}
