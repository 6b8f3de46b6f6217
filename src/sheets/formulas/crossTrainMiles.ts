import { EQUIVALENCE, crossTrainMiles } from '../../core/crossTraining';
import { Problem, isBlank, readDuration, readText } from '../../core/log/cells';
import { BOUNDS } from '../../core/log/readLog';
import { KIND_NAMES, Kind, kindFromText } from '../../core/sessionTypes';
import { FormulaError } from '../../core/errors';
import { Cell, defineFormula, Result } from './define';
import { EASY_PACE_PARAM } from './logArg';
import { readEasyPace } from './args';

const NAME = 'CROSS_TRAIN_MILES';

const factors = (Object.entries(EQUIVALENCE) as [Kind, NonNullable<(typeof EQUIVALENCE)[Kind]>][])
  .map(([kind, eq]) => `${KIND_NAMES[kind][0]}: 1 min = ${Math.round(eq.perMinute * 100) / 100} running min. Source: ${eq.source}.`);

type Grid = unknown[][];
const isGrid = (v: unknown): v is Grid => Array.isArray(v) && v.every(Array.isArray);
const size = (g: Grid) => `${g.length}×${g[0]?.length ?? 0}`;

export const CROSS_TRAIN_MILES = defineFormula({
  name: NAME,
  summary: 'Easy-running distance equivalent to a cross-training session: minutes × factor ÷ easy_pace. On single cells it returns one number; on equal-sized ranges, a range of the same shape, element by element.',
  details: [
    'Factors, in running minutes per minute of the activity, from the published rules of thumb (docs/spec/training-science.md):',
    ...factors,
    'Running, strength, mobility and rest types, and unknown types, give 0 (LOG_ISSUES names unknown types). A cardio session whose minutes are blank or unreadable gives a blank. Minutes may be a number, h:mm or h:mm:ss text, or a duration cell. The guide\'s "45 min bike = 6–7 miles" is about twice the published rules; these follow the published rules.',
  ],
  params: [
    { name: 'type', example: '"Bike"', description: 'The session type (Bike, Swim, Elliptical, Row, SkiErg, Pool run, Hike, or a synonym such as Ride), a cell, or a range such as Log!B2:B.' },
    { name: 'minutes', example: '45', description: 'The session\'s duration in minutes (or h:mm), a cell, or a range the same size as type, such as Log!D2:D.' },
    EASY_PACE_PARAM,
  ],
  returns: 'The equivalent distance, in your unit: one number, or a range the shape of type and minutes.',
  run(tz, type, minutes, easyPace): Result {
    const pace = readEasyPace(easyPace, NAME);
    const one = (t: unknown, m: unknown): Cell => {
      const text = readText(t);
      const kind = text === undefined ? undefined : kindFromText(text);
      if (kind === undefined || !EQUIVALENCE[kind]) return isBlank(t) && isBlank(m) ? '' : 0;
      const min = readDuration(m, tz, BOUNDS.duration);
      return min === undefined || min instanceof Problem ? '' : crossTrainMiles(kind, min, pace);
    };
    const types = isGrid(type) ? type : undefined;
    const mins = isGrid(minutes) ? minutes : undefined;
    if (!types && !mins) return one(type, minutes);
    if (types && mins && size(types) !== size(mins)) {
      throw new FormulaError(NAME, `type (${size(types)}) and minutes (${size(mins)}) must be ranges of the same size — e.g. Log!B2:B100 and Log!D2:D100`);
    }
    // A single value paired with a range applies to every cell of the range.
    return (types ?? mins)!.map((row, r) => row.map((_, c) => one(types ? types[r][c] : type, mins ? mins[r][c] : minutes)));
  },
});
