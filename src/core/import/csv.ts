// RFC 4180 CSV as the exporters really write it: a byte-order mark, `,` `;` or tab separators,
// quoted fields holding separators, doubled quotes and line breaks (Strava descriptions), CRLF or
// LF, and duplicate column names (kept by position: Strava has two "Distance" columns).

import { ImportError } from '../errors';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** The line of the file each row starts on (the header is line 1), for messages. */
  lines: number[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The separator of the header line: whichever of `,` `;` tab occurs most outside quotes. */
function separatorOf(text: string): number {
  const counts = new Map<number, number>([[44, 0], [59, 0], [9, 0]]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = 44;
  for (const [c, n] of counts) if (n > counts.get(best)!) best = c;
  return best;
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;

  const endRecord = () => {
    // A line with nothing on it (e.g. the trailing newline) is not a row.
    if (record.length > 1 || record[0] !== '') {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
    recordLine = line;
  };

  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new ImportError(`The file ends inside a quoted field that starts on line ${startLine} — is the file complete?`);
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === LF) line++;
      // Text between the closing quote and the separator (malformed but seen): keep it.
      let j = i;
      while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
      field = value + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
      field = text.slice(i, j);
      i = j;
    }
    record.push(field);
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) {
        record.push('');
        endRecord();
        break;
      }
      continue;
    }
    // Line break: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRecord();
  }

  if (records.length === 0) throw new ImportError('The file is empty — choose the CSV file your app exported.');
  const [header, ...rows] = records;
  return { header, rows, lines: lines.slice(1) };
}
