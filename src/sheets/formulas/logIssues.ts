import { BOUNDS, readLog } from '../../core/log/readLog';
import { COLUMNS } from '../../core/log/columns';
import { defineFormula, Table } from './define';
import { EASY_PACE_PARAM, LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readTypeMap } from './args';

const NAME = 'LOG_ISSUES';
/** Problems listed before the rest are only counted: a broken 60,000-row log stays a readable table. */
export const MAX_LISTED_ISSUES = 1000;
export const LOG_ISSUES_HEADER = ['Row', 'Column', 'Problem'];

const RANGES = (Object.keys(BOUNDS) as (keyof typeof BOUNDS)[])
  .map((k) => `${COLUMNS[k].title} ${BOUNDS[k].label.replace(`${COLUMNS[k].title} `, '')}`)
  .join(', ');

export const LOG_ISSUES = defineFormula({
  name: NAME,
  summary: 'Every problem in the log that the other formulas skipped or filled in: Row | Column | Problem, one row per problem; the header row alone when the log is clean.',
  details: [
    'Row counts from the first row of the range (the header row is 1), so it is the sheet row when the range starts in row 1. Column is the header text of that column.',
    `Listed: rows without a readable date (ignored), dates outside 1970–2100, text where a number or duration belongs, values out of range (${RANGES}), unknown or missing session types, bad type_map entries (Row is then the row in the type_map range, Column "type_map"), runs without a distance, and sessions whose load used a default (no RPE or no duration). Each problem says what was done with the cell.`,
    `A date more than a year after every other date in the log (a typo like 2099) is listed and its row ignored by every formula. At most ${MAX_LISTED_ISSUES.toLocaleString('en-US')} problems are listed; one last row counts the rest.`,
  ],
  params: [LOG_PARAM, EASY_PACE_PARAM, TYPE_MAP_PARAM],
  run(tz, log, easyPace, typeMap): Table {
    const pace = readEasyPace(easyPace, NAME);
    const { issues } = readLog(log, tz, NAME, { easyPace: pace, typeMap: readTypeMap(typeMap, NAME) });
    const listed: Table = issues.slice(0, MAX_LISTED_ISSUES).map((i) => [i.row, i.column, i.problem]);
    const rest = issues.length - listed.length;
    if (rest > 0) listed.push(['', '', `${rest.toLocaleString('en-US')} more problems not listed: fix these first, or read the log in parts (e.g. Log!A1:L20000)`]);
    return [LOG_ISSUES_HEADER, ...listed];
  },
});
