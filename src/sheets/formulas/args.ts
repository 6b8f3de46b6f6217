// The optional arguments formulas share, read from what Sheets passes: omitted arguments arrive
// as undefined, empty cells as "". A value that cannot be read is a wrong call: FormulaError.

import * as z from 'zod/mini';
import { TimeZone, WEEKDAYS, isDateValue, monthBounds, ymdFromDay, Day } from '../../core/days';
import { isBlank, quote, readDay } from '../../core/log/cells';
import { FormulaError } from '../../core/errors';
import { DEFAULT_EASY_PACE } from '../../core/load/sessionLoad';
import { TypeMap, parseTypeMap } from '../../core/log/typeMap';

export interface MonthRange {
  first: Day;
  last: Day;
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

/** `month`: a date in the month (date cell, serial or YYYY-MM-DD) or text YYYY-MM; undefined when omitted. */
export function readMonth(v: unknown, tz: TimeZone, formula: string): MonthRange | undefined {
  if (isBlank(v)) return undefined;
  const ym = typeof v === 'string' ? YEAR_MONTH.exec(v.trim()) : null;
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return monthBounds(Number(ym[1]), Number(ym[2]));
  const day = typeof v === 'string' || typeof v === 'number' || isDateValue(v) ? readDay(v, tz) : undefined;
  if (typeof day !== 'number') {
    throw new FormulaError(formula, `month ${quote(v)} is not readable — give a date in the month or text like "2026-03"`);
  }
  const { y, m } = ymdFromDay(day);
  return monthBounds(y, m);
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday argument ("Mon", "mon.", "Monday") → 0 = Mon … 6 = Sun; `fallback` when omitted. */
export function readWeekday(v: unknown, name: string, formula: string, fallback: number, allowed: readonly string[] = WEEKDAYS): number {
  if (isBlank(v)) return fallback;
  const t = typeof v === 'string' ? v.trim().toLowerCase().replace(/\.$/, '') : '';
  const i = t.length >= 3 ? DAY_NAMES.findIndex((n) => n.startsWith(t)) : -1;
  if (i < 0 || !allowed.includes(WEEKDAYS[i])) {
    throw new FormulaError(formula, `${name} ${quote(v)} is not one of ${allowed.map((d) => `"${d}"`).join(', ')}`);
  }
  return i;
}

const paceSchema = z.number().check(z.gt(0), z.lte(60));

/** `easy_pace`: minutes per distance unit, default 10. */
export function readEasyPace(v: unknown, formula: string): number {
  if (isBlank(v)) return DEFAULT_EASY_PACE;
  const parsed = paceSchema.safeParse(typeof v === 'string' ? Number(v) : v);
  if (!parsed.success) {
    throw new FormulaError(formula, `easy_pace ${quote(v)} must be minutes per distance unit, more than 0 and at most 60 (e.g. 10)`);
  }
  return parsed.data;
}

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null(), z.undefined()]);
const typeMapSchema = z.array(z.array(cellSchema).check(z.minLength(2)));

/**
 * `type_map`: a two-column range (word, session type), e.g. the named range TypeMap; undefined when
 * omitted. A wrong shape is a wrong call; a bad entry is only skipped (LOG_ISSUES lists it).
 */
export function readTypeMap(v: unknown, formula: string): TypeMap | undefined {
  if (isBlank(v)) return undefined;
  const parsed = typeMapSchema.safeParse(v);
  if (!parsed.success) {
    throw new FormulaError(formula, `type_map must be a range of two columns, word and session type (e.g. TypeMap or Settings!A20:B40), not ${quote(Array.isArray(v) ? 'a one-column range' : v)}`);
  }
  return parseTypeMap(parsed.data);
}
