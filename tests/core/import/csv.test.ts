import fc from 'fast-check';
import { parseCsv } from '../../../src/core/import/csv';
import { ImportError } from '../../../src/core/errors';
import { csvRecords } from '../../support/csvReader';
import { STRAVA_MIX, athlete } from '../../fixtures/athletes';
import { stravaExport } from '../../fixtures/strava';

describe('parseCsv', () => {
  it('reads quoted fields holding separators, doubled quotes and line breaks', () => {
    const t = parseCsv('a,b,c\n1,"x, ""y""\nz",3\r\n4,5,6\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([['1', 'x, "y"\nz', '3'], ['4', '5', '6']]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('drops a byte-order mark and blank lines, keeps empty fields', () => {
    const t = parseCsv('\ufeffdate,hrv\n\n2026-01-01,\n,\n');
    expect(t.header).toEqual(['date', 'hrv']);
    expect(t.rows).toEqual([['2026-01-01', ''], ['', '']]);
    expect(t.lines).toEqual([3, 4]);
  });

  it('keeps duplicate column names by position', () => {
    expect(parseCsv('Distance,Distance\n2.43,2432.7').header).toEqual(['Distance', 'Distance']);
  });

  it('finds the separator from the header line: semicolon or tab', () => {
    expect(parseCsv('a;b\n"1;2";3').rows).toEqual([['1;2', '3']]);
    expect(parseCsv('a\tb\n1,5\t3').rows).toEqual([['1,5', '3']]);
  });

  it('reads a last line without a line break, and a trailing separator as an empty field', () => {
    expect(parseCsv('a,b\n1,').rows).toEqual([['1', '']]);
    expect(parseCsv('a,b\r1,2').rows).toEqual([['1', '2']]);
  });

  it('says where an unterminated quoted field starts', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n\n')).toThrow(new ImportError('The file ends inside a quoted field that starts on line 3 — is the file complete?'));
    expect(() => parseCsv('')).toThrow(ImportError);
  });

  it('reads a Strava export: rows of 94 fields, multi-line descriptions, as an independent reader does', () => {
    const text = stravaExport(athlete(STRAVA_MIX)).text;
    const t = parseCsv(text);
    const [header, ...rows] = csvRecords(text);
    const lines = text.split('\n').length - 1;
    expect(t.header).toEqual(header);
    expect(t.rows).toEqual(rows);
    expect(rows.length).toBeGreaterThan(500);
    expect(lines).toBeGreaterThan(rows.length + 100);
    expect(t.rows.every((r) => r.length === 94)).toBe(true);
    expect(t.lines[0]).toBe(2);
    const last = t.rows.length - 1;
    expect(t.lines[last] + t.rows[last].join(',').split('\n').length - 1).toBe(lines);
  });

  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', ';', 'é') });
    const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(fc.property(table, (rows) => {
      const header = rows[0].map((_, i) => `h${i}`);
      const quoteCell = (c: string) => `"${c.replace(/"/g, '""')}"`;
      const text = [header, ...rows].map((r) => r.map(quoteCell).join(',')).join('\r\n');
      // A row of one empty field is a blank line, which CSV readers skip.
      const expected = rows.filter((r) => r.length > 1 || r[0] !== '');
      expect(parseCsv(text).rows).toEqual(expected);
    }));
  });
});
