// The season plan as the Season tab asks for it: the form's request validated with zod, the Log's
// values, and back the table SEASON_PLAN gives for the same arguments (dates as ISO text).

import { Day, TimeZone, WEEKDAYS, isoFromDay } from '../core/days';
import { FormulaError, RunnerError } from '../core/errors';
import { dayFromIsoText } from '../core/log/cells';
import { readLog } from '../core/log/readLog';
import { seasonFromLog } from '../core/planner/fromLog';
import { FRESH_ZONE, seasonRows } from '../core/planner/seasonTable';
import { DEFAULT_RACE_DISTANCE, formatRaceDistance, raceDistanceIn, readRaceDistance } from '../core/raceDistance';
import { DEFAULT_CUTBACK_CYCLE } from '../core/cutbackCycle';
import { unitOfLog } from '../core/units';
import { requestProblem } from './requestProblem';
import { SidebarSeason, seasonRequestSchema, seasonRowSchema } from './sidebarContract';

/** How the planner's errors name the Season tab. */
const CALLER = 'Season plan';

/**
 * The season to the request's race day from the log.
 * @throws RunnerError naming the field when the request is not readable, or saying why the log and
 * the race date give no season (a race before the log's last day, or more than a year ahead).
 */
export function seasonForSidebar(request: unknown, logValues: unknown[][], tz: TimeZone, today: Day): SidebarSeason {
  const parsed = seasonRequestSchema.safeParse(request ?? {});
  if (!parsed.success) throw requestProblem(CALLER, parsed.error, request, Object.keys(seasonRequestSchema.shape));
  const r = parsed.data;
  const unit = unitOfLog(logValues);
  const distance = r.raceDistance === undefined ? DEFAULT_RACE_DISTANCE : readRaceDistance(r.raceDistance)!;
  const cycle = r.cycle ?? DEFAULT_CUTBACK_CYCLE;
  try {
    const season = seasonFromLog(readLog(logValues, tz, CALLER), unit, {
      raceDay: dayFromIsoText(r.raceDate)!,
      raceDistance: raceDistanceIn(distance, unit),
      longRunDay: r.longRunDay === undefined ? undefined : WEEKDAYS.indexOf(r.longRunDay),
      peak: r.peakMiles,
      cycle,
    }, CALLER, today);
    return {
      raceDate: r.raceDate,
      raceDistance: formatRaceDistance(distance),
      cycle,
      unit,
      fresh: FRESH_ZONE,
      // Checked as the insert will check them: what the tab shows is what it can write.
      rows: seasonRows(season, isoFromDay).map((row) => seasonRowSchema.parse(row)),
    };
  } catch (e) {
    // A race date the season cannot reach is the runner's to fix, not a bug: pass the words on.
    if (e instanceof FormulaError) throw new RunnerError(e.message);
    throw e;
  }
}
