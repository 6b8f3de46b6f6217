// The Season tab's server side: the request read with zod (errors name the field), the season as
// SEASON_PLAN gives it, and the insert into the Plan sheet on the built bundle in the emulator —
// beside the week's table, text kept as text, a season already there replaced only when confirmed.
import { TimeZone } from '../../src/core/days';
import { dayFromIsoText } from '../../src/core/log/cells';
import { SEASON_HEADER } from '../../src/core/planner/seasonTable';
import { PLAN_HEADER } from '../../src/core/planner/planTable';
import { seasonForSidebar } from '../../src/sheets/season';
import { generateAthlete, progression } from '../../scenarios/athlete';
import { createEmulator } from '../../emulator';
import { dateIn, loadBundle } from '../support/bundle';

const ZONE = 'America/New_York';
const tz = new TimeZone(ZONE);
const TODAY = dayFromIsoText('2026-03-02')!;

/** Ten weeks of a 3:1 build ending Sunday 2026-03-01, in km for one of the seeds (its header says so). */
function athleteLog(seed: number, unit: 'mi' | 'km' = 'mi'): unknown[][] {
  const a = generateAthlete({ seed, unit, start: '2025-12-22', weeks: progression({ weeks: 10, startRun: unit === 'km' ? 50 : 30 }) });
  return [a.header.map((h) => (h === 'Distance' ? `Distance (${unit})` : h)), ...a.rows];
}

