// What makes an imported row "already there" (docs/import.md, "Duplicates").
// A session with a start time: its start instant to the minute, its type and its minutes, each within
// a minute (two uploads of one activity differ by seconds), and its distance within 0.1 of the unit or
// 5 %, so two sessions of one day are both kept, as are two laps a watch saved a minute apart.
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
  timed?: { minute: number; group: string; minutes: number; distance: number };
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
  return s.start === undefined ? { key } : { key, timed: { minute: s.day * 1440 + s.start, group, minutes, distance: s.distance ?? 0 } };
}

/** Two readings of one session's distance: within 0.1 of the unit, or 5 % of a long one. */
const sameDistance = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.1, 0.05 * Math.max(a, b));

export const wellnessKeys = (day: Day): RowKeys => ({ key: `${day}|wellness` });

const timedKey = (minute: number, group: string) => `${minute}|${group}`;

/** The rows already there: the Log's, then each imported row as it is accepted. */
export class KnownRows {
  /** Sessions with a start, by start minute and type group: their minutes and distances. */
  private readonly timed = new Map<string, { minutes: number; distance: number }[]>();
  /** Day keys of every row, and of the rows without a start. */
  private readonly all = new Set<string>();
  private readonly untimed = new Set<string>();

  /**
   * A session with a start matches one with the same start, type and minutes (each ±1 minute) and
   * distance (sameDistance), or one without a start by its day key; a row without a start matches
   * any by its day key.
   */
  has(r: RowKeys): boolean {
    if (!r.timed) return this.all.has(r.key);
    if (this.untimed.has(r.key)) return true;
    const { minute, group, minutes, distance } = r.timed;
    for (let dm = -1; dm <= 1; dm++) {
      if (this.timed.get(timedKey(minute + dm, group))?.some((k) => Math.abs(k.minutes - minutes) <= 1 && sameDistance(k.distance, distance))) return true;
    }
    return false;
  }

  add(r: RowKeys): void {
    this.all.add(r.key);
    if (!r.timed) return void this.untimed.add(r.key);
    const key = timedKey(r.timed.minute, r.timed.group);
    const known = this.timed.get(key);
    if (known) known.push(r.timed);
    else this.timed.set(key, [r.timed]);
  }
}

/** Every session and wellness day already in the Log (its values, header row first). */
export function knownRows(values: readonly (readonly unknown[])[], tz: TimeZone, typeMap?: TypeMap): KnownRows {
  const log = readLog(values, tz, 'Import', { typeMap, everyDay: true });
  const known = new KnownRows();
  for (const s of log.sessions) known.add(sessionKeys(s));
  log.wellness.forEach((w, i) => w && known.add(wellnessKeys(log.firstDay! + i)));
  return known;
}
