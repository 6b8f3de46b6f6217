import { WEEKDAYS } from '../../core/days';
import { FormulaError } from '../../core/errors';
import { isBlank } from '../../core/log/cells';
import { readLog } from '../../core/log/readLog';
import { DEFAULT_LONG_RUN_DAY, seasonFromLog } from '../../core/planner/fromLog';
import { SEASON_HEADER, seasonRows } from '../../core/planner/seasonTable';
import { ParamDoc, defineFormula, Table } from './define';
import { LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readTypeMap, readWeekday } from './args';
import { unitOfLog } from '../../core/units';
import { readCycleArg, readDateArg, readRaceDistanceArg, readTargetArg } from './planArgs';

const NAME = 'SEASON_PLAN';

export const RACE_DISTANCE_PARAM: ParamDoc = {
  name: 'race_distance', example: '"100 mi"', optional: true,
  description: 'Optional. The race distance: a number in your log\'s unit, or text "100 mi", "50 km" (default 50 mi). Sets the taper (P17) and the recovery weeks after it (P16).',
};
export const CYCLE_PARAM: ParamDoc = {
  name: 'cycle', example: '"3:1"', optional: true,
  description: 'Optional. The cutback cycle: "3:1" (default: 3 build weeks, then a cutback) or "2:1" (masters runners) (P15).',
};
export const VOLUME_HELP = 'Volume (coaching.md): build weeks min(1.10 × L, 1.25 × T) of your recent weeks (L highest, T median; race and recovery weeks left out); a cutback at 75 % of L every 4th week (3rd with 2:1); taper × 0.70 to × 0.30 by race distance; recovery weeks after a race; long run from your longest recent run (+2 mi or +15 %), 25–45 % of the week, always the longest run; under 20 mi one workout.';

export const SEASON_PLAN = defineFormula({
  name: NAME,
  summary: 'Your season to race day, a row per week: Week of | Phase | Run | Long run | Quality | Strength | Fitness | Form % | Notes, through the race\'s recovery weeks.',
  details: [
    'Phases: Base, Build, Cutback, Peak, Taper, Race, Recovery. Each week is the one SUGGEST_PLAN plans for it (rules P1–P21, docs/planner.md); Quality counts workouts, Strength strength sessions; Notes say which rule set the week and the numbers.',
    VOLUME_HELP,
    'Fitness and Form % are projected from the log\'s last day with TRAINING_LOAD\'s model (planned minutes × the type\'s typical RPE). The race week shows race-day Form % and says whether it lands in the fresh zone (+5 to +25 %) and what would get it there. A race too close for its taper: the taper starts now.',
  ],
  params: [
    LOG_PARAM,
    { name: 'race_date', example: '"2026-05-09"', description: 'Your race day, after the log\'s last day and within a year: a date or YYYY-MM-DD.' },
    RACE_DISTANCE_PARAM,
    { name: 'long_run_day', example: '"Sat"', description: `Optional. The long-run day, "Mon" … "Sun" (default "${WEEKDAYS[DEFAULT_LONG_RUN_DAY]}").`, optional: true },
    { name: 'peak_miles', example: '60', description: 'Optional. The highest week to build to, in your log\'s unit; default 50 mi (70 mi for 100 km and over), at most 1.5 × your level, never below it.', optional: true },
    CYCLE_PARAM,
    TYPE_MAP_PARAM,
  ],
  run(tz, log, raceDate, raceDistance, longRunDay, peak, cycle, typeMap): Table {
    if (isBlank(raceDate)) throw new FormulaError(NAME, 'race_date is required: give your race day as a date cell or text like "2026-05-09"');
    const raceDay = readDateArg(raceDate, 'race_date', tz, NAME)!;
    const unit = unitOfLog(log);
    const request = {
      raceDay,
      raceDistance: readRaceDistanceArg(raceDistance, unit, NAME),
      longRunDay: readWeekday(longRunDay, 'long_run_day', NAME, DEFAULT_LONG_RUN_DAY),
      peak: readTargetArg(peak, 'peak_miles', NAME),
      cycle: readCycleArg(cycle, NAME),
    };
    const season = seasonFromLog(readLog(log, tz, NAME, { typeMap: readTypeMap(typeMap, NAME) }), unit, request, NAME, tz.dayOf(Date.now()));
    return [[...SEASON_HEADER], ...seasonRows(season, (d) => tz.dateOf(d))];
  },
});