describe('seasonForSidebar', () => {
  it.each([[1, 'mi'], [2, 'mi'], [3, 'km']] as const)('gives SEASON_PLAN\'s table for the same arguments (seed %i, %s)', (seed, unit) => {
    const log = athleteLog(seed, unit);
    const season = seasonForSidebar({ raceDate: '2026-05-30', raceDistance: '50 km', longRunDay: 'Sun', cycle: '2:1' }, log, tz, TODAY);
    expect(JSON.parse(JSON.stringify(season))).toEqual(season);
    expect(season).toMatchObject({ raceDate: '2026-05-30', raceDistance: '50 km', cycle: '2:1', unit, fresh: { min: 5, max: 25 } });
    const formula = loadBundle({ spreadsheetZone: ZONE }).call('SEASON_PLAN', log, '2026-05-30', '50 km', 'Sun', '', '2:1') as unknown[][];
    expect(season.rows).toEqual(formula.slice(1).map(([week, ...rest]) => [dateIn(week, ZONE), ...rest]));
    // What crosses to the sidebar is JSON: the same rows.
    expect(JSON.parse(JSON.stringify(season.rows))).toEqual(season.rows.map((r) => r.map((v) => (v === 0 ? 0 : v))));
    expect(season.rows[0][0]).toBe('2026-03-02');
    expect(season.rows.map((r) => r[1])).toContain('Race');
  });

  it('takes the defaults of SEASON_PLAN: a 50-mile race on a Saturday long run, the 3:1 cycle', () => {
    const log = athleteLog(4);
    const season = seasonForSidebar({ raceDate: '2026-06-20' }, log, tz, TODAY);
    expect(season).toMatchObject({ raceDistance: '50 mi', cycle: '3:1' });
    const formula = loadBundle({ spreadsheetZone: ZONE }).call('SEASON_PLAN', log, '2026-06-20') as unknown[][];
    expect(season.rows.map((r) => r[2])).toEqual(formula.slice(1).map((r) => r[2]));
  });

  it('says what to fix, naming the field', () => {
    const log = athleteLog(5);
    const call = (request: unknown) => () => seasonForSidebar(request, log, tz, TODAY);
    const fields = 'raceDate, raceDistance, longRunDay, peakMiles, cycle';
    expect(call({})).toThrow('Season plan: race date must be a date like 2026-03-02, got nothing');
    expect(call({ raceDate: '2026-06-31' })).toThrow('Season plan: race date must be a date like 2026-03-02, got "2026-06-31"');
    expect(call({ raceDate: '2026-06-20', raceDistance: 'far' })).toThrow(/^Season plan: race distance must be a distance like "100 mi", .*, got "far"$/);
    expect(call({ raceDate: '2026-06-20', peakMiles: 0 })).toThrow('Season plan: peak week must be more than 0, got 0');
    expect(call({ raceDate: '2026-06-20', cycle: '4:1' })).toThrow('Season plan: cutback cycle must be one of 3:1, 2:1, got "4:1"');
    expect(call({ raceDate: '2026-06-20', longRunDay: 'Someday' })).toThrow('Season plan: long-run day must be one of Mon');
    expect(call({ raceDate: '2026-06-20', race: 'UTMB' })).toThrow(`Season plan: unknown field "race": use ${fields}`);
    expect(call('2026-06-20')).toThrow(`Season plan: the request must be an object with ${fields}, got "2026-06-20"`);
    expect(call({ raceDate: '2026-01-10' })).toThrow(/^Season plan: race date 2026-01-10 must come after the log's last day \(2026-03-01\)/);
  });
});

describe('insertSeason', () => {
  const setUp = () => {
    const emu = createEmulator({ timeZone: ZONE });
    const log = athleteLog(6);
    emu.spreadsheet.insertSheet('Log').getRange(1, 1, log.length, log[0].length).setValues(log as (string | number)[][]);
    emu.run('setupTracker');
    return emu;
  };
  const rowsOf = (emu: ReturnType<typeof setUp>, raceDate: string) =>
    (emu.run('planSeason', { raceDate }) as { season: { rows: unknown[][] } }).season.rows;

  it('writes the season to the right of PLAN_CHECK, header first, and touches nothing else', () => {
    const emu = setUp();
    emu.spreadsheet.getSheetByName('Plan')!.getRange('A2:H2').setValues([['2026-03-02', 'Mon', 'AM', 'Easy run', 'easy_run', 5, 50, 'mine']]);
    emu.spreadsheet.getSheetByName('Plan')!.getRange('X3').setValue('my note');
    const before = emu.values('Plan!A1:L5');
    const rows = rowsOf(emu, '2026-05-16');
    expect(emu.run('insertSeason', { rows, replace: false })).toEqual({ status: 'inserted', rows: rows.length, replaced: 0, range: `N1:V${rows.length + 1}` });
    expect(emu.values(`Plan!N1:V${rows.length + 1}`).map((r, i) => (i === 0 ? r : [dateIn(r[0], ZONE), ...r.slice(1)]))).toEqual([[...SEASON_HEADER], ...rows]);
    expect(emu.values('Plan!A1:L5')).toEqual(before);
    expect(emu.values('Plan!X3')).toEqual([['my note']]);
    expect(emu.values('Plan!A1:H1')).toEqual([[...PLAN_HEADER]]);
  });

  it('asks before replacing a season, and a shorter one leaves no old weeks behind', () => {
    const emu = setUp();
    const long = rowsOf(emu, '2026-06-27');
    const short = rowsOf(emu, '2026-04-25');
    expect(short.length).toBeLessThan(long.length);
    emu.run('insertSeason', { rows: long, replace: false });
    expect(emu.run('insertSeason', { rows: short, replace: false })).toEqual({ status: 'exists', rows: long.length, range: `N1:V${long.length + 1}` });
    expect(emu.run('insertSeason', { rows: short, replace: true })).toMatchObject({ status: 'inserted', rows: short.length, replaced: long.length });
    const shown = emu.values(`Plan!N2:V${long.length + 1}`);
    expect(shown.filter((r) => r[0] !== '')).toHaveLength(short.length);
  });

  it('writes text as text, whatever a crafted call sends', () => {
    const emu = setUp();
    const [first] = rowsOf(emu, '2026-05-16');
    const notes = ['=IMPORTXML("http://x", "//a")', '-2+3', '+1', '@me', '3:1', 'TRUE'];
    const rows = notes.map((n, i) => [first[0], 'Build', 30 + i, 10, 1, 2, 40, '', n]);
    emu.run('insertSeason', { rows, replace: false });
    expect(emu.values(`Plan!V2:V${rows.length + 1}`).flat()).toEqual(notes);
    expect(emu.spreadsheet.getSheetByName('Plan')!.getRange('V2').getFormula()).toBe('');
  });

  it('refuses what it cannot read, and a header that is not the season\'s, naming the problem', () => {
    const emu = setUp();
    const [first] = rowsOf(emu, '2026-05-16');
    expect(() => emu.run('insertSeason', { rows: [], replace: false })).toThrow('Planner: the season has no weeks');
    expect(() => emu.run('insertSeason', { rows: [[...first.slice(0, 1), 'Sprint', ...first.slice(2)]], replace: false }))
      .toThrow('Planner: row 1: phase must be one of Base, Build, Cutback, Peak, Taper, Race, Recovery, got "Sprint"');
    expect(() => emu.run('insertSeason', { rows: [first.slice(0, 8)], replace: false })).toThrow('Planner: a season row must have the 9 columns of the season table');
    expect(() => emu.run('insertSeason', { rows: [first] })).toThrow('Planner: replace must be true or false, got nothing');
    emu.spreadsheet.getSheetByName('Plan')!.getRange('N1').setValue('My own table');
    expect(() => emu.run('insertSeason', { rows: [first], replace: true })).toThrow(/^Plan!N1:V1 holds something other than the season table's header/);
    expect(emu.values('Plan!N1:N2')).toEqual([['My own table'], ['']]);
  });
});
