// Formulas with one row per calendar day (TRAINING_LOAD, RECOVERY_SCORE, BURNOUT_ALERTS): the
// model runs over the whole log; `month` only chooses which of its days are shown.
import { Day, TimeZone, datesInOrder } from '../../core/days';
import { Cell, Table } from './define';
import { MonthRange } from './args';

export function dailyTable<T extends { day: Day }>(
  tz: TimeZone, header: readonly string[], days: readonly T[], month: MonthRange | undefined, row: (date: Date, d: T) => Cell[],
): Table {
  return dailyRows(tz, header, days.length ? days[0].day : 0, days.length, month, (date, i) => row(date, days[i]));
}

/** dailyTable for a model kept in typed series (no object per day): `row` gets the day's index from `firstDay`. */
export function dailyRows(
  tz: TimeZone, header: readonly string[], firstDay: Day, count: number, month: MonthRange | undefined, row: (date: Date, i: number) => Cell[],
): Table {
  const table: Table = [[...header]];
  const dateOf = datesInOrder(tz);
  // `row` builds the whole row, date first: one array per row, no spread (cheap in the interpreter).
  for (let i = 0; i < count; i++) {
    const day = firstDay + i;
    if (!month || (day >= month.first && day <= month.last)) table.push(row(dateOf(day), i));
  }
  return table;
}
