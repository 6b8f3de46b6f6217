import { readLog } from '../../core/log/readLog';
import { isBlank } from '../../core/log/cells';
import { ORDER_RULES } from '../../core/rules/sessionOrder';
import { orderBreachesByRow } from '../../core/rules/logOrder';
import { defineFormula, Table } from './define';
import { LOG_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readTypeMap } from './args';

const NAME = 'ORDER_CHECK';
export const ORDER_CHECK_HEADER = 'Order check';

export const ORDER_CHECK = defineFormula({
  name: NAME,
  summary: 'Beside the log, row by row: the guide\'s session-order rules each session breaks (e.g. "strength the day after a long run (P4)"), or blank. One cell per row of the range, the header first, so it lines up with the log.',
  details: [
    `Rules: ${ORDER_RULES.map((r) => `${r.id} ${r.rule}`).join('; ')}. They are the planner's, PLAN_CHECK's and BURNOUT_ALERTS' rules.`,
    'A rule flags the sessions it is about: P3 and P4 the strength session, P5 the lower-body strength, P9 the run, strength and mobility sessions of that day, P10 the hard sessions of the last of 3 or more hard days in a row. Set up tracker puts this formula in the column after the Log and colours the flagged rows.',
  ],
  params: [
    {
      ...LOG_PARAM,
      example: 'A1:K',
      description: 'The log with its header row first, starting in row 1 so the result lines up, e.g. A1:K when this formula sits in L1 of the Log sheet. It must not include the formula\'s own column.',
    },
    TYPE_MAP_PARAM,
  ],
  returns: 'One column: the header, then one cell per row of the range down to its last non-blank row.',
  run(tz, log, typeMap): Table {
    const breaches = orderBreachesByRow(readLog(log, tz, NAME, { without: 'wellness', typeMap: readTypeMap(typeMap, NAME) }));
    const rows = log as unknown[][];
    let last = rows.length;
    while (last > 1 && (!Array.isArray(rows[last - 1]) || rows[last - 1].every(isBlank))) last--;
    const table: Table = [[ORDER_CHECK_HEADER]];
    for (let row = 2; row <= last; row++) table.push([breaches.get(row)?.join('; ') ?? '']);
    return table;
  },
});
