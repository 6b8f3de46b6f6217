import { Problem } from '../../../src/core/log/cells';
import { decimalMarkOf, isMissing, parseClock, parseNumber, parseSeconds } from '../../../src/core/import/values';

describe('export values', () => {
  it('knows the ways exports write "missing"', () => {
    for (const s of ['', ' ', '--', '--:--:--', ' -- ', undefined]) expect(isMissing(s)).toBe(true);
    for (const s of ['0', '-1', '--5', '00:00:00']) expect(isMissing(s)).toBe(false);
  });

  it('takes a column\'s decimal mark from a value only one mark can read, else from the language', () => {
    expect(decimalMarkOf(['774', '9,012'], '.')).toBe('.');
    expect(decimalMarkOf(['774', '9,012'], ',')).toBe(',');
    expect(decimalMarkOf(['--', '2,81'], '.')).toBe(',');
    expect(decimalMarkOf(['6.24'], ',')).toBe('.');
    expect(decimalMarkOf(['1.234,5'], '.')).toBe(',');
    expect(decimalMarkOf(['1,234.5'], ',')).toBe('.');
    expect(decimalMarkOf(['2432.77001953125'], ',')).toBe('.');
  });

  it('reads numbers with thousands separators and either decimal mark', () => {
    expect(parseNumber('9,012', '.')).toBe(9012);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('2,81', ',')).toBe(2.81);
    expect(parseNumber('-0.5', '.')).toBe(-0.5);
    expect(parseNumber('--', '.')).toBeUndefined();
    expect(parseNumber('12 km', '.')).toEqual(new Problem('not a number'));
  });

  it('reads clock times with tenths, either mark, and m:ss', () => {
    expect(parseClock('00:54:43')).toBe(54 * 60 + 43);
    expect(parseClock('00:01:18.0')).toBe(78);
    expect(parseClock('1:05:30,5')).toBe(3930.5);
    expect(parseClock('26:00:00')).toBe(26 * 3600);
    expect(parseClock('05:30')).toBe(330);
    expect(parseClock('--:--:--')).toBeUndefined();
    expect(parseClock('1:5:3:2')).toEqual(new Problem('not a time like 1:02:03'));
  });

  it('reads seconds as numbers or clock times', () => {
    expect(parseSeconds('979.0', '.')).toBe(979);
    expect(parseSeconds('979,5', ',')).toBe(979.5);
    expect(parseSeconds('00:10:00', '.')).toBe(600);
  });
});
