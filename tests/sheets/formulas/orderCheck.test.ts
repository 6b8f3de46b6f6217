// ORDER_CHECK on the built bundle, as Sheets calls it from the column after the Log.
import { loadBundle } from '../../support/bundle';
import { HEADER, logTable } from '../../support/logs';

const bundle = loadBundle({ spreadsheetZone: 'Europe/London' });
const check = (...args: unknown[]) => bundle.call('ORDER_CHECK', ...args) as unknown[][];

describe('ORDER_CHECK', () => {
  it('gives one cell per log row, lined up with the rows, down to the last non-blank row', () => {
    const log = logTable([
      { date: '2026-03-07', type: 'Long run', distance: 16, duration: 170 },
      { date: '2026-03-07', type: 'Strength', duration: 30 },
      { date: '2026-03-08', type: 'Easy run', distance: 5, duration: 50 },
    ], 'Europe/London');
    const blank = HEADER.map(() => '');
    expect(check([...log, blank, blank])).toEqual([
      ['Order check'],
      [''],
      ['strength on the long-run day (P3)'],
      [''],
    ]);
  });

  it('gives the header alone for an empty log and names the formula when the Date column is missing', () => {
    expect(check([HEADER])).toEqual([['Order check']]);
    expect(() => check([['Type'], ['Easy run']])).toThrow(/^ORDER_CHECK: no "Date" column/);
  });
});
