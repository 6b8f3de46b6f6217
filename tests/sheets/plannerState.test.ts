// The sidebar's first answer (getPlannerState) on the built bundle in the emulator: the Settings'
// race date as the runner typed it, also on a day whose midnight does not exist.
import { createEmulator } from '../../emulator';

describe('getPlannerState', () => {
  it.each(['2018-11-04', '2018-11-05'])('gives the race date typed in Settings on a Sao Paulo spreadsheet (%s)', (date) => {
    // 2018-11-04 began at 01:00 in Sao Paulo (DST at midnight): its date cell has no midnight of its own.
    const emu = createEmulator({ timeZone: 'America/Sao_Paulo' });
    emu.run('setupTracker');
    emu.spreadsheet.getRangeByName('RaceDate')!.setValue(date);
    const state = emu.run('getPlannerState') as { defaults: { raceDate?: string } };
    expect(state.defaults.raceDate).toBe(date);
  });
});
