// What Sheets (en_US locale) makes of text typed into a cell with an automatic format: numbers in
// any notation (1e5, 1,234, .5, (12), +7), percentages, amounts in $ € £ ¥, dates (2024-05-01,
// 2024/5/1, 1/2, 1/2/24, 1-2-2024, Mar 4, 4 Mar 2024, March 4, 2024, 4-Mar-2024, optionally with a
// time), times (10:30, 10:30:15.5, 25:30, 10:30 pm, 10am), booleans and error literals.
// Not modelled (docs/security.md lists it): other locales' forms (1.234,5 · 1.5.2024 · WAHR),
// weekday names (Mon, Mar 4), two-part month-year forms (Mar 2024), fractions (1 1/2) and
// scientific forms with grouping commas. The add-on's asText rule escapes all of them anyway.

import { SERIAL_EPOCH_DAY, dayFromYmd, ymdFromDay } from '../src/core/days';

export type Typed =
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: string };

const ERRORS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);
const CURRENCY = '[$€£¥]';
const PLAIN = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?`;
const AMOUNT = new RegExp(`^([+-])?(${CURRENCY})?([+-])?(${PLAIN})(%|\\s?${CURRENCY})?$`, 'i');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const TIME = String.raw`(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?\s*(am|pm)?|(\d{1,2})\s*(am|pm)`;
const DATE_FORMS: { re: RegExp; ymd: (m: string[]) => [string, string | number, string] }[] = [
  { re: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, ymd: (m) => [m[1], m[2], m[3]] },
  { re: /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/, ymd: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`^${MONTH}\\.?[\\s-](\\d{1,2})(?:(?:,\\s*|\\s+|-)(\\d{4}|\\d{2}))?$`, 'i'), ymd: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`^(\\d{1,2})[\\s-]${MONTH}\\.?(?:[\\s-](\\d{4}|\\d{2}))?$`, 'i'), ymd: (m) => [m[3], m[2], m[1]] },
];

function amount(t: string): Typed | undefined {
  const negative = /^\(.*\)$/.test(t);
  const m = AMOUNT.exec(negative ? t.slice(1, -1).trim() : t);
  if (!m || (m[1] && m[3]) || (m[2] && m[5])) return undefined;
  const sign = (negative ? -1 : 1) * (m[1] === '-' || m[3] === '-' ? -1 : 1);
  const percent = m[5] === '%';
  const value = (sign * Number(m[4].replace(/,/g, ''))) / (percent ? 100 : 1);
  return { kind: 'number', value, format: percent ? '0%' : m[2] || m[5] ? '#,##0.00' : undefined };
}

/** Seconds of a time of day (or a duration past 24 h), or undefined when `t` is not one. */
function seconds(t: string): number | undefined {
  const m = new RegExp(`^(?:${TIME})$`, 'i').exec(t);
  if (!m) return undefined;
  const [h, min, s, half] = m[5] !== undefined ? [Number(m[5]), 0, 0, m[6]] : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4]];
  if (half && (h < 1 || h > 12)) return undefined;
  const hours = half ? (h % 12) + (/pm/i.test(half) ? 12 : 0) : h;
  return hours * 3600 + min * 60 + s;
}

/** The day serial of a date form, in `thisYear` when the year is left out. */
function dateSerial(t: string, thisYear: number): number | undefined {
  for (const { re, ymd } of DATE_FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const month = typeof mo === 'string' && /^\d+$/.test(mo) ? Number(mo) : MONTHS.indexOf(String(mo).slice(0, 3).toLowerCase()) + 1;
    const year = y === undefined ? thisYear : y.length === 2 ? Number(y) + (Number(y) < 30 ? 2000 : 1900) : Number(y);
    const day = dayFromYmd(year, month, Number(d));
    const back = ymdFromDay(day);
    if (back.m !== month || back.d !== Number(d)) return undefined;
    return day - SERIAL_EPOCH_DAY;
  }
  return undefined;
}

/** What typed text becomes, or undefined when it stays text. `thisYear` fills in "Mar 4". */
export function parseTyped(text: string, thisYear: number): Typed | undefined {
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { kind: 'boolean', value: /^true$/i.test(t) };
  if (ERRORS.has(t.toUpperCase())) return { kind: 'error', code: t.toUpperCase() };
  const number = amount(t);
  if (number) return number;
  const time = seconds(t);
  if (time !== undefined) return { kind: 'number', value: time / 86_400, format: '[h]:mm:ss' };
  const at = /^(.*?)(?:\s+|T)((?:\d+:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:am|pm)?)|\d{1,2}\s*(?:am|pm))$/i.exec(t);
  const date = dateSerial(at ? at[1] : t, thisYear);
  const clock = at ? seconds(at[2]) : 0;
  if (date === undefined || clock === undefined) return undefined;
  return clock === 0 && !at ? { kind: 'number', value: date, format: 'yyyy-mm-dd' } : { kind: 'number', value: date + clock / 86_400, format: 'yyyy-mm-dd hh:mm:ss' };
}
