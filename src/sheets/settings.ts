// The runner's settings. One definition of each serves the Settings sheet that Set up tracker
// writes (label, first value, validation, named range), the Dashboard's formulas (which read the
// named ranges) and the planner (readSettings, checked by SettingsSchema). A value that cannot be
// read falls back to its default and is reported, never thrown.

import * as z from 'zod/mini';
import { WEEKDAYS, isDateValue } from '../core/days';
import { isBlank, quote } from '../core/log/cells';
import { DEFAULT_EASY_PACE } from '../core/load/sessionLoad';
import { DEFAULT_RACE_DISTANCE, MAX_RACE_DISTANCE, RACE_DISTANCE_HINT, formatRaceDistance, readRaceDistance } from '../core/raceDistance';
import { CUTBACK_CYCLES, DEFAULT_CUTBACK_CYCLE, readCutbackCycle } from '../core/cutbackCycle';

export const DISTANCE_UNITS = ['mi', 'km'] as const;
export const WEEK_STARTS = ['Mon', 'Sun'] as const;
/** Minutes per distance unit a runner's easy pace can be: from a fast 2:00/km to a 30:00/mi walk. */
export const EASY_PACE_RANGE = { min: 2, max: 30 };
export const WEEKLY_TARGET_RANGE = { min: 1, max: 500 };

export const SettingsSchema = z.object({
  unit: z.enum(DISTANCE_UNITS),
  weekStart: z.enum(WEEK_STARTS),
  longRunDay: z.enum(WEEKDAYS),
  easyPace: z.number().check(z.gte(EASY_PACE_RANGE.min), z.lte(EASY_PACE_RANGE.max)),
  raceDate: z.optional(z.date()),
  weeklyTarget: z.optional(z.number().check(z.gte(WEEKLY_TARGET_RANGE.min), z.lte(WEEKLY_TARGET_RANGE.max))),
  raceDistance: z.object({
    value: z.number().check(z.gt(0), z.lte(MAX_RACE_DISTANCE)),
    unit: z.optional(z.enum(DISTANCE_UNITS)),
  }),
  cutbackCycle: z.enum(CUTBACK_CYCLES),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export type SettingInput =
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  /** A race distance (core/raceDistance.ts): a number, or text with its unit; no sheet validation can say so. */
  | { kind: 'distance' };

export interface SettingDef {
  key: SettingKey;
  /** The named range of the value cell; the Dashboard's formulas use it. */
  name: string;
  label: string;
  about: string;
  input: SettingInput;
  /** The value when the cell is blank or unreadable, and the one Set up tracker writes (undefined: blank). */
  fallback?: string | number;
  format?: string;
}

export const SETTINGS: readonly SettingDef[] = [
  {
    key: 'unit', name: 'DistanceUnit', label: 'Distance unit', input: { kind: 'choice', choices: DISTANCE_UNITS }, fallback: 'mi',
    about: 'mi or km: the unit of the Log\'s Distance column and of every distance the tracker shows.',
  },
  {
    key: 'weekStart', name: 'WeekStart', label: 'Week starts on', input: { kind: 'choice', choices: WEEK_STARTS }, fallback: 'Mon',
    about: 'Mon or Sun: the first day of the Dashboard\'s weeks.',
  },
  {
    key: 'longRunDay', name: 'LongRunDay', label: 'Long-run day', input: { kind: 'choice', choices: WEEKDAYS }, fallback: 'Sat',
    about: 'The day the planner schedules your long run.',
  },
  {
    key: 'easyPace', name: 'EasyPace', label: 'Easy pace (min per unit)', input: { kind: 'number', ...EASY_PACE_RANGE }, fallback: DEFAULT_EASY_PACE, format: '0.0',
    about: 'Minutes per mile (or km) at easy effort: counts runs logged without a duration and turns cross-training into running distance.',
  },
  {
    key: 'raceDate', name: 'RaceDate', label: 'Race date', input: { kind: 'date' }, format: 'yyyy-mm-dd',
    about: 'Your goal race: the planner tapers towards it. Leave blank when there is none.',
  },
  {
    key: 'weeklyTarget', name: 'WeeklyTarget', label: 'Weekly target distance', input: { kind: 'number', ...WEEKLY_TARGET_RANGE }, format: '0',
    about: 'The running distance you aim for each week. Blank: the planner works it out from your recent weeks.',
  },
  {
    key: 'raceDistance', name: 'RaceDistance', label: 'Race distance', input: { kind: 'distance' }, fallback: formatRaceDistance(DEFAULT_RACE_DISTANCE),
    about: 'Your goal race\'s distance: text with its unit like "100 mi", "50 km" or "marathon", or a number in your distance unit. It sets the taper before the race and the recovery weeks after it.',
  },
  {
    // Plain text: Sheets would read a typed 2:1 as a time of day.
    key: 'cutbackCycle', name: 'CutbackCycle', label: 'Cutback cycle', input: { kind: 'choice', choices: CUTBACK_CYCLES }, fallback: DEFAULT_CUTBACK_CYCLE, format: '@',
    about: '3:1: three building weeks, then a lighter one; 2:1 (often better for masters runners): two building weeks, then a lighter one.',
  },
];

/** The named range of a setting's value cell, as formulas name it. */
export const settingName = (key: SettingKey): string => SETTINGS.find((s) => s.key === key)!.name;

export interface SettingsRead {
  settings: Settings;
  /** One message per value that could not be read, saying which default stands in. */
  problems: string[];
}

/** A cell value in the form the schema checks: trimmed text, numbers from numeric text, choices in their canonical spelling. */
function normalize(def: SettingDef, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  const text = typeof v === 'string' ? v.trim() : v;
  if (def.input.kind === 'distance') return readRaceDistance(text) ?? text;
  if (def.key === 'cutbackCycle') return readCutbackCycle(text) ?? text;
  if (def.input.kind === 'choice' && typeof text === 'string') {
    const t = text.toLowerCase().replace(/\.$/, '');
    return def.input.choices.find((c) => c.toLowerCase() === t || (t.length >= 3 && c.length === 3 && t.startsWith(c.toLowerCase()))) ?? text;
  }
  if (def.input.kind === 'number' && typeof text === 'string' && text !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

function expected(input: SettingInput): string {
  if (input.kind === 'choice') return `one of ${input.choices.join(', ')}`;
  if (input.kind === 'number') return `a number from ${input.min} to ${input.max}`;
  if (input.kind === 'distance') return RACE_DISTANCE_HINT;
  return 'a date';
}

/** Settings from the values of their cells (by key); blank or unreadable values take their default. */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): SettingsRead {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const def of SETTINGS) {
    const fallback = normalize(def, def.fallback);
    const parsed = SettingsSchema.shape[def.key].safeParse(normalize(def, raw[def.key]) ?? fallback);
    if (parsed.success) {
      values[def.key] = parsed.data;
      continue;
    }
    values[def.key] = fallback;
    const shown = isDateValue(raw[def.key]) ? 'that date' : quote(raw[def.key]);
    problems.push(`Settings: ${def.label} ${shown} is not ${expected(def.input)} — ${def.fallback === undefined ? 'left blank' : `using ${def.fallback}`}.`);
  }
  return { settings: values as Settings, problems };
}

/** The runner's settings from the named ranges of the Settings sheet (missing ones take their default). */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SettingsRead {
  const raw: Partial<Record<SettingKey, unknown>> = {};
  for (const def of SETTINGS) raw[def.key] = ss.getRangeByName(def.name)?.getValue();
  return parseSettings(raw);
}
