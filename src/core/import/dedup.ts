// What makes an imported row "already there". A session: its day, type, distance to 0.1 of the
// unit and minutes to the whole minute, so the same activity from two overlapping exports (or read
// back from the Log) matches despite rounding. Runs share one type, as do strength sessions, since
// runners retag imported rows (Run → Long run, Strength → Strength (lower)). A wellness row: its day.

import { Day, TimeZone } from '../days';
import { Kind, isRunKind, isStrengthKind, normalizeTypeText } from '../sessionTypes';
import { readLog } from '../log/readLog';
import { TypeMap } from '../log/typeMap';

const typeGroup = (kind: Kind | null, typeText: string): string =>
  kind === null ? `"${normalizeTypeText(typeText)}"` : isRunKind(kind) ? 'run' : isStrengthKind(kind) ? 'strength' : kind;

export const sessionKey = (day: Day, kind: Kind | null, typeText: string, distance?: number, minutes?: number): string =>
  `${day}|${typeGroup(kind, typeText)}|${Math.round((distance ?? 0) * 10)}|${Math.round(minutes ?? 0)}`;

export const wellnessKey = (day: Day): string => `${day}|wellness`;

/** The keys of every session and wellness day already in the Log (its values, header row first). */
export function logKeys(values: readonly (readonly unknown[])[], tz: TimeZone, typeMap?: TypeMap): Set<string> {
  const log = readLog(values, tz, 'Import', { typeMap });
  const keys = new Set<string>();
  for (const s of log.sessions) keys.add(sessionKey(s.day, s.kind, s.typeText, s.distance, s.minutes));
  for (const day of log.wellness.keys()) keys.add(wellnessKey(day));
  return keys;
}
