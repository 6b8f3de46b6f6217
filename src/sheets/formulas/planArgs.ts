// The planner formulas' arguments: dates, a weekly distance, a yes/no. Unreadable values are a
// wrong call (FormulaError naming the argument and what to give).

import * as z from 'zod/mini';
import { Day, TimeZone } from '../../core/days';
import { FormulaError } from '../../core/errors';
import { Problem, isBlank, quote, readDay } from '../../core/log/cells';
import { readWeekday } from './args';
import { CYCLES, MAX_WEEKLY_TARGET } from '../../core/rules/weekTarget';
import { DistanceUnit } from '../../core/units';
import { RACE_DISTANCE_HINT, raceDistanceIn, readRaceDistance } from '../../core/raceDistance';
import { CUTBACK_CYCLES, CutbackCycle, DEFAULT_CUTBACK_CYCLE, readCutbackCycle } from '../../core/cutbackCycle';

/** A date argument (date cell, serial number or YYYY-MM-DD text); undefined when omitted. */
export function readDateArg(v: unknown, name: string, tz: TimeZone, formula: string): Day | undefined {
  const day = readDay(v, tz);
  if (day instanceof Problem) throw new FormulaError(formula, `${name} ${quote(v)} is not a date — give a date cell or text like "2026-03-02" (${day.message})`);
  return day;
}

const targetSchema = z.number().check(z.gt(0), z.lte(MAX_WEEKLY_TARGET));

/**
 * `week_start`: a date, or a weekday name ("Mon", "Sunday") for the first such day after the last
 * logged date; both undefined when omitted.
 */
export function readWeekStartArg(v: unknown, tz: TimeZone, formula: string): { day?: Day; weekday?: number } {
  if (typeof v !== 'string' || !/^[a-z]/i.test(v.trim())) return { day: readDateArg(v, 'week_start', tz, formula) };
  try {
    return { weekday: readWeekday(v, 'week_start', formula, 0) };
  } catch {
    throw new FormulaError(formula, `week_start ${quote(v)} is not a date — give a date cell, text like "2026-03-02", or a weekday "Mon" … "Sun"`);
  }
}

/** A weekly running target in the log's unit; undefined when omitted. */
export function readTargetArg(v: unknown, name: string, formula: string): number | undefined {
  if (isBlank(v)) return undefined;
  const parsed = targetSchema.safeParse(typeof v === 'string' ? Number(v.trim()) : v);
  if (!parsed.success) throw new FormulaError(formula, `${name} ${quote(v)} must be a weekly distance in your log's unit, more than 0 and at most ${MAX_WEEKLY_TARGET}`);
  return parsed.data;
}

const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

/** TRUE/FALSE (a checkbox), or yes/no, 1/0 as text or number; false when omitted. */
export function readFlagArg(v: unknown, name: string, formula: string): boolean {
  if (isBlank(v)) return false;
  if (typeof v === 'boolean') return v;
  const t = String(v).trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  throw new FormulaError(formula, `${name} ${quote(v)} must be TRUE or FALSE`);
}

/**
 * `race_distance`: a number in the log's unit, or text with its unit ("100 mi", "50 km", "marathon");
 * in the log's unit, undefined when omitted.
 */
export function readRaceDistanceArg(v: unknown, unit: DistanceUnit, formula: string): number | undefined {
  if (isBlank(v)) return undefined;
  const d = readRaceDistance(v);
  if (!d) throw new FormulaError(formula, `race_distance ${quote(v)} must be ${RACE_DISTANCE_HINT}`);
  return raceDistanceIn(d, unit);
}

/** Sheets reads a typed 3:1 as the time 03:01: that value, as a fraction of a day, names the cycle too. */
const asTimeOfDay = (hours: number) => hours / 24 + 1 / 1440;

/** `cycle`: "3:1" (default) or "2:1" (P15). */
export function readCycleArg(v: unknown, formula: string): CutbackCycle {
  if (isBlank(v)) return DEFAULT_CUTBACK_CYCLE;
  const typed = readCutbackCycle(v) ?? CUTBACK_CYCLES.find((c) => typeof v === 'number' && Math.abs(v - asTimeOfDay(CYCLES[c])) < 1e-6);
  if (typed) return typed;
  throw new FormulaError(formula, `cycle ${quote(v)} must be "3:1" (3 build weeks, then a cutback) or "2:1" (masters runners)`);
}
