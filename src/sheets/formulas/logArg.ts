// The `log` argument every log formula takes, documented once.
import { ParamDoc } from './define';

export const LOG_PARAM: ParamDoc = {
  name: 'log',
  example: 'Log!A1:L',
  description:
    'The Log range with its header row first, e.g. Log!A1:M. Columns are found by header (Date required; Type, Distance, Duration, RPE, Sleep, HRV, Resting HR, Mood, Soreness, Notes, Avg HR, Elevation gain, Start), in any order.',
  short: 'The Log range with its header row first, e.g. Log!A1:M.',
};

export const MONTH_PARAM: ParamDoc = {
  name: 'month',
  example: '"2026-03"',
  description: 'Optional. A date in the month, or text YYYY-MM: only that month is shown; averages still use the whole log.',
  optional: true,
};

export const EASY_PACE_PARAM: ParamDoc = {
  name: 'easy_pace',
  example: '10',
  description: 'Optional. Your easy pace in minutes per distance unit (default 10), for cross-training equivalents and runs logged without a duration.',
  short: 'Optional. Your easy pace in minutes per distance unit (default 10).',
  optional: true,
};

export const TYPE_MAP_PARAM: ParamDoc = {
  name: 'type_map',
  example: 'TypeMap',
  description: 'Optional. Your own type words: a two-column range (word, session type), e.g. TypeMap on Settings.',
  short: 'Optional. Your Type map, e.g. TypeMap.',
  optional: true,
};
