import { createEmulator } from '../../emulator';
import { SETTINGS, parseSettings, readSettings } from '../../src/sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('settings', () => {
  it('take their defaults when blank', () => {
    expect(parseSettings({})).toEqual({
      settings: { unit: 'mi', weekStart: 'Mon', longRunDay: 'Sat', easyPace: 10, raceDate: undefined, weeklyTarget: undefined },
      problems: [],
    });
  });

  it('read what a runner types: any case, full day names, numbers as text', () => {
    const race = new Date('2026-06-20T00:00:00Z');
    const { settings, problems } = parseSettings({ unit: ' KM ', weekStart: 'sun', longRunDay: 'Sunday', easyPace: '9.5', raceDate: race, weeklyTarget: 55 });
    expect(settings).toEqual({ unit: 'km', weekStart: 'Sun', longRunDay: 'Sun', easyPace: 9.5, raceDate: race, weeklyTarget: 55 });
    expect(problems).toEqual([]);
  });

  it('fall back to the default for an unreadable value and say so', () => {
    const { settings, problems } = parseSettings({ unit: 'miles', longRunDay: 'Someday', easyPace: 'fast', raceDate: 'next June', weeklyTarget: 0 });
    expect(settings).toMatchObject({ unit: 'mi', longRunDay: 'Sat', easyPace: 10, raceDate: undefined, weeklyTarget: undefined });
    expect(problems).toEqual([
      'Settings: Distance unit "miles" is not one of mi, km — using mi.',
      'Settings: Long-run day "Someday" is not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun — using Sat.',
      'Settings: Easy pace (min per unit) "fast" is not a number from 2 to 30 — using 10.',
      'Settings: Race date "next June" is not a date — left blank.',
      'Settings: Weekly target distance "0" is not a number from 1 to 500 — left blank.',
    ]);
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
    expect(SETTINGS.map((s) => emu.spreadsheet.getRangeByName(s.name)!.getA1Notation())).toEqual(['B2', 'B3', 'B4', 'B5', 'B6', 'B7']);
  });
});
