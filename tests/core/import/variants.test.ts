// Variants of the real exports that are known in the wild but not in shared/samples/, generated
// from the samples by rewriting headers and values the way those exports write them. Each must
// import to what the original imports to.
import { TimeZone } from '../../../src/core/days';
import { ImportError } from '../../../src/core/errors';
import { planImport } from '../../../src/core/import/planImport';
import { Unit } from '../../../src/core/import/source';
import { LOG_HEADER } from '../../../src/core/log/columns';
import { csvRecords, sample } from '../../support/samples';

const tz = new TimeZone('Europe/Berlin');
const plan = (text: string, unit: Unit = 'km') => planImport(text, { tz, unit });
const toCsv = (records: string[][], quote = true) =>
  records.map((r) => r.map((c) => (quote ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
const [DATE, TYPE, DISTANCE, DURATION, , , , , MOOD, SORENESS, NOTES] = LOG_HEADER.map((_, i) => i);

describe('Strava variants', () => {
  const [header, ...rows] = csvRecords(sample('strava-activities.csv'));
  const original = plan(sample('strava-activities.csv'));
  const MONTH = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const pad = (n: number | string) => String(n).padStart(2, '0');
  /** "Oct 6, 2022, 11:19:20 PM" → [y, m, d, h, min, s] (24 h). */
  const parts = (s: string) => {
    const [, mon, d, y, h, m, sec, ampm] = /^(\w{3}) (\d+), (\d{4}), (\d+):(\d+):(\d+) ([AP]M)$/.exec(s)!;
    return [y, pad(MONTH.indexOf(mon) + 1), pad(d), pad((Number(h) % 12) + (ampm === 'PM' ? 12 : 0)), m, sec];
  };

  it('reads a German export: localised headers, dates like 21.07.2026, 15:09:27, decimal commas', () => {
    const DE: Record<number, string> = {
      0: 'Aktivitäts-ID', 1: 'Aktivitätsdatum', 2: 'Name der Aktivität', 3: 'Aktivitätsart', 4: 'Aktivitätsbeschreibung',
      5: 'Verstrichene Zeit', 6: 'Distanz', 15: 'Verstrichene Zeit', 16: 'Bewegungszeit', 17: 'Distanz', 43: 'Gefühlte Anstrengung', 44: 'Art',
    };
    const TYPE_DE: Record<string, string> = { Run: 'Lauf', Walk: 'Spaziergang', Hike: 'Wanderung', 'Weight Training': 'Krafttraining', Workout: 'Workout' };
    const comma = (s: string) => s.replace('.', ',');
    const german = [header.map((h, i) => DE[i] ?? h), ...rows.map((r) => r.map((c, i) => {
      if (i === 1) {
        const [y, m, d, h, min, s] = parts(c);
        return `${d}.${m}.${y}, ${h}:${min}:${s}`;
      }
      if (i === 3) return TYPE_DE[c];
      return [6, 15, 16, 17, 43].includes(i) ? comma(c) : c;
    }))];
    expect(german[1][6]).toMatch(/^\d+,\d+$|^0$/);
    const p = plan(toCsv(german));
    expect([p.rows.length, p.warnings]).toEqual([610, []]);
    expect(p.rows).toEqual(original.rows);
  });

  it('reads headers in a language it has no names for by the fixed layout of the columns', () => {
    const renamed = header.map((h) => `Colonne ${h.length}${h[0]}`); // duplicates stay duplicates
    expect(new Set(renamed).size).toBeLessThan(renamed.length);
    expect(plan(toCsv([renamed, ...rows])).rows).toEqual(original.rows);
  });

  it('reads newer exports with more columns before Media (103 columns)', () => {
    const extra = ['Recovery', 'With Pet', 'Competition', 'Long Run', 'For a Cause', 'With Kid', 'Downhill Distance', 'Total Sets', 'Total Reps'];
    const at = header.length - 1;
    const wide = [[...header.slice(0, at), ...extra, 'Media'], ...rows.map((r) => [...r.slice(0, at), '', 'false', '1.0', '2.0', '', '', '999.0', '3', '12', r[at]])];
    expect(wide[0]).toHaveLength(103);
    expect(plan(toCsv(wide)).rows).toEqual(original.rows);
  });

  it('unwraps headers wrapped in translation_missing markup, also as bare text', () => {
    const key = (h: string) => h.toLowerCase().replace(/ /g, '_');
    const span = (h: string) => `<span class="translation_missing" title="translation missing: en-US.lib.export.portability_exporter.activities.horton_values.${key(h)}">${h}</span>`;
    const bare = (h: string) => `translation missing: en-GB.lib.export.portability_exporter.activities.horton_values.${key(h)}`;
    for (const wrap of [span, bare]) {
      const wrapped = header.map((h, i) => (i === 16 || i >= 43 ? wrap(h) : h));
      expect(plan(toCsv([wrapped, ...rows])).rows).toEqual(original.rows);
    }
  });

  it('reads pre-2019 exports: id,date,name,type,… with ISO UTC dates, elapsed seconds and metres', () => {
    const old = [['id', 'date', 'name', 'type', 'description', 'elapsed_time', 'distance', 'commute', 'gear', 'filename'],
      ...rows.map((r) => {
        const [y, m, d, h, min, s] = parts(r[1]);
        return [r[0], `${y}-${m}-${d} ${h}:${min}:${s}`, r[2], r[3], r[4], r[15], r[17], r[9], r[11], r[12]];
      })];
    const p = plan(toCsv(old));
    const pick = (rs: (string | number)[][], cols: number[]) => rs.map((r) => cols.map((c) => r[c]));
    expect(pick(p.rows, [DATE, TYPE, DISTANCE])).toEqual(pick(original.rows, [DATE, TYPE, DISTANCE]));
    const minutes = (r: string[]) => Math.round((Number(r[15]) / 60) * 10) / 10;
    expect([...p.rows.map((r) => r[DURATION])].sort()).toEqual(rows.map(minutes).sort());
  });

  it('skips, and names, rows whose date it cannot read, and leaves out-of-range values blank', () => {
    const broken = rows.slice(0, 3).map((r) => [...r]);
    broken[0][1] = '6 févr. 2022, 10:00:00';
    broken[1][43] = '15.0';
    const p = plan(toCsv([header, ...broken]));
    expect([p.rows.length, p.skipped]).toEqual([2, 1]);
    expect(p.warnings).toEqual([
      'Skipped: Activity Date is not a date this importer reads (line 2; e.g. "6 févr. 2022, 10:00:00")',
      'RPE outside RPE 1–10 — left blank (line 3; e.g. "15")',
    ]);
  });
});

describe('Garmin variants', () => {
  const [header, ...rows] = csvRecords(sample('garmin-activities.csv'));
  const original = (unit: Unit) => plan(sample('garmin-activities.csv'), unit);
  const TIME_COLUMNS = ['Time', 'Moving Time', 'Elapsed Time', 'Best Lap Time'].map((h) => header.indexOf(h));

  it('reads unquoted exports without Favorite that write --:--:-- for a missing time', () => {
    const unquoted = [header, ...rows].map((r, k) => r.filter((_, i) => i !== 2).map((c, i0) => {
      const i = i0 >= 2 ? i0 + 1 : i0;
      if (k > 0 && TIME_COLUMNS.includes(i) && (c === '--' || k <= 2)) return '--:--:--';
      return k > 0 && /^\d{1,3}(,\d{3})+$/.test(c) ? c.replace(/,/g, '') : c;
    }));
    expect(unquoted.flat().some((c) => c.includes(','))).toBe(false);
    const p = plan(toCsv(unquoted, false), 'mi');
    const expected = original('mi').rows.map((r) => [...r]);
    // The first two data rows (the newest) lost their time.
    for (const r of expected) if (rows.slice(0, 2).some((x) => x[1].startsWith(String(r[DATE])) && x[3] === r[NOTES])) r[DURATION] = '';
    expect(p.rows).toEqual(expected);
  });

  it('reads a Danish export: localised headers and types, km with decimal commas', () => {
    const DA: Record<string, string> = {
      'Activity Type': 'Aktivitetstype', Date: 'Dato', Favorite: 'Favorit', Title: 'Titel', Calories: 'Kalorier', Time: 'Tid',
      Steps: 'Skridt', 'Avg Stride Length': 'Gns. skridtlængde',
    };
    const TYPE_DA: Record<string, string> = { Running: 'Løb', Cycling: 'Cykling', Walking: 'Gang', 'Indoor Rowing': 'Indendørs roning' };
    const distanceAt = header.indexOf('Distance');
    const danish = [header.map((h) => DA[h] ?? h), ...rows.map((r) => r.map((c, i) => {
      if (i === 0) return TYPE_DA[c] ?? c;
      if (i === distanceAt && c !== '--') return (Number(c) * 1.609344).toFixed(2).replace('.', ',');
      if (TIME_COLUMNS.includes(i)) return c.replace('.', ',');
      return /^\d{1,3}(,\d{3})+$/.test(c) ? c.replace(/,/g, '.') : c;
    }))];
    const p = plan(toCsv(danish), 'km');
    const expected = original('km');
    expect(p.rows.map((r) => [r[DATE], r[TYPE], r[DURATION]])).toEqual(expected.rows.map((r) => [r[DATE], r[TYPE], r[DURATION]]));
    p.rows.forEach((r, i) => expect(Math.abs(Number(r[DISTANCE]) - Number(expected.rows[i][DISTANCE]))).toBeLessThanOrEqual(0.011));
    expect(p.warnings[0]).toBe("Garmin's export does not state its distance unit and has no runs with steps and stride length to tell: distances read as km");
  });

  it('reads an English export without stride columns in the tracker\'s unit, and says so', () => {
    const drop = ['Steps', 'Avg Stride Length'].map((h) => header.indexOf(h));
    const p = plan(toCsv([header, ...rows].map((r) => r.filter((_, i) => !drop.includes(i)))), 'km');
    expect(p.warnings[0]).toContain('distances read as km');
    expect(p.rows.map((r) => r[DISTANCE])).toEqual(original('mi').rows.map((r) => r[DISTANCE]));
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
    expect([p.rows, p.skipped]).toEqual([[['2026-01-01', '', '', '', '', '', '', 50, 5, '', '']], 1]);
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
