// What makes an imported row "already there" (docs/import.md, "Duplicates").
// A session with a start time: its start instant to the minute, its type and its minutes, each within
// a minute (two uploads of one activity differ by seconds), so two sessions of one day are both kept.
// A session without one (typed by the runner, or imported before the Log had a Start column): its
// day, type, distance to 0.1 of the unit and minutes to the whole minute, so an old import still
// matches. Runs share one type, as do strength sessions, since runners retag imported rows
// (Run → Long run, Strength → Strength (lower)). A wellness row: its day.

import { Day, TimeZone } from '../days';
import { Kind, isRunKind, isStrengthKind, normalizeTypeText } from '../sessionTypes';
import { readLog } from '../log/readLog';
import { TypeMap } from '../log/typeMap';

const typeGroup = (kind: Kind | null, typeText: string): string =>
  kind === null ? `"${normalizeTypeText(typeText)}"` : isRunKind(kind) ? 'run' : isStrengthKind(kind) ? 'strength' : kind;

/** How a row is recognised: `key` (the day's key), and for a session with a start, its instant. */
export interface RowKeys {
  key: string;
  timed?: { minute: number; group: string; minutes: number };
}

export interface SessionFacts {
  day: Day;
  kind: Kind | null;
  typeText: string;
  distance?: number;
  minutes?: number;
  /** Minutes after midnight it started. */
  start?: number;
}

export function sessionKeys(s: SessionFacts): RowKeys {
  const group = typeGroup(s.kind, s.typeText);
  const minutes = Math.round(s.minutes ?? 0);
  const key = `${s.day}|${group}|${Math.round((s.distance ?? 0) * 10)}|${minutes}`;
  return s.start === undefined ? { key } : { key, timed: { minute: s.day * 1440 + s.start, group, minutes } };
}

export const wellnessKeys = (day: Day): RowKeys => ({ key: `${day}|wellness` });

const timedKey = (minute: number, group: string, minutes: number) => `${minute}|${group}|${minutes}`;

/** The rows already there: the Log's, then each imported row as it is accepted. */
export class KnownRows {
  /** Start instant keys of sessions with a start. */
  private readonly timed = new Set<string>();
  /** Day keys of every row, and of the rows without a start. */
  private readonly all = new Set<string>();
  private readonly untimed = new Set<string>();

  /**
   * A session with a start matches one with the same start, type and minutes (each ±1 minute), or
   * one without a start by its day key; a row without a start matches any by its day key.
   */
  has(r: RowKeys): boolean {
    if (!r.timed) return this.all.has(r.key);
    if (this.untimed.has(r.key)) return true;
    const { minute, group, minutes } = r.timed;
    for (let dm = -1; dm <= 1; dm++) for (let dd = -1; dd <= 1; dd++) if (this.timed.has(timedKey(minute + dm, group, minutes + dd))) return true;
    return false;
  }

  add(r: RowKeys): void {
    this.all.add(r.key);
    if (r.timed) this.timed.add(timedKey(r.timed.minute, r.timed.group, r.timed.minutes));
    else this.untimed.add(r.key);
  }
}

/** Every session and wellness day already in the Log (its values, header row first). */
export function knownRows(values: readonly (readonly unknown[])[], tz: TimeZone, typeMap?: TypeMap): KnownRows {
  const log = readLog(values, tz, 'Import', { typeMap });
  const known = new KnownRows();
  for (const s of log.sessions) known.add(sessionKeys(s));
  log.wellness.forEach((w, i) => w && known.add(wellnessKeys(log.firstDay! + i)));
  return known;
}
