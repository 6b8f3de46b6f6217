// intervals.icu's activities CSV (Activities → ⋮ → Download CSV): one row per activity,
// `start_date_local` in the athlete's local time, `moving_time` in seconds, `distance` in metres,
// `icu_rpe` 1–10, `race` true/false, `average_heartrate`, `total_elevation_gain` in metres.

import { CsvTable } from '../csv';
import { asWritten } from '../dates';
import { findColumn } from '../headers';
import { Activity, ReadContext, SourceFormat, columnOf, readActivities, rowValues } from '../source';

export const intervalsActivities: SourceFormat = {
  id: 'intervals-activities',
  name: 'intervals.icu activities',
  detect: (h) => h.includes('start_date_local') && h.includes('type') && (h.includes('moving_time') || h.includes('elapsed_time')),

  read(table: CsvTable, h: readonly string[], ctx: ReadContext): Activity[] {
    const col = (name: string) => columnOf(table, findColumn(h, [name]), name, ctx, '.');
    const [date, type, name, moving, elapsed, distance, rpe, race, hr, ascent] =
      ['start_date_local', 'type', 'name', 'moving_time', 'elapsed_time', 'distance', 'icu_rpe', 'race', 'average_heartrate', 'total_elevation_gain'].map(col);
    return readActivities(table, ctx, date!, type!, asWritten, (r) => {
      const v = rowValues(r);
      return {
        name: name?.text(r) || undefined,
        seconds: v.seconds(moving, 'duration') || v.seconds(elapsed, 'duration'),
        metres: v.number(distance, 'distance'),
        rpe: v.number(rpe, 'rpe'),
        avgHr: v.number(hr, 'avgHr'),
        ascentMetres: v.number(ascent, 'elevation'),
        race: race?.text(r).toLowerCase() === 'true',
        written: v.written,
      };
    });
  },
};
