// Every write of the add-on as the runner meets it, on the emulator running dist/Code.js: text stays
// the text it was (never a formula, number or date), and a row the runner types while an import or
// an insert runs is never overwritten (the document lock stops other scripts, not typing).
import { createEmulator, Emulator } from '../../emulator';

const ZONE = 'Europe/London';
const TRICKY = ['1e5', '2024-05-01', 'Mar 4', '1/2', '10:30', '50%', '$12', 'TRUE', '=HYPERLINK("http://evil.example","x")', '-2+3', '@coach', '(12)'];

const csv = (rows: string[][]) =>
  [['Activity ID', 'Activity Date', 'Activity Name', 'Activity Type', 'Elapsed Time', 'Distance'], ...rows]
    .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
/** One activity a day from 2026-03-01, named and typed `texts[i]`. */
const activities = (texts: string[], type = (t: string) => t) =>
  csv(texts.map((t, i) => [String(i + 1), `Mar ${i + 1}, 2026, 7:00:00 AM`, t, type(t), '3600', '10.0']));

function logWith(rows: unknown[][]): Emulator {
  const emu = createEmulator({ timeZone: ZONE });
  const sheet = emu.spreadsheet.insertSheet('Log');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return emu;
}
const formulasIn = (emu: Emulator, a1: string) => emu.range(a1).getFormulas().flat().filter((f) => f !== '');

describe('import', () => {
  it('writes names and types that Sheets would convert as that text, and re-imports none of them', () => {
    const emu = createEmulator({ timeZone: ZONE });
    const file = activities(TRICKY);
    expect(emu.run('importActivities', file)).toMatchObject({ added: TRICKY.length });
    const values = emu.values(`Log!A2:K${TRICKY.length + 1}`);
    expect(formulasIn(emu, 'Log!A1:K20')).toEqual([]);
    const header = emu.values('Log!A1:K1')[0];
    const [type, notes] = [header.indexOf('Type'), header.indexOf('Notes')];
    expect(values.map((r) => r[notes])).toEqual(TRICKY);
    expect(values.map((r) => r[type])).toEqual(TRICKY);
    expect(emu.run('importActivities', file)).toMatchObject({ added: 0, duplicates: TRICKY.length });
  });
});

describe('insertPlan', () => {
  const week = (session: string, details: string): unknown[][] =>
    [['2026-03-02', 'Mon', 'AM', session, 'easy_run', 5, 50, details], ['2026-03-03', 'Tue', 'AM', 'Easy run', 'easy_run', 4, '', details]];

  it('writes a crafted Session or Details as text, never as a formula', () => {
    const emu = createEmulator({ timeZone: ZONE });
    for (const [i, text] of ['=IMPORTXML("http://evil.example","//a")', '=HYPERLINK("http://evil.example","x")', '-2+3', '1e5'].entries()) {
      const weekStart = `2026-03-${String(2 + 7 * i).padStart(2, '0')}`;
      const rows = week(text, text).map((r) => [weekStart.replace(/\d\d$/, (d) => String(Number(d) + (r[1] === 'Tue' ? 1 : 0)).padStart(2, '0')), ...r.slice(1)]);
      expect(emu.run('insertPlan', { weekStart, rows, replace: false })).toMatchObject({ status: 'inserted' });
      const at = 2 + 2 * i;
      expect(emu.values(`Plan!D${at}:H${at}`)[0]).toEqual([text, 'easy_run', 5, 50, text]);
    }
    expect(formulasIn(emu, 'Plan!A1:H20')).toEqual([]);
  });
});

describe('a row typed while the add-on writes', () => {
  it('survives an import: the new rows go below it', () => {
    const emu = logWith([['Date', 'Type', 'Distance (mi)', 'Duration'], [46000, 'Easy run', 5, 45]]);
    // The runner types the next row just after the import has read the Log.
    emu.onceAfter('Range.getValues', () => {
      emu.type('Log!A3', '2026-02-20');
      emu.type('Log!B3', 'Long run typed meanwhile');
    });
    expect(emu.run('importActivities', activities(['a', 'b', 'c'], () => 'Run'))).toMatchObject({ added: 3 });
    expect(emu.values('Log!B1:B6').flat()).toEqual(['Type', 'Easy run', 'Long run typed meanwhile', 'Run', 'Run', 'Run']);
  });

  it('survives an insert into the Plan sheet: the week goes below it', () => {
    const emu = createEmulator({ timeZone: ZONE });
    emu.run('setupTracker'); // the tracker's own Plan: a sheet of the runner's called Plan is never written to
    emu.onceAfter('Range.getValues', () => emu.type('Plan!D2', 'my own session'));
    const rows = [['2026-03-02', 'Mon', 'AM', 'Easy run', 'easy_run', 5, 50, 'x'], ['2026-03-03', 'Tue', 'AM', 'Easy run', 'easy_run', 4, 40, 'y']];
    expect(emu.run('insertPlan', { weekStart: '2026-03-02', rows, replace: false })).toMatchObject({ status: 'inserted', rows: 2 });
    expect(emu.values('Plan!D2:D4').flat()).toEqual(['my own session', 'Easy run', 'Easy run']);
  });
});
