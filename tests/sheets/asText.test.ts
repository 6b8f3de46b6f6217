// The one text rule every write uses, against the emulator's model of what Sheets makes of typed
// text (emulator/typedForms.ts): whatever the model would read as a number, date, time,
// percentage, amount, boolean, error or formula is escaped, and the cell then holds the very text.
import fc from 'fast-check';
import { createEmulator } from '../../emulator';
import { toInput } from '../../emulator/cellInput';
import { asText } from '../../src/sheets/asText';
import { TEST_CODE } from '../emulator/testCode';

const book = createEmulator({ timeZone: 'Europe/London', code: TEST_CODE }).spreadsheet.book;
/** What a cell holds after `written` is written, as the model reads it. */
const stored = (written: string) => toInput(book, written) ?? { value: '' };
const keptAsText = (s: string) => JSON.stringify(stored(s)) === JSON.stringify({ value: s });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const numbers = fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.nat(6)).map(([x, form]) => [
  String(x), x.toExponential(2), x.toLocaleString('en-US'), `(${Math.abs(x).toFixed(2)})`, `${x.toFixed(1)}%`,
  `$${Math.abs(x).toFixed(2)}`, String(Math.abs(x)).replace(/^0\./, '.'),
][form]);
const dates = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1971, max: 2099 }), fc.nat(8)).map(([m, d, y, form]) => [
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${y}/${m}/${d}`, `${m}/${d}`, `${m}/${d}/${y}`, `${m}/${d}/${String(y % 100).padStart(2, '0')}`,
  `${MONTHS[m - 1]} ${d}`, `${d} ${MONTHS[m - 1]} ${y}`, `${LONG[m - 1]} ${d}, ${y}`, `${d}-${MONTHS[m - 1]}-${y}`,
][form]);
const times = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.nat(4)).map(([h, m, form]) => [
  `${h}:${String(m).padStart(2, '0')}`, `${h}:${String(m).padStart(2, '0')}:07`, `${h}:${String(m).padStart(2, '0')} PM`, `${h}am`, `2024-05-01 ${h}:${String(m).padStart(2, '0')}`,
][form]);
const booleans = pick(['TRUE', 'false', 'True', 'FALSE']);
const leads = fc.tuple(pick(['=', '+', '-', '@']), fc.string({ maxLength: 12 })).map(([lead, rest]) => lead + rest);
/** The forms Sheets converts, one generator each. */
const converted = fc.oneof(numbers, dates, times, booleans, leads, pick(['#N/A', '#REF!', '#DIV/0!']));
/** Text near those forms: their pieces in any order. */
const TOKENS = ['1', '2', '0', '9', '12', '2024', '.', ',', ':', '/', '-', '+', '%', '$', '€', '(', ')', ' ', 'e', 'E', 'am', 'PM', 'Mar', 'March', 'true', 'x', "'", '=', '@', '#', 'T'];
const nearby = fc.array(pick(TOKENS), { maxLength: 8 }).map((t) => t.join(''));

describe('asText', () => {
  it('is read back as the very text, for any string', () => {
    fc.assert(fc.property(fc.oneof(converted, nearby, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
      expect(stored(asText(s))).toEqual({ value: s });
    }), { numRuns: 3000 });
  });

  it('escapes whatever the model of Sheets would not keep as the text typed', () => {
    fc.assert(fc.property(fc.oneof(converted, nearby, fc.string()), (s) => keptAsText(s) || asText(s) !== s), { numRuns: 3000 });
  });

  it('leaves ordinary words alone', () => {
    for (const s of ['Long run', 'Easy', 'Felt strong, windy', 'Strength (lower)', 'Rest day']) expect(asText(s)).toBe(s);
  });
});

describe("the emulator's model of Sheets", () => {
  it('converts every form the rule is there for', () => {
    fc.assert(fc.property(converted, (s) => !keptAsText(s)), { numRuns: 2000 });
  });

  it('reads numbers, dates and times as Sheets does in the en_US locale', () => {
    const value = (s: string) => stored(s).value;
    expect([value('1e5'), value('1,234'), value('.5'), value('(12)'), value('50%'), value('$12.50'), value('TRUE')]).toEqual([100000, 1234, 0.5, -12, 0.5, 12.5, true]);
    expect([value('2024-05-01'), value('4 Mar 2024'), value('March 4, 2024'), value('1/2/24')]).toEqual([45413, 45355, 45355, 45293]);
    expect([value('10:30'), value('10:30 PM'), value('10am')]).toEqual([0.4375, 0.9375, 10 / 24]);
    expect(stored('-2+3')).toEqual({ formula: '=-2+3' });
    expect(stored('31/12')).toEqual({ value: '31/12' });
  });
});
