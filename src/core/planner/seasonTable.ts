// SEASON_PLAN's table (coaching.md): one row per planned week; the sidebar's Season tab inserts the same rows.

import { Day } from '../days';
import { Season } from './season';

export const SEASON_HEADER: readonly string[] = ['Week of', 'Phase', 'Run', 'Long run', 'Quality', 'Strength', 'Fitness', 'Form %', 'Notes'];

export type SeasonRowOf<D> = [D, string, number, number | '', number, number, number, number | '', string];

export function seasonRows<D>(season: Season, date: (day: Day) => D): SeasonRowOf<D>[] {
  const rows = season.weeks.map((w): SeasonRowOf<D> => [
    date(w.weekStart), w.phase, w.run, w.long ?? '', w.quality, w.strength, w.fitness, w.formPct ?? '', w.notes.join('; '),
  ]);
  if (rows.length) rows[0][8] = `${season.peakHow}; ${rows[0][8]}`;
  return rows;
}
