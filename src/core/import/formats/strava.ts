// Strava's bulk export `activities.csv`. Since 2019 its layout is fixed across languages: columns 5
// and 15 are both "Elapsed Time", 6 and 17 both "Distance" (the first in km with the viewer's
// decimal mark, the second in metres), 16 "Moving Time", 20 "Elevation Gain" (metres), 31 "Average
// Heart Rate", 43 "Perceived Exertion" (1–10); newer exports only
// add columns before "Media" at the end. Headers are found by name (English, German, or unwrapped
// from translation-missing markup) and, failing that, by that layout. Pre-2019 exports are
// `id,date,name,type,description,elapsed_time,distance,…` with metres. Activity dates are UTC.

import { ImportError } from '../../errors';
import { CsvTable } from '../csv';
import { inZone } from '../dates';
import { findColumn } from '../headers';
import { Activity, ReadContext, SourceFormat, columnOf, readActivities, rowValues } from '../source';
import { kindWithMap } from '../../log/typeMap';
import { runFromData } from '../runFromData';

const NAMES = {
  id: ['activity id', 'aktivitäts-id', 'id'],
  date: ['activity date', 'aktivitätsdatum', 'date'],
  name: ['activity name', 'name der aktivität', 'name'],
  type: ['activity type', 'aktivitätsart', 'type'],
  elapsed: ['elapsed time', 'verstrichene zeit', 'elapsed_time'],
  moving: ['moving time', 'bewegungszeit'],
  distance: ['distance', 'distanz'],
  rpe: ['perceived exertion', 'gefühlte anstrengung'],
  hr: ['average heart rate', 'durchschnittliche herzfrequenz'],
  ascent: ['elevation gain', 'höhenzunahme', 'höhenmeter bergauf'],
  // Steps over time, both feet ("Average Cadence" is one foot's, alike for runs and rides).
  steps: ['total steps', 'schritte insgesamt'],
};
const LAYOUT = { date: 1, name: 2, type: 3, elapsed: 15, moving: 16, metres: 17, ascent: 20, hr: 31, rpe: 43, steps: 85 };

/** The duplicate-column signature of the post-2019 layout, whatever the language. */
const hasLayout = (h: readonly string[]): boolean => h.length > LAYOUT.rpe && h[5] === h[15] && h[6] === h[17];
const isPre2019 = (h: readonly string[]): boolean => h[0] === 'id' && h[1] === 'date' && h.includes('elapsed_time');

export const strava: SourceFormat = {
  id: 'strava',
  name: 'Strava activities (activities.csv)',
  detect: (h) => hasLayout(h) || isPre2019(h) || (NAMES.id.includes(h[0]) && NAMES.date.includes(h[1]) && h.some((c) => NAMES.type.includes(c))),

  read(table: CsvTable, h: readonly string[], ctx: ReadContext): Activity[] {
    const layout = hasLayout(h);
    const at = (names: readonly string[], position: number, occurrence = 1) =>
      findColumn(h, names, occurrence) ?? (layout ? position : undefined);
    // The first "Distance" is km written with the viewer's decimal mark; the second, metres.
    let metresAt = findColumn(h, NAMES.distance, 2) ?? (layout ? LAYOUT.metres : undefined);
    let kmAt: number | undefined;
    if (metresAt === undefined) {
      if (isPre2019(h)) metresAt = findColumn(h, NAMES.distance);
      else kmAt = findColumn(h, NAMES.distance);
    }
    if (kmAt !== undefined) ctx.warnings.add('This Strava export has one Distance column: read as kilometres');

    const english = h[1] === 'activity date' || isPre2019(h);
    const mark = english ? '.' : ',';
    const col = (index: number | undefined, what: string) => columnOf(table, index, what, ctx, mark);
    const date = col(at(NAMES.date, LAYOUT.date), 'Activity Date');
    const type = col(at(NAMES.type, LAYOUT.type), 'Activity Type');
    if (!date || !type) throw new ImportError('This Strava export has no Activity Date or no Activity Type column.');
    const name = col(at(NAMES.name, LAYOUT.name), 'Activity Name');
    const moving = col(at(NAMES.moving, LAYOUT.moving), 'Moving Time');
    const elapsed = col(findColumn(h, NAMES.elapsed, 2) ?? at(NAMES.elapsed, LAYOUT.elapsed), 'Elapsed Time');
    const metres = col(metresAt, 'Distance');
    const km = col(kmAt, 'Distance');
    const rpe = col(at(NAMES.rpe, LAYOUT.rpe), 'Perceived Exertion');
    const hr = col(at(NAMES.hr, LAYOUT.hr), 'Average Heart Rate');
    const ascent = col(at(NAMES.ascent, LAYOUT.ascent), 'Elevation Gain');
    const steps = col(at(NAMES.steps, LAYOUT.steps), 'Total Steps');

    return readActivities(table, ctx, date, type, (w) => inZone(w, ctx.tz), (r, typeText) => {
      const v = rowValues(r);
      const kmValue = v.number(km, 'distance');
      // A moving time under a tenth of the elapsed one is a recording fault (pool swims synced with
      // 3 s moving for an hour's swim, seen in a real export): the elapsed time is the session's.
      const [m, e] = [moving?.seconds(r), elapsed?.seconds(r)];
      const seconds = m && !(e && m < e / 10) ? v.seconds(moving, 'duration') : v.seconds(elapsed, 'duration');
      const kind = kindWithMap(typeText, ctx.typeMap);
      const n = kind === undefined ? steps?.number(r) : undefined;
      return {
        name: name?.text(r) || undefined,
        seconds,
        metres: metres ? v.number(metres, 'distance') : kmValue === undefined ? undefined : kmValue * 1000,
        rpe: v.number(rpe, 'rpe'),
        avgHr: v.number(hr, 'avgHr'),
        ascentMetres: v.number(ascent, 'elevation'),
        runBy: n && seconds ? runFromData(typeText, kind, { stepsPerMinute: n / (seconds / 60) }) : undefined,
        written: v.written,
      };
    });
  },
};
