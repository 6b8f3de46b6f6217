import { createEmulator } from '../../emulator';
import { SETTINGS, parseSettings, readSettings } from '../../src/sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('settings', () => {
  it('take their defaults when blank', () => {
    expect(parseSettings({})).toEqual({
      settings: {
        unit: 'mi', weekStart: 'Mon', longRunDay: 'Sat', easyPace: 10, raceDate: undefined, weeklyTarget: undefined,
        raceDistance: { value: 50, unit: 'mi' }, cutbackCycle: '3:1',
      },
      problems: [],
    });
  });

  it('read what a runner types: any case, full day names, numbers as text', () => {
    const race = new Date('2026-06-20T00:00:00Z');
    const { settings, problems } = parseSettings({
      unit: ' KM ', weekStart: 'sun', longRunDay: 'Sunday', easyPace: '9.5', raceDate: race, weeklyTarget: 55, raceDistance: ' 100 Miles ', cutbackCycle: '2:1',
    });
    expect(settings).toEqual({
      unit: 'km', weekStart: 'Sun', longRunDay: 'Sun', easyPace: 9.5, raceDate: race, weeklyTarget: 55, raceDistance: { value: 100, unit: 'mi' }, cutbackCycle: '2:1',
    });
    expect(problems).toEqual([]);
    // A bare number is in the log's unit; named distances are read too.
    expect(parseSettings({ raceDistance: 80 }).settings.raceDistance).toEqual({ value: 80 });
    expect(parseSettings({ raceDistance: '50k' }).settings.raceDistance).toEqual({ value: 50, unit: 'km' });
    expect(parseSettings({ raceDistance: 'Marathon' }).settings.raceDistance).toEqual({ value: 42.195, unit: 'km' });
  });

  it('fall back to the default for an unreadable value and say so', () => {
    const { settings, problems } = parseSettings({
      unit: 'miles', longRunDay: 'Someday', easyPace: 'fast', raceDate: 'next June', weeklyTarget: 0, raceDistance: '100 furlongs', cutbackCycle: '4:1',
    });
    expect(settings).toMatchObject({
      unit: 'mi', longRunDay: 'Sat', easyPace: 10, raceDate: undefined, weeklyTarget: undefined, raceDistance: { value: 50, unit: 'mi' }, cutbackCycle: '3:1',
    });
    expect(problems).toEqual([
      'Settings: Distance unit "miles" is not one of mi, km — using mi.',
      'Settings: Long-run day "Someday" is not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun — using Sat.',
      'Settings: Easy pace (min per unit) "fast" is not a number from 2 to 30 — using 10.',
      'Settings: Race date "next June" is not a date — left blank.',
      'Settings: Weekly target distance "0" is not a number from 1 to 500 — left blank.',
      'Settings: Race distance "100 furlongs" is not a distance like "100 mi", "50 km" or "marathon", or a number in your log\'s unit (at most 500) — using 50 mi.',
      'Settings: Cutback cycle "4:1" is not one of 3:1, 2:1 — using 3:1.',
    ]);
    expect(parseSettings({ raceDistance: 0 }).problems).toEqual([expect.stringMatching(/^Settings: Race distance "?0"? is not a distance/)]);
    expect(parseSettings({ raceDistance: '600 km' }).problems).toHaveLength(1);
  });

  it('are read from the named ranges of the Settings sheet, wherever they are', () => {
    const emu = createEmulator({ timeZone: 'Europe/London' });
    const ss = emu.spreadsheet as unknown as Spreadsheet;
    expect(readSettings(ss).settings.easyPace).toBe(10); // no Settings sheet yet: defaults
    emu.run('setupTracker');
    emu.spreadsheet.getRangeByName('EasyPace')!.setValue(8.5);
    emu.spreadsheet.getRangeByName('RaceDate')!.setValue('2026-09-12');
    const read = readSettings(ss);
    expect(read.settings).toMatchObject({ unit: 'mi', easyPace: 8.5 });
    expect(read.settings.raceDate?.toISOString()).toBe('2026-09-11T23:00:00.000Z'); // midnight, London summer time
    expect(SETTINGS.map((s) => emu.spreadsheet.getRangeByName(s.name)!.getA1Notation())).toEqual(['B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9']);
    // 3:1 is written as text: a time of day would not read as a cycle.
    expect(emu.values('Settings!B8:B9')).toEqual([['50 mi'], ['3:1']]);
    expect(read.settings).toMatchObject({ raceDistance: { value: 50, unit: 'mi' }, cutbackCycle: '3:1' });
  });

  it('are added by Set up tracker on a rerun, below the ones a runner already has, touching none of them', () => {
    const emu = createEmulator({ timeZone: 'Europe/London' });
    emu.run('setupTracker');
    // A Settings sheet from before Race distance and Cutback cycle, with the runner's own values.
    const sheet = emu.spreadsheet.getSheetByName('Settings')!;
    sheet.getRange('A8:C9').clearContent();
    for (const named of emu.spreadsheet.getNamedRanges()) if (['RaceDistance', 'CutbackCycle'].includes(named.getName())) named.remove();
    emu.spreadsheet.getRangeByName('EasyPace')!.setValue(8.5);
    emu.spreadsheet.getRangeByName('WeeklyTarget')!.setValue(42);
    const before = emu.values('Settings!A1:C7');
    expect(emu.run('setupTracker')).toMatchObject({ repaired: ['Settings!A8', 'Settings!B8', 'Settings!C8', 'Settings!A9', 'Settings!B9', 'Settings!C9'], problems: [] });
    expect(emu.values('Settings!A1:C7')).toEqual(before);
    expect(emu.values('Settings!A8:B9')).toEqual([['Race distance', '50 mi'], ['Cutback cycle', '3:1']]);
    expect(emu.spreadsheet.getRangeByName('CutbackCycle')!.getA1Notation()).toBe('B9');
    // The runner's choice stays on a further rerun.
    emu.spreadsheet.getRangeByName('RaceDistance')!.setValue('100 km');
    emu.run('setupTracker');
    expect(readSettings(emu.spreadsheet as unknown as Spreadsheet).settings).toMatchObject({ easyPace: 8.5, weeklyTarget: 42, raceDistance: { value: 100, unit: 'km' } });
  });
});
