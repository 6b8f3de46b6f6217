import { AUTOMATIC_FORMAT, displayNumber, isDateFormat } from '../../emulator/numberFormat';

// 46082 is 2026-03-01 (a Sunday) as a spreadsheet serial.
describe('number formats', () => {
  it('tells date formats from number formats', () => {
    for (const f of ['yyyy-mm-dd', 'mmmm yyyy', 'ddd d mmm', '[h]:mm:ss', 'h:mm am/pm']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['0', '0.0#', '+0%;-0%;0%', '#,##0.00', '0.0 "mm"', AUTOMATIC_FORMAT]) expect(isDateFormat(f)).toBe(false);
  });

  it.each([
    [1234.5678, '0', '1235'],
    [1234.5678, '#,##0.00', '1,234.57'],
    [5, '0.0#', '5.0'],
    [5.125, '0.0#', '5.13'],
    [0.34, '+0%;-0%;0%', '+34%'],
    [-0.05, '+0%;-0%;0%', '-5%'],
    [0, '+0%;-0%;0%', '0%'],
    [-23.8095, '0.0', '-23.8'],
    [12, '0 "km"', '12 km'],
    [46082, 'yyyy-mm-dd', '2026-03-01'],
    [46082, 'mmmm yyyy', 'March 2026'],
    [46082, 'ddd d mmm', 'Sun 1 Mar'],
    [46082.75, 'yyyy-mm-dd hh:mm', '2026-03-01 18:00'],
    [1 / 24 + 5 / 1440, '[h]:mm:ss', '1:05:00'],
  ])('%p in %p shows %p', (n, format, shown) => {
    expect(displayNumber(n, format, false)).toBe(shown);
  });

  it('shows automatic numbers with up to 10 significant digits, and inferred dates as dates', () => {
    expect(displayNumber(28.571428571428573, undefined, false)).toBe('28.57142857');
    expect(displayNumber(46082, AUTOMATIC_FORMAT, true)).toBe('2026-03-01');
  });
});
