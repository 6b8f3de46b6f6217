// The goal race's distance, as a runner gives it: a number in the log's unit, or text with its unit
// ("100 mi", "50 km", "50k", "marathon"). One reader serves the formulas' race_distance argument,
// Settings → Race distance and the sidebar, so all three accept the same words.

import { DistanceUnit } from './units';

export interface RaceDistance {
  value: number;
  /** Undefined: the log's unit (a bare number). */
  unit?: DistanceUnit;
}

/** 50 mi when none is given (coaching.md). */
export const DEFAULT_RACE_DISTANCE: RaceDistance = { value: 50, unit: 'mi' };
/** The longest race the planner plans for, in the race's own unit (multi-day races are longer, but are not planned by week). */
export const MAX_RACE_DISTANCE = 500;
/** Race distances convert at the exact mile, so a marathon given in miles stays a marathon. */
const KM_PER_MILE_EXACT = 1.609344;

const NAMED: Record<string, RaceDistance> = {
  marathon: { value: 42.195, unit: 'km' },
  'half marathon': { value: 21.0975, unit: 'km' },
};

const UNIT_WORDS: Record<string, DistanceUnit> = {
  mi: 'mi', mile: 'mi', miles: 'mi', miler: 'mi',
  k: 'km', km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
};

const TEXT = /^(\d+(?:[.,]\d+)?)\s*([a-z]*)$/;

const inRange = (d: RaceDistance): RaceDistance | undefined =>
  Number.isFinite(d.value) && d.value > 0 && d.value <= MAX_RACE_DISTANCE ? d : undefined;

/** A race distance from a cell, an argument or a form field; undefined when it is not one. */
export function readRaceDistance(v: unknown): RaceDistance | undefined {
  if (typeof v === 'number') return inRange({ value: v });
  if (typeof v !== 'string') return undefined;
  const text = v.trim().toLowerCase().replace(/\s+/g, ' ');
  if (NAMED[text]) return NAMED[text];
  const m = TEXT.exec(text);
  if (!m) return undefined;
  const value = Number(m[1].replace(',', '.'));
  if (m[2] === '') return inRange({ value });
  const unit = UNIT_WORDS[m[2]];
  return unit ? inRange({ value, unit }) : undefined;
}

/** What a runner reads: "100 mi", "42.2 km", or the bare number. */
export const formatRaceDistance = (d: RaceDistance): string =>
  `${Math.round(d.value * 10) / 10}${d.unit ? ` ${d.unit}` : ''}`;

/** The race's distance in km (P16's recovery weeks and P17's taper are set in km). */
export const raceKm = (d: RaceDistance, logUnit: DistanceUnit): number =>
  (d.unit ?? logUnit) === 'km' ? d.value : d.value * KM_PER_MILE_EXACT;

/** The race's distance in the log's unit (SEASON_PLAN projects the race's load at the runner's pace per unit). */
export const raceDistanceIn = (d: RaceDistance, logUnit: DistanceUnit): number =>
  (d.unit ?? logUnit) === logUnit ? d.value : logUnit === 'km' ? d.value * KM_PER_MILE_EXACT : d.value / KM_PER_MILE_EXACT;

/** What to type, for messages: the field's name goes before it. */
export const RACE_DISTANCE_HINT = `a distance like "100 mi", "50 km" or "marathon", or a number in your log's unit (at most ${MAX_RACE_DISTANCE})`;
