import vm from 'node:vm';
import { TimeZone, dayFromYmd } from '../../../src/core/days';
import { Problem, dayReader, readDay } from '../../../src/core/log/cells';

const denver = new TimeZone('America/Denver');

describe('dayReader', () => {
  it('reads every kind of date cell as readDay does, repeated Dates included', () => {
    const cells: unknown[] = [
      new Date('2026-03-08T07:00:00Z'), new Date('2026-03-08T07:00:00Z'), new Date('2026-03-09T06:00:00Z'),
      46025, '2026-01-04', '', 'soon', new Date(NaN), new Date(NaN), new Date('1960-01-01T07:00:00Z'),
      vm.runInNewContext('new Date("2026-03-08T07:00:00Z")'), true,
    ];
    const read = dayReader(denver);
    expect(cells.map(read)).toEqual(cells.map((c) => readDay(c, denver)));
    expect(read(new Date('2026-03-09T06:00:00Z'))).toBe(dayFromYmd(2026, 3, 9));
    expect(read(new Date(NaN))).toBeInstanceOf(Problem);
  });

  it('converts each distinct instant, not only the first one', () => {
    const read = dayReader(denver);
    const days = [1, 1, 2, 3, 3, 1].map((d) => read(new Date(denver.startOf(dayFromYmd(2026, 11, d)))));
    expect(days).toEqual([1, 1, 2, 3, 3, 1].map((d) => dayFromYmd(2026, 11, d)));
  });
});
