// previewImport and importActivities as the sidebar calls them: top-level functions of the built
// dist/Code.js, over a fake of the SpreadsheetApp/LockService subset they use (tests/support/
// fakeSpreadsheet.ts), results serialised as google.script.run does.
import { TimeZone, SERIAL_EPOCH_DAY, isoFromDay } from '../../src/core/days';
import { planImport } from '../../src/core/import/planImport';
import { readLog } from '../../src/core/log/readLog';
import { COLUMN_TITLES, LOG_HEADER } from '../../src/core/log/columns';
import { loadBundle } from '../support/bundle';
import { Stored, fakeServices, isFormula } from '../support/fakeSpreadsheet';
import { csvRecords } from '../support/csvReader';
import { STRAVA_MIX, athlete } from '../fixtures/athletes';
import { stravaExport } from '../fixtures/strava';

const { text: STRAVA, records } = stravaExport(athlete(STRAVA_MIX));
/** Activities in the export (none repeats another). */
const N = records.length;
const toCsv = (records: string[][]) => records.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');

function setup(zone = 'America/Chicago') {
  const services = fakeServices(zone);
  const bundle = loadBundle({ globals: services.globals });
  /** A server function called the way google.script.run calls it: the result arrives as JSON. */
  const server = (name: string, ...args: unknown[]) => JSON.parse(JSON.stringify(bundle.call(name, ...args)));
  return { ...services, server };
}

/** A new Log's header after a Strava import in miles: every column, units stated. */
const NEW_HEADER = COLUMN_TITLES.map((h) => ({ Distance: 'Distance (mi)', 'Elevation gain': 'Elevation gain (ft)' }[h] ?? h));

