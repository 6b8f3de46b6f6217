// The runner's distance unit. The Log holds distances in one unit, named by its Distance header
// ("Distance (km)", "Km"); the planner's thresholds are stated in miles with their km twins.

import { normalizeTypeText } from './sessionTypes';
import { locateColumns } from './log/columns';

export type DistanceUnit = 'mi' | 'km';

/** planner-rules.md states 70 mi as 112 km: thresholds convert at 1.6 km per mile. */
export const KM_PER_MILE = 1.6;

/** A threshold given in miles, in `unit`. */
export const milesIn = (miles: number, unit: DistanceUnit): number => (unit === 'km' ? miles * KM_PER_MILE : miles);

/** The unit a Distance header names: km for "Km", "Distance (km)", "Distance km"; miles otherwise. */
export function unitOfHeader(header: unknown): DistanceUnit {
  const words = normalizeTypeText(String(header ?? '')).split(' ');
  return words.includes('km') || words.includes('kilometers') || words.includes('kilometres') ? 'km' : 'mi';
}

/** The unit a Log's Distance header states ("Distance (km)", "Miles"), or undefined when it names none. */
export function statedUnit(values: unknown): DistanceUnit | undefined {
  const header = Array.isArray(values) && Array.isArray(values[0]) ? (values[0] as unknown[]) : [];
  const i = locateColumns(header).distance;
  const words = i === undefined ? [] : normalizeTypeText(String(header[i] ?? '')).split(' ');
  if (words.some((w) => w === 'km' || w === 'kilometers' || w === 'kilometres')) return 'km';
  return words.some((w) => w === 'mi' || w === 'miles' || w === 'mile') ? 'mi' : undefined;
}

/** The unit of a Log table (header row first): its Distance column's, miles without one. */
export function unitOfLog(values: unknown): DistanceUnit {
  const header = Array.isArray(values) && Array.isArray(values[0]) ? (values[0] as unknown[]) : [];
  const i = locateColumns(header).distance;
  return i === undefined ? 'mi' : unitOfHeader(header[i]);
}
