// Every layout and language the generators write, imported through the built dist/Code.js into a
// miles Log and a km Log (scripts/exports/check.ts, as `npm run test:exports` does for real files),
// checked against the records the generator says it wrote — not against the import code: every
// session on its day, the runs and their distance, the Log's unit, and nothing more the second time.
import { checkInUnit } from '../../scripts/exports/check';
import { Entry, Reading, Source } from '../../scripts/exports/reading';
import { readBundle } from '../support/bundle';
import { GARMIN_MIX, INTERVALS_MIX, STRAVA_MIX, athlete } from '../fixtures/athletes';
import { dayIn } from '../fixtures/clock';
import { GARMIN_LANGUAGES, GarminOptions, garminExport } from '../fixtures/garmin';
import { intervalsActivitiesExport } from '../fixtures/intervals';
import { LOG_TYPE, Session, isRun } from '../fixtures/sessions';
import { TimeZone } from '../../src/core/days';
import { planImport } from '../../src/core/import/planImport';
import { LOG_HEADER } from '../../src/core/log/columns';
import { StravaOptions, stravaExport } from '../fixtures/strava';

const code = readBundle();

interface Written { session: Session; type: string; metres?: number; seconds?: number; race?: boolean }
interface Case { source: Source; zone: string; text: string; records: Written[]; day(r: Written): string }

/** What the generator wrote, as the checker's reading of a file. */
const reading = (c: Case): Reading => ({
  source: c.source,
  rows: c.records.length,
  entries: c.records.map((r, row): Entry => ({ row, day: c.day(r), type: r.type, run: isRun(r.session.sport), metres: r.metres, seconds: r.seconds })),
  unreadable: [],
});

/** Garmin's athlete, hiking and on a treadmill too: every sport the languages have a word for. */
const garminSessions = athlete({ ...GARMIN_MIX, perWeek: { ...GARMIN_MIX.perWeek, hike: 0.3, treadmill: 0.5 } });
function garmin(opts: GarminOptions): Case {
  const words = GARMIN_LANGUAGES[opts.language ?? 'en'].types;
  const { text, records } = garminExport(garminSessions.filter((s) => words[s.sport]), opts);
  return { source: 'garmin', zone: GARMIN_MIX.zone, text, records, day: (r) => r.session.local.date };
}
const stravaSessions = athlete(STRAVA_MIX).slice(0, 200);
function strava(opts: StravaOptions): Case {
  const { text, records } = stravaExport(stravaSessions, opts);
  // Strava's dates are UTC: the Log's day is the one in the spreadsheet's zone.
  return { source: 'strava', zone: STRAVA_MIX.zone, text, records: records.map((r) => ({ ...r, seconds: r.movingSeconds })), day: (r) => dayIn(r.session.start, STRAVA_MIX.zone) };
}

const CASES: Record<string, Case> = {
  ...Object.fromEntries(Object.keys(GARMIN_LANGUAGES).flatMap((language) => (['mi', 'km'] as const).map((unit) =>
    [`Garmin ${language}, ${unit} account`, garmin({ language, unit })]))),
  'Garmin en, mi account, no Steps column': garmin({ unit: 'mi', noStrides: true }),
  'Garmin en, km account, no Steps column': garmin({ unit: 'km', noStrides: true }),
  'Garmin de, mi account, no Steps column': garmin({ language: 'de', unit: 'mi', noStrides: true }),
  'Garmin pt-BR, km account, no Steps column': garmin({ language: 'pt-BR', unit: 'km', noStrides: true }),
  'Garmin en, older unquoted layout': garmin({ unquoted: true }),
  'Garmin sv, re-saved by a spreadsheet (;, 1.4.2024, no accents)': garmin({ language: 'sv', resaved: true }),
  'Strava bulk export': strava({}),
  'Strava bulk export, German': strava({ language: 'de' }),
  'Strava bulk export, 103 columns, headers in translation markup': strava({ columns: 103, wrap: { style: 'span', columns: (i) => i >= 43 } }),
  'Strava pre-2019 export': strava({ pre2019: true }),
  'intervals.icu activities': (() => {
    const { text, records } = intervalsActivitiesExport(athlete(INTERVALS_MIX));
    return { source: 'intervals-activities', zone: INTERVALS_MIX.zone, text, records: records.map((r) => ({ ...r, seconds: r.movingSeconds })), day: (r) => r.session.local.date } as Case;
  })(),
};

const TYPE = LOG_HEADER.indexOf('Type');
const sorted = (xs: unknown[]) => xs.map(String).sort();

describe.each(Object.entries(CASES))('%s', (_, c) => {
  it('gives every session its type: the session type its sport is, a race as Race, or the export\'s word where none fits', () => {
    const p = planImport(c.text, { tz: new TimeZone(c.zone), unit: 'km' });
    const expected = c.records.map((r) => (r.race && isRun(r.session.sport) ? 'Race' : LOG_TYPE[r.session.sport] ?? r.type));
    expect(sorted(p.rows.map((r) => r[TYPE]))).toEqual(sorted(expected));
  });

  it.each(['mi', 'km'] as const)('imports into a %s Log: every session on its day, the runs and their distance, once', (unit) => {
    const problems: string[] = [];
    const { runs } = checkInUnit(code, c.text, reading(c), unit, c.zone, problems);
    expect(problems).toEqual([]);
    expect(runs).toBeGreaterThan(0);
  });
});
