// Reading single cells as Sheets hands them to a custom function: numbers, strings, booleans,
// Dates (date cells and duration cells alike), or "" for an empty cell.
// Each reader returns a value, `undefined` for an empty cell, or a Problem saying what is wrong.

import { Day, MAX_DAY, MIN_DAY, SERIAL_EPOCH_DAY, TimeZone, dayFromYmd, isDateValue, ymdFromDay } from '../days';

export class Problem {
  constructor(readonly message: string) {}
}
export type Read<T> = T | undefined | Problem;

export const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A cell value quoted for a message: short, on one line. */
export function quote(v: unknown): string {
  const s = String(v).replace(/\s+/g, ' ').trim();
  return `"${s.length > 40 ? `${s.slice(0, 37)}...` : s}"`;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` (optionally followed by a time, ignored) → day, or undefined when not such text. */
export function dayFromIsoText(text: string): Day | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]) return undefined;
  const day = dayFromYmd(y, mo, d);
  return ymdFromDay(day).d === d ? day : undefined; // rejects 29 February of common years
}

const inRange = (day: Day): Read<Day> =>
  day >= MIN_DAY && day <= MAX_DAY ? day : new Problem('date is outside 1970-01-01…2100-12-31');

export function readDay(v: unknown, tz: TimeZone): Read<Day> {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? inRange(Math.floor(v) + SERIAL_EPOCH_DAY) : new Problem('not a date');
  }
  if (isBlank(v)) return undefined;
  if (isDateValue(v)) {
    const t = v.getTime();
    return Number.isFinite(t) ? inRange(tz.cellDay(t)) : new Problem('the date cell holds an invalid date');
  }
  if (typeof v === 'string') {
    const day = dayFromIsoText(v);
    return day === undefined ? new Problem(`${quote(v)} is not a date — use a date cell or YYYY-MM-DD`) : inRange(day);
  }
  return new Problem(`${quote(v)} is not a date — use a date cell or YYYY-MM-DD`);
}

/**
 * readDay for a column of cells. Rows of one day share their Date, so each distinct instant is
 * converted once; the cheap `instanceof` finds the Dates of this realm (other values, Dates of
 * another realm included, go through readDay).
 */
export function dayReader(tz: TimeZone): (v: unknown) => Read<Day> {
  let lastTime = NaN;
  let lastDay: Read<Day>;
  return (v) => {
    if (!(v instanceof Date)) return readDay(v, tz);
    const t = v.getTime();
    if (t !== lastTime) {
      lastDay = readDay(v, tz);
      lastTime = t;
    }
    return lastDay;
  };
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export interface Bounds {
  min: number;
  max: number;
  /** How the bounds read in a message, e.g. "1–10". */
  label: string;
}

const checkBounds = (n: number, b: Bounds): Read<number> =>
  n >= b.min && n <= b.max ? n : new Problem(`${formatNumber(n)} is out of range (${b.label})`);

export const formatNumber = (n: number): string => String(Math.round(n * 100) / 100);

/** A number cell, or text that is plainly a number. */
export function readNumber(v: unknown, b: Bounds): Read<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? checkBounds(v, b) : new Problem('not a number');
  if (isBlank(v)) return undefined;
  if (typeof v === 'string' && NUMBER_TEXT.test(v.trim())) return checkBounds(Number(v.trim()), b);
  return new Problem(`${quote(v)} is not a number`);
}

const CLOCK_TEXT = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;

/** Wall-clock minutes of a duration cell: Sheets hands it over as a Date counted from 1899-12-30. */
const minutesOfDurationCell = (d: Date, tz: TimeZone): number =>
  (tz.wallClock(d.getTime()) - SERIAL_EPOCH_DAY * 86_400_000) / 60_000;

/**
 * A duration in minutes: a number of minutes, `h:mm:ss` or `h:mm` text, or a duration cell.
 * Also used for hours of sleep with `unitMinutes` = 60.
 */
export function readDuration(v: unknown, tz: TimeZone, b: Bounds, unitMinutes = 1): Read<number> {
  if (typeof v === 'number') return readNumber(v, b); // already in the unit asked for
  if (isBlank(v)) return undefined;
  if (isDateValue(v)) {
    const t = v.getTime();
    return Number.isFinite(t) ? checkBounds(minutesOfDurationCell(v, tz) / unitMinutes, b) : new Problem('not a duration');
  }
  if (typeof v === 'string') {
    const m = CLOCK_TEXT.exec(v.trim());
    if (m) return checkBounds((Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60) / unitMinutes, b);
  }
  const n = readNumber(v, b);
  return n instanceof Problem && !isBlank(v) && typeof v !== 'number'
    ? new Problem(`${quote(v)} is not a duration — use minutes, h:mm or h:mm:ss`)
    : n;
}

const MINUTES_PER_DAY = 1440;

/**
 * A time of day in minutes after midnight (0–1439): a time cell (a Date, its wall clock in the
 * spreadsheet's zone), a fraction of a day, or `hh:mm` text.
 */
export function readTimeOfDay(v: unknown, tz: TimeZone): Read<number> {
  if (isBlank(v)) return undefined;
  let minutes: number | undefined;
  if (isDateValue(v)) {
    const t = v.getTime();
    // A time cell is a Date on 1899-12-30: its wall clock is before 1970, hence the double modulo.
    if (Number.isFinite(t)) minutes = ((Math.round(tz.wallClock(t) / 60_000) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  } else if (typeof v === 'number') {
    if (v >= 0 && v < 1) minutes = Math.round(v * MINUTES_PER_DAY) % MINUTES_PER_DAY;
  } else if (typeof v === 'string') {
    const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(v.trim());
    if (m && Number(m[1]) < 24 && Number(m[2]) < 60) minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  return minutes === undefined ? new Problem(`${quote(v)} is not a time of day — use hh:mm`) : minutes;
}

/** Free text (type, notes): anything non-blank, as text. */
export const readText = (v: unknown): string | undefined => (isBlank(v) ? undefined : String(v).trim());
