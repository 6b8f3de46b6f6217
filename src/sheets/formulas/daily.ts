// Formulas with one row per calendar day (TRAINING_LOAD, RECOVERY_SCORE, BURNOUT_ALERTS): the
// model runs over the whole log; `month` only chooses which of its days are shown.
import { Day, TimeZone } from '../../core/days';
import { Cell, Table } from './define';
import { MonthRange } from './args';

export function dailyTable<T extends { day: Day }>(
  tz: TimeZone, header: readonly string[], days: readonly T[], month: MonthRange | undefined, row: (d: T) => Cell[],
): Table {
  const table: Table = [[...header]];
  for (const d of days) {
    if (!month || (d.day >= month.first && d.day <= month.last)) table.push([tz.dateOf(d.day), ...row(d)]);
  }
  return table;
}
