// SEASON_PLAN's table (coaching.md): one row per planned week; the sidebar's Season tab inserts the same rows.

import { Day } from '../days';
import type { Season } from './season';

export const SEASON_HEADER: readonly string[] = ['Week of', 'Phase', 'Run', 'Long run', 'Quality', 'Strength', 'Fitness', 'Form %', 'Notes'];

// The table's words and bounds live here, apart from the planner itself, so the sidebar's contract can
// check a season row without bundling the planner into dist/Sidebar.html.
export const SEASON_PHASES = ['Base', 'Build', 'Cutback', 'Peak', 'Taper', 'Race', 'Recovery'] as const;
export type SeasonPhase = (typeof SEASON_PHASES)[number];

/** The fresh zone for race day (coaching.md): Form % from +5 to +25. */
export const FRESH_ZONE = { min: 5, max: 25 } as const;
/** A season plans at most this many weeks before race week. */
export const MAX_SEASON_WEEKS = 52;

export type SeasonRowOf<D> = [D, string, number, number | '', number, number, number, number | '', string];

export function seasonRows<D>(season: Season, date: (day: Day) => D): SeasonRowOf<D>[] {
  const rows = season.weeks.map((w): SeasonRowOf<D> => [
    date(w.weekStart), w.phase, w.run, w.long ?? '', w.quality, w.strength, w.fitness, w.formPct ?? '', w.notes.join('; '),
  ]);
  if (rows.length) rows[0][8] = `${season.peakHow}; ${rows[0][8]}`;
  return rows;
}
