// Variants of the exports known in the wild (older and newer layouts, other languages, markup in
// headers), written by the generators from the same sessions as the standard export. Each must
// import to what the standard one imports to, or to what its own records say.
import { TimeZone } from '../../../src/core/days';
import { ImportError } from '../../../src/core/errors';
import { planImport } from '../../../src/core/import/planImport';
import { Unit } from '../../../src/core/import/source';
import { LOG_HEADER } from '../../../src/core/log/columns';
import { csvRecords } from '../../support/csvReader';
import { GARMIN_MIX, STRAVA_MIX, athlete } from '../../fixtures/athletes';
import { writeCsv } from '../../fixtures/csvWriter';
import { GARMIN_LANGUAGES, garminExport } from '../../fixtures/garmin';
import { STRAVA_HEADER, stravaExport } from '../../fixtures/strava';

const tz = new TimeZone('Europe/Berlin');
const plan = (text: string, unit: Unit = 'km') => planImport(text, { tz, unit });
const [DATE, TYPE, DISTANCE, DURATION, , , , , MOOD, SORENESS, NOTES] = LOG_HEADER.map((_, i) => i);
const pick = (rs: (string | number)[][], cols: number[]) => rs.map((r) => cols.map((c) => r[c]));
const sorted = (xs: unknown[]) => [...xs].map(String).sort();
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

describe('Strava variants', () => {
  const sessions = athlete(STRAVA_MIX);
  const english = stravaExport(sessions);
  const original = plan(english.text);

  it('reads a German export: localised headers, dates like 21.07.2026, 15:09:27, decimal commas', () => {
    const german = stravaExport(sessions, { language: 'de' });
    const [header, first] = csvRecords(german.text);
    expect([header[1], first[1], first[6]]).toEqual(['Aktivitätsdatum', expect.stringMatching(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d$/), expect.stringMatching(/^\d+,\d\d$/)]);
    const p = plan(german.text);
    expect([p.rows.length, p.warnings]).toEqual([sessions.length, []]);
    expect(p.rows).toEqual(original.rows);
  });

  it('reads headers in a language it has no names for by the fixed layout of the columns', () => {
    const [header, ...rows] = csvRecords(english.text);
    const renamed = header.map((h) => `Colonne ${h.length}${h[0]}`); // duplicates stay duplicates
    expect(new Set(renamed).size).toBeLessThan(renamed.length);
    expect(plan(writeCsv(renamed, rows)).rows).toEqual(original.rows);
  });

  it.each([99, 101, 103] as const)('reads newer exports with more columns before Media (%i columns)', (columns) => {
    const wide = stravaExport(sessions, { columns });
    expect(csvRecords(wide.text)[0]).toHaveLength(columns);
    expect(plan(wide.text).rows).toEqual(original.rows);
  });

  it.each(['span', 'bare'] as const)('unwraps headers wrapped in translation_missing markup (%s)', (style) => {
    const wrapped = stravaExport(sessions, { wrap: { style, columns: (i) => i === 16 || i >= 43 } });
    expect(csvRecords(wrapped.text)[0][16]).toContain('translation missing: en-');
    expect(plan(wrapped.text).rows).toEqual(original.rows);
  });

  it('takes the elapsed time of a session whose moving time is under a tenth of it (pool swims synced with 3 s moving, seen in a real export)', () => {
    const swimmer = athlete({ ...STRAVA_MIX, perWeek: { ...STRAVA_MIX.perWeek, swim: 1 } }).slice(0, 200);
    const { text, records } = stravaExport(swimmer);
    const [header, ...rows] = csvRecords(text);
    const moving = header.indexOf('Moving Time');
    const swims = records.filter((r) => r.session.sport === 'swim');
    expect(swims.length).toBeGreaterThan(5);
    const p = plan(writeCsv(header, rows.map((r, i) => (records[i].session.sport === 'swim' ? r.map((c, j) => (j === moving ? '3.0' : c)) : r))));
    expect(sorted(p.rows.filter((r) => r[TYPE] === 'Swim').map((r) => r[DURATION]))).toEqual(sorted(swims.map((r) => round(r.elapsedSeconds / 60, 1))));
    expect(p.rows.filter((r) => r[TYPE] !== 'Swim')).toEqual(plan(stravaExport(swimmer.filter((s) => s.sport !== 'swim')).text).rows);
  });

  it('reads pre-2019 exports: id,date,name,type,… with ISO UTC dates, elapsed seconds and metres', () => {
    const old = stravaExport(sessions, { pre2019: true });
    expect(csvRecords(old.text)[0].slice(0, 4)).toEqual(['id', 'date', 'name', 'type']);
    const p = plan(old.text);
    expect(pick(p.rows, [DATE, TYPE, DISTANCE])).toEqual(pick(original.rows, [DATE, TYPE, DISTANCE]));
    expect(sorted(p.rows.map((r) => r[DURATION]))).toEqual(sorted(old.records.map((r) => round(r.elapsedSeconds / 60, 1))));
  });

  it('skips, and names, rows whose date it cannot read, and leaves out-of-range values blank', () => {
    const [header, ...rows] = csvRecords(english.text);
    const broken = rows.slice(0, 3).map((r) => r.map((c, i) => (i === 4 ? '' : c))); // one line each
    broken[0][1] = '6 févr. 2022, 10:00:00';
    broken[1][STRAVA_HEADER.indexOf('Perceived Exertion')] = '15.0';
    const p = plan(writeCsv(header, broken));
    expect([p.rows.length, p.skipped]).toEqual([2, 1]);
    expect(p.warnings).toEqual([
      'Skipped: Activity Date is not a date this importer reads (line 2; e.g. "6 févr. 2022, 10:00:00")',
      'RPE outside RPE 1–10 — left blank (line 3; e.g. "15.0")',
    ]);
  });
});

