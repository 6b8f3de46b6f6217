// An import that cannot be written whole is refused before anything is written, naming the line
// and the field: a value over Sheets' 50,000 characters a cell, a date outside 1970–2100, a file of
// more than 100,000 rows. (Before, such a file failed half-way and left a Log without a header.)
import { loadBundle } from '../support/bundle';
import { fakeServices } from '../support/fakeSpreadsheet';

const HEADER = ['Activity ID', 'Activity Date', 'Activity Name', 'Activity Type', 'Elapsed Time', 'Distance'];
const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
const run = (i: number, date = `Mar ${(i % 28) + 1}, 2026, 7:00:00 AM`, name = `Run ${i}`) => [String(i), date, name, 'Run', '3600', '10.0'];

function attempt(file: string): { error: string; writes: string[]; sheets: number } {
  const services = fakeServices('Europe/London');
  const bundle = loadBundle({ globals: services.globals });
  let error = '';
  for (const entry of ['previewImport', 'importActivities']) {
    try {
      bundle.call(entry, file);
    } catch (e) {
      error = error || (e as Error).message;
      expect((e as Error).message).toBe(error); // preview and import refuse alike
    }
  }
  return { error, writes: services.calls.filter((c) => /set|insert|clear/.test(c)), sheets: services.spreadsheet.sheets.size };
}

describe('an import Sheets could not hold', () => {
  it('refuses a value over 50,000 characters, naming the line and the column, and writes nothing', () => {
    const r = attempt(csv([run(1), run(2), run(3, undefined, 'x'.repeat(50_001))]));
    expect(r.error).toBe('Line 4, Notes: 50,001 characters, more than the 50,000 a Sheets cell holds — shorten it in the file, then import again.');
    expect([r.writes, r.sheets]).toEqual([[], 0]);
  });

  it('refuses a date outside 1970–2100, naming the line, and writes nothing', () => {
    for (const [year, iso] of [['1900', '1900-03-01'], ['2200', '2200-03-01']]) {
      const r = attempt(csv([run(1), run(2, `Mar 1, ${year}, 7:00:00 AM`)]));
      expect(r.error).toBe(`Line 3, Date: ${iso} is outside 1970–2100, the dates the tracker reads — fix the date in the file, then import again.`);
      expect([r.writes, r.sheets]).toEqual([[], 0]);
    }
  });

  it('refuses more than 100,000 rows, naming the first line past the limit, and writes nothing', () => {
    const r = attempt(csv(Array.from({ length: 100_001 }, (_, i) => run(i))));
    expect(r.error).toBe('This file has 100,001 rows; one import takes at most 100,000 (line 100,002 is the first past it) — export a shorter period and import it in parts.');
    expect([r.writes, r.sheets]).toEqual([[], 0]);
  });

  it('takes a value of exactly 50,000 characters', () => {
    expect(attempt(csv([run(1, undefined, 'x'.repeat(50_000))])).error).toBe('');
  });
});