const START = COLUMN_TITLES.indexOf('Start');
const clock = (fraction: number) => {
  const m = Math.round(fraction * 1440);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** Stored Log rows back as Log cells: serial dates as YYYY-MM-DD, starts (fractions of a day) as hh:mm, '' for empty. */
const asPlanned = (rows: Stored[][]) => rows.map((r) => r.map((v, i) =>
  (typeof v !== 'number' ? v : i === 0 ? isoFromDay(v + SERIAL_EPOCH_DAY) : i === START ? clock(v) : v)));

describe('previewImport', () => {
  it('returns what the import would add, and writes nothing', () => {
    const { server, calls, spreadsheet } = setup();
    const p = server('previewImport', STRAVA);
    expect([p.format, p.unit, p.header, p.rows.length, p.duplicates, p.skipped, p.warnings]).toEqual(['strava', 'mi', COLUMN_TITLES, N, 0, 0, []]);
    expect(p.rows).toEqual(planImport(STRAVA, { tz: new TimeZone('America/Chicago'), unit: 'mi' }).rows);
    expect(calls.filter((c) => /set|insert|flush|Lock/.test(c))).toEqual([]);
    expect(spreadsheet.sheets.size).toBe(0);
  });

  it('takes dates in the spreadsheet\'s zone', () => {
    const east = setup('Pacific/Kiritimati').server('previewImport', STRAVA);
    const west = setup('Pacific/Pago_Pago').server('previewImport', STRAVA);
    expect(east.rows).toEqual(planImport(STRAVA, { tz: new TimeZone('Pacific/Kiritimati'), unit: 'mi' }).rows);
    expect(east.rows.map((r: unknown[]) => r[0])).not.toEqual(west.rows.map((r: unknown[]) => r[0]));
  });

  it('refuses what is not an export with a message the sidebar can show', () => {
    const { server } = setup();
    expect(() => server('previewImport', '')).toThrow('The file is empty — choose the CSV file your app exported.');
    expect(() => server('previewImport', 42)).toThrow('No file content arrived');
    expect(() => server('previewImport', 'a,b\n1,2')).toThrow('are not those of an export this importer reads');
  });
});

describe('importActivities', () => {
  it('creates the Log when there is none and appends every row in one write, dates formatted', () => {
    const { server, spreadsheet, lock } = setup();
    const planned = server('previewImport', STRAVA).rows;
    expect(server('importActivities', STRAVA)).toEqual({ added: N, duplicates: 0, skipped: 0, warnings: [] });
    const log = spreadsheet.sheets.get('Log')!;
    const [header, ...rows] = log.stored();
    // Strava fills the optional Avg HR and Elevation gain: the new Log has them too, with their units.
    expect(header).toEqual(NEW_HEADER);
    expect(asPlanned(rows)).toEqual(planned);
    expect(log.formats.get('2,1')).toBe('yyyy-mm-dd');
    expect(log.formats.get(`${N + 1},1`)).toBe('yyyy-mm-dd');
    expect(log.formats.get(`${N + 1},${START + 1}`)).toBe('hh:mm');
    expect(lock.held).toBe(false);
  });

  it('adds nothing the second time, without writing', () => {
    const { server, calls } = setup();
    server('importActivities', STRAVA);
    calls.length = 0;
    expect(server('importActivities', STRAVA)).toEqual({ added: 0, duplicates: N, skipped: 0, warnings: [] });
    expect(calls.filter((c) => c.startsWith('Range.set'))).toEqual([]);
  });

  it('appends below the runner\'s rows, by their header, in their unit, adding the columns they lack', () => {
    const { server, spreadsheet } = setup();
    const mine: Stored[][] = [['Notes', 'Date', 'Distance (km)', 'Type', 'Duration'], ['my own', 46000, 10, 'Long run', 70], ['', 46001, '', 'Rest', '']];
    const log = spreadsheet.addSheet('Log', mine.map((r) => [...r]));
    const result = server('importActivities', STRAVA);
    expect([result.added, result.duplicates]).toEqual([N, 0]);
    const values = log.stored();
    expect(values.slice(0, 3).map((r) => r.slice(0, 5))).toEqual(mine);
    // The columns Strava fills that the Log lacks, elevation in the Log's unit (km: metres).
    expect(values[0]).toEqual([...mine[0], 'RPE', 'Avg HR', 'Elevation gain (m)', 'Start']);
    const planned = planImport(STRAVA, { tz: new TimeZone('America/Chicago'), unit: 'km' }).rows;
    const read = readLog(values, new TimeZone('America/Chicago'), 'T');
    expect(read.sessions).toHaveLength(N + 2);
    expect(read.sessions.slice(2).map((s) => [isoFromDay(s.day), s.typeText, s.distance ?? '', s.minutes ?? '', s.rpe ?? '', s.notes, s.avgHr ?? '', s.elevation ?? '', clock(s.start! / 1440)])).toEqual(
      planned.map((r) => [r[0], r[1], r[2], r[3], r[4], r[10], r[11], r[12], r[START]]));
  });

  it('keeps the formats the runner gave their columns, and formats dates and starts as such', () => {
    const { server, spreadsheet } = setup();
    const log = spreadsheet.addSheet('Log', [['Date', 'Type', 'Distance (km)', 'Duration', 'Start']]);
    for (let r = 2; r <= 1000; r++) log.formats.set(`${r},3`, '0.000');
    server('importActivities', STRAVA);
    expect([2, N + 1].map((r) => [1, 3, 4, 5].map((c) => log.formats.get(`${r},${c}`)))).toEqual([
      ['yyyy-mm-dd', '0.000', 'General', 'hh:mm'], ['yyyy-mm-dd', '0.000', 'General', 'hh:mm'],
    ]);
  });

  it('writes text that looks like a formula, number or boolean as that text', () => {
    const [header, ...rows] = csvRecords(STRAVA);
    const names = ['=HYPERLINK("http://evil.example","x")', '+1', '-5 min warm-up', '@coach', '2024', 'TRUE', "'quoted'", '10/05', 'Plain run'];
    const csv = toCsv([header, ...rows.slice(0, names.length).map((r, i) => r.map((c, j) => (j === 2 ? names[i] : c)))]);
    const { server, spreadsheet } = setup();
    server('importActivities', csv);
    const stored = spreadsheet.sheets.get('Log')!.stored();
    expect(stored.flat().filter(isFormula)).toEqual([]);
    expect(stored.slice(1).map((r) => r[10]).sort()).toEqual([...names].sort());
  });

  it('makes the same few service calls for 6 rows as for a whole export, growing a small sheet first', () => {
    const callsFor = (rows: number) => {
      const [header, ...all] = csvRecords(STRAVA);
      const { server, calls, spreadsheet } = setup();
      spreadsheet.addSheet('Log', [[...LOG_HEADER]], 100, 11);
      server('importActivities', toCsv([header, ...all.slice(0, rows)]));
      expect(spreadsheet.sheets.get('Log')!.stored()).toHaveLength(rows + 1);
      return calls;
    };
    const small = callsFor(6);
    expect(small).not.toContain('Sheet.insertRowsAfter');
    const large = callsFor(N);
    expect(large.filter((c) => c !== 'Sheet.insertRowsAfter')).toEqual(small);
    expect(large).toEqual([
      'LockService.getDocumentLock', 'Lock.tryLock',
      'SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSheetByName', 'Sheet.getDataRange', 'Range.getValues',
      // Settings → Distance unit (the header states none) and the Type map; neither exists here.
      'Spreadsheet.getRangeByName', 'Spreadsheet.getSpreadsheetTimeZone', 'Spreadsheet.getRangeByName',
      // Avg HR, Elevation gain and Start are added at the right of the header.
      'Sheet.getMaxColumns', 'Sheet.insertColumnsAfter', 'Sheet.getRange', 'Range.setValues',
      // The rows are re-checked just before the write (getLastRow): the runner may have typed there.
      'Sheet.getLastRow', 'Sheet.getMaxRows', 'Sheet.insertRowsAfter',
      // The rows, then their formats: those they have, with the dates' and starts' own, in one call.
      'Sheet.getRange', 'Range.setValues', 'Range.getNumberFormats', 'Range.setNumberFormats',
      'SpreadsheetApp.flush', 'Lock.releaseLock',
    ]);
  });

  it('writes a new Log\'s header and rows in one call', () => {
    const { server, calls, spreadsheet } = setup();
    server('importActivities', STRAVA);
    expect(spreadsheet.sheets.get('Log')!.stored()[0]).toEqual(NEW_HEADER);
    expect(calls).toEqual([
      'LockService.getDocumentLock', 'Lock.tryLock',
      'SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSheetByName', 'Spreadsheet.getRangeByName', 'Spreadsheet.getSpreadsheetTimeZone',
      'Spreadsheet.getRangeByName', 'Spreadsheet.insertSheet',
      // A sheet insertSheet() made is 1000 × 26 and unformatted: its size and formats need no call.
      'Sheet.getRange', 'Range.setValues', 'Range.setNumberFormats',
      'SpreadsheetApp.flush', 'Lock.releaseLock',
    ]);
  });

  it('refuses to run while another import holds the document lock, and always releases its own', () => {
    const busy = setup();
    busy.lock.busy = true;
    expect(() => busy.server('importActivities', STRAVA)).toThrow('Another change to this spreadsheet is still running — try the import again');
    expect(busy.spreadsheet.sheets.size).toBe(0);

    const bad = setup();
    bad.spreadsheet.addSheet('Log', [['When', 'What'], [1, 2]]);
    expect(() => bad.server('importActivities', STRAVA)).toThrow('The Log sheet has no "Date" column in its first row');
    expect(bad.calls.slice(-1)).toEqual(['Lock.releaseLock']);
    expect(bad.lock.held).toBe(false);
  });
});

describe('the import reads its unit and type words from the spreadsheet', () => {
  const kmRunner = () => {
    const s = setup();
    s.spreadsheet.addSheet('Settings', [['Setting', 'Value', '', '', 'Word', 'Session type'], ['Distance unit', 'km'], ['', '', '', '', 'Juoksu', 'Easy run'], ['', '', '', '', 'Zumba', 'Dance']]);
    s.spreadsheet.nameRange('DistanceUnit', 'Settings', 2, 2);
    s.spreadsheet.nameRange('TypeMap', 'Settings', 1, 5, 10, 2);
    return s;
  };

  it('takes Settings → Distance unit when the Log\'s header states none, and says where the unit came from', () => {
    const { server, spreadsheet } = kmRunner();
    spreadsheet.addSheet('Log', [[...LOG_HEADER]]);
    const p = server('previewImport', STRAVA);
    expect([p.unit, p.unitWhy]).toEqual(['km', 'Settings → Distance unit']);
    expect(p.rows).toEqual(planImport(STRAVA, { tz: new TimeZone('America/Chicago'), unit: 'km' }).rows);
  });

  it('keeps the Log\'s own unit when its header states one, and says so when Settings disagree', () => {
    const { server, spreadsheet } = kmRunner();
    spreadsheet.addSheet('Log', [['Date', 'Type', 'Distance (mi)']]);
    const p = server('previewImport', STRAVA);
    expect([p.unit, p.unitWhy]).toEqual(['mi', 'the Log\'s Distance header']);
    expect(p.warnings[0]).toBe('The Log\'s Distance header says mi but Settings → Distance unit says km: distances are written in mi, as the Log holds them — change one of the two so they agree');
  });

  it('reads the runner\'s Type map before the built-in names, and lists the types still unknown with counts', () => {
    const [header, ...rows] = csvRecords(STRAVA);
    const type = header.indexOf('Activity Type');
    // Without their steps: a run's cadence would make the Zumba rows runs (runFromData).
    const steps = header.indexOf('Total Steps');
    const csv = toCsv([header, ...rows.slice(0, 6).map((r, i) => r.map((c, j) => (j === type ? ['Juoksu', 'Juoksu', 'Zumba', 'Zumba', 'Zumba', 'Run'][i] : j === steps ? '' : c)))]);
    const { server } = kmRunner();
    const p = server('previewImport', csv);
    expect(p.rows.map((r: unknown[]) => r[1]).sort()).toEqual(['Run', 'Run', 'Run', 'Zumba', 'Zumba', 'Zumba']);
    expect(p.unknownTypes).toEqual([{ type: 'Zumba', count: 3 }]);
  });

  it('saves the runner\'s choices into the Type map, changing only the rows it must', () => {
    const { server, spreadsheet, lock } = kmRunner();
    const settings = spreadsheet.sheets.get('Settings')!;
    expect(server('saveTypeMap', [{ word: 'Zumba', type: 'Strength' }, { word: 'Corrida', type: 'Easy run' }])).toEqual({ saved: 2 });
    // Zumba's row gets its type; Corrida the first empty row.
    expect(settings.stored().slice(0, 4).map((r) => r.slice(4, 6))).toEqual([
      ['Word', 'Session type'], ['Corrida', 'Easy run'], ['Juoksu', 'Easy run'], ['Zumba', 'Strength'],
    ]);
    expect(lock.held).toBe(false);
    expect(() => server('saveTypeMap', [{ word: 'Padel', type: 'Racket' }])).toThrow('Nothing was saved: type 1: is not a session type.');
    expect(() => server('saveTypeMap', [])).toThrow('Nothing was saved: no type to save.');
    const bare = setup();
    expect(() => bare.server('saveTypeMap', [{ word: 'Padel', type: 'Strength' }])).toThrow('There is no Type map yet: run Extensions → Ultra Tracker → Set up tracker');
  });
});