describe('Garmin variants', () => {
  const sessions = athlete(GARMIN_MIX);
  const original = (unit: Unit) => plan(garminExport(sessions).text, unit);

  it('reads unquoted exports without Favorite that write --:--:-- for a missing time', () => {
    const unquoted = garminExport(sessions, { unquoted: true });
    const [header, ...rows] = csvRecords(unquoted.text);
    expect(header).not.toContain('Favorite');
    expect(unquoted.text).not.toContain('"');
    expect(rows.filter((r) => r[header.indexOf('Time')] === '--:--:--').length).toBeGreaterThan(5);
    const p = plan(unquoted.text, 'mi');
    expect(pick(p.rows, [DATE, TYPE, DISTANCE])).toEqual(pick(original('mi').rows, [DATE, TYPE, DISTANCE]));
    expect(sorted(p.rows.map((r) => r[DURATION]))).toEqual(sorted(unquoted.records.map((r) => (r.seconds === undefined ? '' : round(r.seconds / 60, 1)))));
    expect(sorted(p.rows.map((r) => r[NOTES]))).toEqual(sorted(unquoted.records.map((r) => r.session.name.replace(/[,"]/g, '').trim())));
  });

  it('reads a Danish export: localised headers and types, km with decimal commas', () => {
    const danishSessions = sessions.filter((s) => GARMIN_LANGUAGES.da.types[s.sport]);
    const danish = garminExport(danishSessions, { language: 'da' });
    expect(danish.text.startsWith('Aktivitetstype,Dato,Favorit,Titel,')).toBe(true);
    const p = plan(danish.text, 'km');
    const expected = plan(garminExport(danishSessions).text, 'km');
    expect(pick(p.rows, [DATE, TYPE, DURATION])).toEqual(pick(expected.rows, [DATE, TYPE, DURATION]));
    expect(sorted(p.rows.map((r) => r[DISTANCE]))).toEqual(sorted(danish.records.map((r) => (r.metres === undefined ? '' : round(r.metres / 1000, 2)))));
    // Steps ("Skridt") × stride length tell the account's km: no warning about the unit.
    expect(p.warnings.filter((w) => w.includes('unit'))).toEqual([]);
  });

  it.each<['mi' | 'km']>([['mi'], ['km']])('tells a %s account without stride columns by the paces of its runs, walks and rides', (account) => {
    const { text, records } = garminExport(sessions, { noStrides: true, unit: account });
    for (const log of ['mi', 'km'] as const) {
      const p = plan(text, log);
      expect(p.warnings.filter((w) => w.includes('unit'))).toEqual([]);
      const inLog = (metres: number) => round(metres / (log === 'km' ? 1000 : 1609.344), 2);
      expect(sorted(p.rows.map((r) => r[DISTANCE]))).toEqual(sorted(records.map((r) => (r.metres === undefined ? '' : inLog(r.metres)))));
    }
    // With no Log unit given, the account's own is the import's, and the plan says how it was told.
    const own = planImport(text, { tz: new TimeZone('Etc/UTC') });
    expect([own.unit, own.unitWhy]).toEqual([account, "the export's own (told by the paces of its runs, walks and rides): neither the Log's header nor Settings state one"]);
    // Pool swims ("1,347") are in yards in a miles account, metres in a km one; the preview says so.
    expect(records.some((r) => r.session.sport === 'swim')).toBe(true);
    expect(own.exportUnits).toEqual([`the export's distances in ${account}: told by the paces of its runs, walks and rides`,
      `its pool swims in ${account === 'mi' ? 'yards' : 'metres'}, as Garmin writes them for a ${account === 'mi' ? 'miles' : 'km'} account (open water in ${account})`]);
  });

  it('tells the unit by the strides of sessions that kept moving, not of stop-and-go ones (seen in a real export)', () => {
    const { text, records } = garminExport(sessions, { unit: 'km' });
    const [header, ...rows] = csvRecords(text);
    const col = (name: string) => header.indexOf(name);
    const clock = (t: number) => [t / 3600, (t / 60) % 60, t % 60].map((n) => String(Math.floor(n)).padStart(2, '0')).join(':');
    // Two in three sessions on foot moved half their time and took 60 % more steps than their stride length covers.
    let onFoot = 0;
    const stopAndGo = rows.map((r, i) => {
      const s = records[i].session;
      if (!['run', 'trail_run', 'walk'].includes(s.sport) || onFoot++ % 3 === 0) return r;
      const steps = Math.round(Number(r[col('Steps')].replace(/,/g, '')) * 1.6).toLocaleString('en-US');
      return r.map((c, j) => (j === col('Moving Time') ? clock(Math.round(s.movingSeconds / 2)) : j === col('Steps') ? steps : c));
    });
    expect(onFoot).toBeGreaterThan(20);
    const p = plan(writeCsv(header, stopAndGo), 'km');
    expect(p.exportUnits[0]).toBe("the export's distances in km: told by steps × stride length");
    expect(sorted(p.rows.map((r) => r[DISTANCE]))).toEqual(sorted(records.map((r) => (r.metres === undefined ? '' : round(r.metres / 1000, 2)))));
  });

  it('quotes the file\'s own text of a value it leaves out, not the converted one', () => {
    const [header, ...rows] = csvRecords(garminExport(sessions).text);
    const at = rows.findIndex((r) => r[0] === 'Running');
    rows[at][header.indexOf('Distance')] = '1,638';
    const p = plan(writeCsv(header, rows), 'km');
    expect(p.warnings).toContain(`Distance outside 0–1000 — left blank (line ${at + 2}; e.g. "1,638")`);
  });

  describe('a type nothing names', () => {
    const { text, records } = garminExport(sessions);
    const [header, ...rows] = csvRecords(text);
    const col = (name: string) => header.indexOf(name);
    /** The export with every row of `sports` typed "Other", and `blank` columns emptied on those rows. */
    const asOther = (sports: string[], blank: string[] = []) => writeCsv(header, rows.map((r, i) => (sports.includes(records[i].session.sport)
      ? r.map((c, j) => (j === col('Activity Type') ? 'Other' : blank.some((b) => col(b) === j) ? '--' : c)) : r)));
    const count = (sports: string[]) => records.filter((r) => sports.includes(r.session.sport)).length;

    it('is a run when its cadence is a run\'s; a walking cadence decides nothing', () => {
      const p = plan(asOther(['run', 'trail_run', 'walk']), 'mi');
      expect(p.runsFromData).toEqual([{ type: 'Other', count: count(['run', 'trail_run']), why: 'a running cadence (140–210 steps a minute)' }]);
      expect(p.unknownTypes.filter((t) => t.type === 'Other')).toEqual([{ type: 'Other', count: count(['walk']) }]);
      expect(p.rows.filter((r) => r[TYPE] === 'Run')).toHaveLength(count(['run', 'trail_run']));
    });

    it('reads the cadence under the header a list filtered for rides gives it (Avg Bike Cadence holds a run\'s steps)', () => {
      const p = plan(asOther(['run', 'ride'], ['Steps']).replace('Avg Run Cadence', 'Avg Bike Cadence'), 'mi');
      expect(p.runsFromData).toEqual([{ type: 'Other', count: count(['run']), why: 'a running cadence (140–210 steps a minute)' }]);
      expect(p.unknownTypes.filter((t) => t.type === 'Other')).toEqual([{ type: 'Other', count: count(['ride']) }]);
    });

    it('without cadence or steps, is a run when its pace is a run\'s written as a pace; a ride\'s speed decides nothing', () => {
      const p = plan(asOther(['run', 'ride'], ['Avg Run Cadence', 'Steps']), 'mi');
      expect(p.runsFromData).toEqual([{ type: 'Other', count: count(['run']), why: 'a running pace (2:30–7:30 min/km, written as a pace, not a speed)' }]);
      expect(p.unknownTypes.filter((t) => t.type === 'Other')).toEqual([{ type: 'Other', count: count(['ride']) }]);
    });

    it('is never a run when it names a sport outside the session types, nor when the runner mapped it', () => {
      const skiing = writeCsv(header, rows.map((r, i) => (records[i].session.sport === 'run' ? r.map((c, j) => (j === 0 ? 'Resort Skiing' : c)) : r)));
      expect(plan(skiing, 'mi').runsFromData).toEqual([]);
      const typeMap = { kinds: new Map([['other', 'bike' as const]]), problems: [] };
      const mapped = planImport(asOther(['run']), { tz, unit: 'mi', typeMap });
      expect([mapped.runsFromData, mapped.rows.filter((r) => r[TYPE] === 'Bike').length]).toEqual([[], count(['run', 'ride'])]);
    });

    it('is a run in a Strava export by its steps a minute, not by its one-foot cadence', () => {
      const strava = stravaExport(athlete(STRAVA_MIX));
      const [sh, ...srows] = csvRecords(strava.text);
      const other = writeCsv(sh, srows.map((r, i) => (['run', 'walk'].includes(strava.records[i].session.sport) ? r.map((c, j) => (j === 3 ? 'Other' : c)) : r)));
      const p = plan(other, 'mi');
      const n = (sport: string) => strava.records.filter((r) => r.session.sport === sport).length;
      expect(p.runsFromData).toEqual([{ type: 'Other', count: n('run'), why: 'a running cadence (140–210 steps a minute)' }]);
      expect(p.unknownTypes).toEqual([{ type: 'Other', count: n('walk') }]);
    });
  });

  it.each(Object.keys(GARMIN_LANGUAGES))('reads the %s pool swims of a miles account in yards and of a km account in metres', (language) => {
    const words = GARMIN_LANGUAGES[language].types;
    for (const account of ['mi', 'km'] as const) {
      const { text, records } = garminExport(sessions.filter((s) => words[s.sport]), { language, unit: account });
      const swims = records.filter((r) => r.session.sport === 'swim');
      expect(swims.length).toBeGreaterThan(1);
      const p = plan(text, 'km');
      expect(sorted(p.rows.filter((r) => r[TYPE] === 'Swim').map((r) => r[DISTANCE]))).toEqual(sorted(swims.map((r) => round(r.metres! / 1000, 2))));
    }
  });

  it('tells no unit by the paces of fewer than three sessions: a non-English export is then in km (a real Finnish one read as miles)', () => {
    const finnish = ['Suorituksen tyyppi,Päiväys,Suosikki,Otsikko,Matka,Kalorit,Aika,Training Stress Score®',
      'Pyöräily,2019-07-23 11:16:00,false,"Retki","85.00","2,505","08:21:00","0.0"', 'Juoksu,2019-07-22 11:14:00,false,"Hölkkä","12.00","1,253","02:05:15","0.0"'].join('\n');
    for (const log of ['mi', 'km'] as const) {
      const p = plan(finnish, log);
      expect(p.exportUnits[0]).toBe("the export's distances in km: not stated in the file");
      expect(sorted(p.rows.map((r) => r[DISTANCE]))).toEqual(sorted(log === 'km' ? [12, 85] : [7.46, 52.82]));
    }
  });

  it('says so when nothing tells the unit: no steps, no runs, walks or rides', () => {
    const strength = sessions.filter((s) => s.sport === 'weights' || s.sport === 'swim');
    const p = plan(garminExport(strength, { noStrides: true }).text, 'km');
    expect(p.warnings[0]).toBe("Garmin's export does not state its distance unit, and neither steps × stride length nor the paces of its runs, walks and rides tell it clearly: distances read as km");
  });
});

describe('intervals.icu wellness scales', () => {
  // intervals.icu: 1 = best … 4 = worst. The Log: Mood 5 = best, Soreness 5 = worst.
  const MOOD_SCALE: Record<number, number> = { 1: 5, 2: 4, 3: 2, 4: 1 };
  const SORENESS_SCALE: Record<number, number> = { 1: 1, 2: 2, 3: 4, 4: 5 };

  it('maps mood and soreness onto the Log\'s 1–5 scales, best to best and worst to worst', () => {
    const text = ['date,restingHR,hrv,sleepSecs,soreness,fatigue,stress,mood',
      ...[1, 2, 3, 4].map((v) => `2026-01-0${v},50,60,27000,${v},2,2,${5 - v}`)].join('\n');
    const p = plan(text);
    expect(p.rows.map((r) => [r[DATE], r[MOOD], r[SORENESS]])).toEqual(
      [1, 2, 3, 4].map((v) => [`2026-01-0${v}`, MOOD_SCALE[5 - v], SORENESS_SCALE[v]]));
    expect(p.rows[0].slice(5, 8)).toEqual([7.5, 60, 50]);
  });

  it('leaves a rating outside 1–4 blank and says so; a day with nothing to fill is skipped', () => {
    const p = plan('date,restingHR,soreness,mood,weight\n2026-01-01,50,5,1,70\n2026-01-02,,,,71\n');
    expect([p.rows, p.skipped]).toEqual([[['2026-01-01', '', '', '', '', '', '', 50, 5, '', '', '', '', '']], 1]);
    expect(p.warnings).toEqual([
      'soreness outside intervals.icu\'s 1–4 — left blank (line 2; e.g. "5")',
      'Skipped: no sleep, HRV, resting HR, mood or soreness on this day (line 3)',
    ]);
  });
});

describe('files that are no export', () => {
  it.each([
    ['Name,Value\nfoo,1', 'This file\'s columns ("Name", "Value", …) are not those of an export this importer reads'],
    ['', 'The file is empty'],
  ])('refuses %j with a message that says what it reads', (text, message) => {
    expect(() => plan(text)).toThrow(ImportError);
    expect(() => plan(text)).toThrow(message);
  });
});
