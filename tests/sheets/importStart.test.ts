// Sessions told apart by their start, and days whose midnight does not exist, as the runner meets
// them: exports generated for an athlete in São Paulo (DST began at 00:00 there until 2018), imported
// by dist/Code.js into the emulator in a miles Log and a km Log, read back by the formulas' reader,
// and imported again.
import { createEmulator, Emulator } from '../../emulator';
import { TimeZone, dayFromYmd, isoFromDay } from '../../src/core/days';
import { planImport } from '../../src/core/import/planImport';
import { COLUMN_TITLES } from '../../src/core/log/columns';
import { readLog } from '../../src/core/log/readLog';
import { garminExport } from '../fixtures/garmin';
import { generateSessions } from '../fixtures/sessions';
import { stravaExport } from '../fixtures/strava';
import { withTwins } from '../fixtures/twins';

const ZONE = 'America/Sao_Paulo';
const tz = new TimeZone(ZONE);
/** The first day of DST in 2017 and 2018: clocks jumped from 00:00 to 01:00. */
const NO_MIDNIGHT = [dayFromYmd(2017, 10, 15), dayFromYmd(2018, 11, 4)];

/** A runner who runs daily and lifts, around both days without a midnight, with twin sessions. */
function sessions(seed: number) {
  const runner = (from: string) => generateSessions({ seed, zone: ZONE, from, days: 21, perWeek: { run: 9, weights: 2, walk: 2 } });
  return withTwins([...runner('2017-10-05'), ...runner('2018-10-25')], 7);
}

const logValues = (emu: Emulator) => emu.values(`Log!A1:${String.fromCharCode(64 + COLUMN_TITLES.length + 2)}${emu.range('Log!A:A').getSheet().getLastRow()}`);

describe.each([
  ['a miles Log', 'mi' as const, (seed: number) => stravaExport(sessions(seed).sessions).text, undefined],
  ['a km Log', 'km' as const, (seed: number) => garminExport(sessions(seed).sessions, { unit: 'km', language: 'da' }).text, 'Distance (km)'],
])('importing in São Paulo into %s', (_, unit, exportOf, distanceHeader) => {
  it.each([1, 2, 3])('keeps every session on its day, twins included, and adds nothing again (seed %i)', (seed) => {
    const emu = createEmulator({ timeZone: ZONE });
    if (distanceHeader) emu.spreadsheet.insertSheet('Log').getRange(1, 1, 1, 4).setValues([['Date', 'Type', distanceHeader, 'Duration']]);
    const text = exportOf(seed);
    const planned = planImport(text, { tz, unit }).rows;
    const { twins } = sessions(seed);
    expect(twins).toBeGreaterThan(3);
    expect(emu.run('importActivities', text)).toMatchObject({ added: planned.length, duplicates: 0 });

    const values = logValues(emu);
    const log = readLog(values, tz, 'T');
    // No date or start is lost (issues of other columns, such as an RPE assumed, are the formulas' business).
    expect(log.issues.filter((i) => i.column === 'Date' || i.column === 'Start')).toEqual([]);
    const start = COLUMN_TITLES.indexOf('Start');
    const asRead = log.sessions.map((s) => [isoFromDay(s.day), s.typeText, s.distance ?? '', s.start]);
    const [h, m] = [(r: (string | number)[]) => Number(String(r[start]).slice(0, 2)), (r: (string | number)[]) => Number(String(r[start]).slice(3))];
    expect(asRead).toEqual(planned.map((r) => [r[0], r[1], r[2], h(r) * 60 + m(r)]));
    // The days without a midnight hold sessions, read back on their own day.
    const onThoseDays = log.sessions.filter((s) => NO_MIDNIGHT.includes(s.day));
    expect(onThoseDays.length).toBeGreaterThan(0);

    expect(emu.run('importActivities', text)).toMatchObject({ added: 0, duplicates: planned.length });
  });
});

describe('a date cell of a day without midnight', () => {
  it('comes back from getValues as 23:00 of the day before, and the reader puts it on its day', () => {
    const emu = createEmulator({ timeZone: ZONE });
    emu.spreadsheet.insertSheet('Log').getRange(1, 1, 2, 4).setValues([['Date', 'Type', 'Distance', 'Duration'], ['2018-11-04', 'Easy run', 5, 50]]);
    const [[date]] = emu.values('Log!A2');
    // The emulator's model, the naive conversion (the offset after the gap): the harder case.
    expect(isoFromDay(tz.dayOf((date as Date).getTime()))).toBe('2018-11-03');
    expect(readLog(emu.values('Log!A1:D2'), tz, 'T').sessions.map((s) => isoFromDay(s.day))).toEqual(['2018-11-04']);
  });
});
