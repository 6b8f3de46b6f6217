// Sheets number formats: which ones make a cell a date (getValues then returns a Date), and the
// text a cell shows (getDisplayValues). Covers the patterns spreadsheets use day to day: 0 # , .
// % literals "…" and \x, sections pos;neg;zero, and the date/time tokens y m d h s am/pm.

import { SERIAL_EPOCH_DAY, ymdFromDay } from '../src/core/days';

/** What Apps Script reports for a cell whose format was never set ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

/** Strips quoted literals and escapes, which never carry format tokens. */
const bare = (section: string): string => section.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, (m) => (/^\[(h|m|s)+\]$/i.test(m) ? m : ''));

export const isDateFormat = (format: string | undefined): boolean =>
  format !== undefined && format !== AUTOMATIC_FORMAT && /[dyhs]|am\/pm|(^|[^0#])m/i.test(bare(format.split(';')[0]));

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const j = format.indexOf('"', i + 1);
      const end = j < 0 ? format.length : j + 1;
      cur += format.slice(i, end);
      i = end - 1;
    } else if (ch === '\\') {
      cur += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function formatDate(serial: number, section: string): string {
  const dayNumber = Math.floor(serial) + SERIAL_EPOCH_DAY;
  const { y, m, d } = ymdFromDay(dayNumber);
  const weekday = (((dayNumber + 3) % 7) + 7) % 7;
  const secs = Math.round((serial - Math.floor(serial)) * 86_400);
  const [hh, mi, ss] = [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60];
  const ampm = /am\/pm/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|\[h+\]|am\/pm|y+|m+|d+|h+|s+|[^"\\ymdhs[]+|./gi) ?? [];
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (lower === 'am/pm') return hh < 12 ? 'AM' : 'PM';
      if (/^\[h+\]$/.test(lower)) return String(Math.floor(serial * 24));
      if (lower[0] === 'y') return lower.length <= 2 ? pad(y % 100) : String(y);
      if (lower[0] === 'd') return [String(d), pad(d), DAYS[weekday].slice(0, 3), DAYS[weekday]][Math.min(lower.length, 4) - 1];
      if (lower[0] === 'h') {
        const h = ampm ? ((hh + 11) % 12) + 1 : hh;
        return lower.length > 1 ? pad(h) : String(h);
      }
      if (lower[0] === 's') return lower.length > 1 ? pad(ss) : String(ss);
      if (lower[0] === 'm') {
        const before = tokens.slice(0, i).reverse().find((x) => /^[a-z[]/i.test(x));
        const after = tokens.slice(i + 1).find((x) => /^[a-z[]/i.test(x));
        const minutes = /^(h|\[h)/i.test(before ?? '') || /^s/i.test(after ?? '');
        if (minutes) return lower.length > 1 ? pad(mi) : String(mi);
        return [String(m), pad(m), MONTHS[m - 1].slice(0, 3), MONTHS[m - 1], MONTHS[m - 1][0]][Math.min(lower.length, 5) - 1];
      }
      return t;
    })
    .join('');
}

function formatNumber(n: number, section: string): string {
  const pattern = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(bare(section));
  const percent = (bare(section).match(/%/g) ?? []).length;
  const value = n * 100 ** percent;
  let text = '';
  if (pattern) {
    const [intPart, decPart = ''] = pattern[0].split('.');
    const decimals = decPart.replace(/[^0#?]/g, '');
    const minDecimals = (decimals.match(/0/g) ?? []).length;
    let s = value.toFixed(decimals.length);
    if (decimals.length > minDecimals) s = s.replace(new RegExp(`0{1,${decimals.length - minDecimals}}$`), '').replace(/\.$/, '');
    let [i, f] = s.split('.');
    const minInt = (intPart.match(/0/g) ?? []).length;
    if (i === '0' && minInt === 0) i = '';
    i = i.padStart(minInt, '0');
    if (intPart.includes(',')) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    text = f === undefined ? i : `${i}.${f}`;
  }
  // Literal text around the number pattern, in place.
  let out = '';
  let placed = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      out += section.slice(i + 1, j < 0 ? undefined : j);
      i = j < 0 ? section.length : j;
    } else if (ch === '\\') {
      out += section[++i] ?? '';
    } else if (/[0#?,.]/.test(ch)) {
      if (!placed) out += text;
      placed = true;
    } else if (ch !== '[' && ch !== ']' && ch !== '_' && ch !== '*') out += ch;
  }
  return placed ? out : out + text;
}

/** General format: up to 10 significant digits, no trailing zeros. */
const general = (n: number): string => (Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(Number(n.toPrecision(10))));

/** The text Sheets shows for a number in a format (undefined: automatic; `isDate`: an inferred date). */
export function displayNumber(n: number, format: string | undefined, isDate: boolean): string {
  if (format === undefined || format === AUTOMATIC_FORMAT) {
    if (!isDate) return general(n);
    return formatDate(n, Number.isInteger(n) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
  }
  const sections = splitSections(format);
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2) section = sections[2];
  if (isDateFormat(section)) return formatDate(value, section);
  return value < 0 ? `-${formatNumber(-value, section)}` : formatNumber(value, section);
}
