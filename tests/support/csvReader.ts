// An independent CSV reader, for working out what the tests (and `npm run test:exports`) expect
// from an export without the code under test.

/**
 * Records of a text separated by `sep` (a comma, or the semicolon of a file re-saved by a
 * spreadsheet), by a sticky regular expression (not src/core/import/csv.ts): a field is a quoted
 * string with doubled quotes, or a run of anything but the separator and line breaks.
 */
export function csvRecords(text: string, sep: ',' | ';' = ','): string[][] {
  const field = new RegExp(`"((?:[^"]|"")*)"|([^${sep}\\r\\n]*)`, 'y');
  const records: string[][] = [];
  let record: string[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    field.lastIndex = pos;
    const m = field.exec(text)!;
    record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    pos = field.lastIndex;
    if (text[pos] === sep) pos++;
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
