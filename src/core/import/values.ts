// Reading the values of an export's cells: numbers with thousands separators or decimal commas,
// `--` for missing, durations in seconds or `hh:mm:ss(.t)`. Each reader returns a number,
// undefined for a missing value, or a Problem saying what could not be read.

import { Problem } from '../log/cells';

export type DecimalMark = '.' | ',';

/** Garmin writes `--` (and `--:--:--` for times) where a value is missing; others leave it blank. */
export const isMissing = (s: string | undefined): boolean => s === undefined || /^\s*(-{1,2}(:-{2})*)?\s*$/.test(s);

// A separator followed by anything but exactly three digits can only be a decimal mark.
const DECIMAL_AFTER = { '.': /\.(\d{1,2}|\d{4,})$/, ',': /,(\d{1,2}|\d{4,})$/ };
const BOTH = /^[+-]?[\d.,\s]*[.,]\d+$/;

/**
 * The decimal mark of one column: the mark some value can only be read with (`2,81`, `1.234,5`,
 * `6.24`), else `fallback` (the export's language decides, e.g. `9,012` is 9012 in English).
 */
export function decimalMarkOf(values: Iterable<string>, fallback: DecimalMark): DecimalMark {
  for (const raw of values) {
    const v = raw.trim();
    if (!BOTH.test(v)) continue;
    const lastDot = v.lastIndexOf('.');
    const lastComma = v.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
    if (DECIMAL_AFTER['.'].test(v)) return '.';
    if (DECIMAL_AFTER[','].test(v)) return ',';
  }
  return fallback;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number written with `mark` as decimal mark; the other mark, spaces and apostrophes group thousands. */
export function parseNumber(s: string | undefined, mark: DecimalMark): number | undefined | Problem {
  if (isMissing(s)) return undefined;
  const grouping = mark === '.' ? /[,\s\u00a0\u202f']/g : /[.\s\u00a0\u202f']/g;
  let t = s!.trim().replace(grouping, '');
  if (mark === ',') t = t.replace(',', '.');
  return PLAIN_NUMBER.test(t) ? Number(t) : new Problem('not a number');
}

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;

/** A duration in seconds from `h:mm:ss`, `h:mm:ss.t` (either decimal mark) or `m:ss`. */
export function parseClock(s: string | undefined): number | undefined | Problem {
  if (isMissing(s)) return undefined;
  const m = CLOCK.exec(s!.trim());
  if (!m) return new Problem('not a time like 1:02:03');
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3].replace(',', '.'));
}

/** A duration in seconds: a plain number of seconds, or a clock time. */
export const parseSeconds = (s: string | undefined, mark: DecimalMark): number | undefined | Problem =>
  s !== undefined && s.includes(':') ? parseClock(s) : parseNumber(s, mark);
