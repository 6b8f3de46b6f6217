// Formulas with one row per calendar day (TRAINING_LOAD, RECOVERY_SCORE, BURNOUT_ALERTS): the
// model runs over the whole log; `month` only chooses which of its days are shown.
import { Day, TimeZone, datesInOrder } from '../../core/days';
import { Cell, Table } from './define';
import { MonthRange } from './args';

export function dailyTable<T extends { day: Day }>(
  tz: TimeZone, header: readonly string[], days: readonly T[], month: MonthRange | undefined, row: (date: Date, d: T) => Cell[],
): Table {
  const table: Table = [[...header]];
  const dateOf = datesInOrder(tz);
  // `row` builds the whole row, date first: one array per row, no spread (cheap in the interpreter).
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (!month || (d.day >= month.first && d.day <= month.last)) table.push(row(dateOf(d.day), d));
  }
  return table;
}
