// Source records → Log rows (COLUMN_KEYS order, dates as YYYY-MM-DD, starts as hh:mm) in the tracker's unit, each
// with the key that recognises it when it is imported again. Every value is checked against the
// Log's bounds (zod) before it can be written; a value outside them is left blank and named.

import * as z from 'zod/mini';
import { Day, isoFromDay } from '../days';
import { Kind, displayName, isRunKind } from '../sessionTypes';
import { TypeMap, kindWithMap } from '../log/typeMap';
import { BOUNDS } from '../log/readLog';
import { Bounds } from '../log/cells';
import { COLUMNS, COLUMN_KEYS, ColumnKey } from '../log/columns';
import { RowKeys, sessionKeys, wellnessKeys } from './dedup';
import { Activity, METRES_PER_UNIT, SourceRecord, Unit, WellnessDay } from './source';
import { RunEvidence } from './runFromData';
import { Warnings } from './warnings';

export type Cell = string | number;

export interface ImportRow {
  day: Day;
  line: number;
  keys: RowKeys;
  /** In COLUMN_KEYS order; "" for an empty cell. */
  cells: Cell[];
  /** The kind its Type names, or null when the export's type names none. */
  kind: Kind | null;
  /** A run by its data, not by its type: the export's type and why. */
  runBy?: { type: string; evidence: RunEvidence };
}

type NumberKey = 'distance' | 'duration' | 'rpe' | 'avgHr' | 'elevation' | 'sleep' | 'hrv' | 'rhr' | 'mood' | 'soreness';
type Values = Partial<Record<NumberKey, number>> & { type?: string; notes?: string; start?: string };

/** A duration may exceed the 48 h the Log reads (multi-day races): it is written, and flagged. */
const DURATION: Bounds = { min: 0, max: 7 * 1440, label: '0–7 days' };
const LIMITS: Record<NumberKey, Bounds> = { ...BOUNDS, duration: DURATION };
const bounded = (b: Bounds) => z.optional(z.number().check(z.gte(b.min), z.lte(b.max)));
const VALUES = z.object(Object.fromEntries(Object.entries(LIMITS).map(([k, b]) => [k, bounded(b)])) as Record<NumberKey, ReturnType<typeof bounded>>);

/** Elevation gain is written in feet in a miles Log, in metres in a km Log. */
export const ELEVATION_PER_METRE: Record<Unit, number> = { mi: 1 / 0.3048, km: 1 };

const round = (n: number | undefined, places: number): number | undefined =>
  n === undefined ? undefined : Math.round(n * 10 ** places) / 10 ** places;
const pad = (n: number) => String(n).padStart(2, '0');
/** A start as the Log shows it: `hh:mm`. */
export const clockText = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Zero distance or time (a strength session's "0.0 km") is no value. */
const positive = (n: number | undefined): number | undefined => (n ? n : undefined);

/** Leaves out, and names, every value outside the Log's bounds, quoting the file's own text of it. */
function checked(v: Values, r: SourceRecord, warnings: Warnings): Values {
  const result = VALUES.safeParse(v);
  if (result.success) return v;
  for (const issue of result.error.issues) {
    const k = issue.path[0] as NumberKey;
    warnings.add(`${COLUMNS[k].title} outside ${LIMITS[k].label} — left blank`, r.line, r.written[k]);
    delete v[k];
  }
  return v;
}

function cellsOf(day: Day, v: Values): Cell[] {
  const byKey: Partial<Record<ColumnKey, Cell | undefined>> = { ...v, date: isoFromDay(day) };
  return COLUMN_KEYS.map((k) => byKey[k] ?? '');
}

/**
 * The Type written for an activity: its kind's name, except that a run the export does not qualify
 * (or that its data shows, runBy) is written "Run" (not "Easy run"); a race flag makes a run a Race;
 * an unknown type is kept as exported.
 */
function logType(a: Activity, map: TypeMap | undefined): { kind: Kind | null; text: string } {
  const kind = kindWithMap(a.typeText, map) ?? (a.runBy ? 'easy_run' : null);
  if (kind === null) return { kind, text: a.typeText };
  if (a.race && isRunKind(kind)) return { kind: 'race', text: displayName('race') };
  return { kind, text: kind === 'easy_run' ? 'Run' : displayName(kind) };
}

function activityRow(a: Activity, unit: Unit, warnings: Warnings, map: TypeMap | undefined): ImportRow {
  const { kind, text } = logType(a, map);
  const v = checked({
    type: text,
    distance: round(positive(a.metres === undefined ? undefined : a.metres / METRES_PER_UNIT[unit]), 2),
    duration: round(positive(a.seconds === undefined ? undefined : a.seconds / 60), 1),
    // 0 is "not rated" in the exports' 1–10 scales.
    rpe: round(positive(a.rpe), 1),
    avgHr: round(positive(a.avgHr), 0),
    elevation: round(a.ascentMetres === undefined ? undefined : a.ascentMetres * ELEVATION_PER_METRE[unit], 0),
    notes: a.name,
  }, a, warnings);
  if (v.duration !== undefined && v.duration > BOUNDS.duration.max) {
    warnings.add('Duration over 48 h: written, but the formulas read at most 48 h (LOG_ISSUES lists it)', a.line);
  }
  const runBy = a.runBy && kind === 'easy_run' ? { type: a.typeText, evidence: a.runBy } : undefined;
  if (a.start !== undefined) v.start = clockText(a.start);
  const keys = sessionKeys({ day: a.day, kind, typeText: text, distance: v.distance, minutes: v.duration, start: a.start });
  return { day: a.day, line: a.line, kind, runBy, keys, cells: cellsOf(a.day, v) };
}

function wellnessRow(w: WellnessDay, warnings: Warnings): ImportRow {
  const v = checked({
    sleep: round(w.sleepHours, 2),
    hrv: round(w.hrv, 1),
    rhr: round(w.rhr, 0),
    mood: w.mood,
    soreness: w.soreness,
  }, w, warnings);
  return { day: w.day, line: w.line, kind: null, keys: wellnessKeys(w.day), cells: cellsOf(w.day, v) };
}

export const toLogRow = (r: SourceRecord, unit: Unit, warnings: Warnings, map?: TypeMap): ImportRow =>
  r.kind === 'activity' ? activityRow(r, unit, warnings, map) : wellnessRow(r, warnings);
