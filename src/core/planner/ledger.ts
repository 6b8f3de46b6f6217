// The log's weeks as the volume rules read them (coaching.md, "Words"): each week's running, its
// longest run and its race, then what they give — recent weeks, level L, typical T, longest recent
// run LR, race and recovery weeks (P16), the place in the cutback cycle (P15) and the peak before a
// taper (P17). The season plan appends its planned weeks and asks the same questions again.

import { Day } from '../days';
import { Log } from '../log/readLog';
import { isRunKind } from '../sessionTypes';
import { DistanceUnit } from '../units';
import { VOLUME_RULE, kmOf, recoveryWeeksOf } from '../rules/weekTarget';

export interface LedgerWeek {
  start: Day;
  /** Running distance, races left out. */
  run: number;
  /** The longest single run, races left out. */
  longest: number;
  /** The week's longest race in km (0 when its distance is not logged); undefined without a race. */
  raceKm?: number;
  /** The day of that race. */
  raceDay?: Day;
  /** The week starts before the log's first day, or ends after its last: not a complete week. */
  partial?: boolean;
}

/** Weeks the ledger reaches back: the 8-week reach, a long race's recovery before it, and the weeks before that race. */
export const LEDGER_WEEKS = 26;

/**
 * The log's weeks, aligned on `weekStart`'s weekday, oldest first, up to the last one that holds the
 * log's last day and is before `weekStart` (a plan weeks after the log looks back from the log's end).
 */
export function ledgerFromLog(log: Log, weekStart: Day, unit: DistanceUnit): LedgerWeek[] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const last = weekStart - 7 * Math.max(1, Math.ceil((weekStart - log.lastDay) / 7));
  let first = last - 7 * (LEDGER_WEEKS - 1);
  while (first + 6 < log.firstDay) first += 7;
  const weeks: LedgerWeek[] = [];
  for (let start = first; start <= last; start += 7) {
    weeks.push({ start, run: 0, longest: 0, ...(start < log.firstDay || start + 6 > log.lastDay ? { partial: true } : {}) });
  }
  for (const s of log.sessions) {
    if (s.day < first || s.day >= last + 7 || s.kind === null || !isRunKind(s.kind)) continue;
    const w = weeks[Math.floor((s.day - first) / 7)];
    const d = s.distance ?? 0;
    if (s.kind === 'race') {
      const km = kmOf(d, unit);
      if (w.raceKm === undefined || km > w.raceKm) {
        w.raceKm = km;
        w.raceDay = s.day;
      }
    } else {
      w.run += d;
      if (d > w.longest) w.longest = d;
    }
  }
  return weeks;
}

/** Race weeks and the recovery weeks after each race (P16): they never count towards L or T. */
export function excludedWeeks(weeks: readonly LedgerWeek[]): boolean[] {
  const out = weeks.map((w) => w.raceKm !== undefined);
  weeks.forEach((w, j) => {
    if (w.raceKm === undefined) return;
    for (let k = 1; k <= recoveryWeeksOf(w.raceKm) && j + k < out.length; k++) out[j + k] = true;
  });
  return out;
}

export interface Levels {
  /** The recent weeks' running, newest first. */
  recent: number[];
  /** Level L: the highest recent week. */
  level: number;
  /** Typical T: the recent weeks' median. */
  typical: number;
  /** Longest recent run LR (not a race). */
  longRun: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The recent weeks before week `i` (the last 4 complete weeks, race and recovery weeks left out,
 * reaching back up to 8); a log shorter than a week gives its one partial week. Undefined without any.
 */
export function levelsBefore(weeks: readonly LedgerWeek[], i: number, excluded: readonly boolean[]): Levels | undefined {
  const picked: LedgerWeek[] = [];
  for (let j = i - 1; j >= Math.max(0, i - VOLUME_RULE.reachWeeks) && picked.length < VOLUME_RULE.recentWeeks; j--) {
    if (!excluded[j] && !weeks[j].partial) picked.push(weeks[j]);
  }
  if (!picked.length && i > 0 && weeks[i - 1].partial && !excluded[i - 1]) picked.push(weeks[i - 1]);
  if (!picked.length) return undefined;
  const recent = picked.map((w) => w.run);
  return { recent, level: Math.max(...recent), typical: median(recent), longRun: Math.max(...picked.map((w) => w.longest)) };
}

export interface Recovery {
  /** Recovery week k of n after the race. */
  k: number;
  n: number;
  /** L_pre: the level before the race's taper (the highest week of the 8 before race week). */
  preLevel: number;
  raceKm: number;
  raceDay?: Day;
}

/**
 * Week `i`'s place in the recovery after the latest race before it (P16), if it is a recovery week;
 * `gap`: calendar weeks between the last ledger week and week `i` that the log does not reach yet.
 */
export function recoveryAt(weeks: readonly LedgerWeek[], i: number, excluded: readonly boolean[], gap = 0): Recovery | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const raceKm = weeks[j].raceKm;
    if (raceKm === undefined) continue;
    const n = recoveryWeeksOf(raceKm);
    if (i - j + gap > n) return undefined;
    let preLevel = 0;
    for (let p = j - 1; p >= Math.max(0, j - VOLUME_RULE.reachWeeks); p--) if (!excluded[p]) preLevel = Math.max(preLevel, weeks[p].run);
    return { k: i - j + gap, n, preLevel, raceKm, ...(weeks[j].raceDay === undefined ? {} : { raceDay: weeks[j].raceDay }) };
  }
  return undefined;
}

/** A cutback week: under 85 % of the highest of the 3 weeks before it (P15); a log's first week is not. */
export const isCutback = (weeks: readonly LedgerWeek[], j: number): boolean => {
  const before = weeks.slice(Math.max(0, j - 3), j).filter((w) => !w.partial);
  return before.length > 0 && weeks[j].run < VOLUME_RULE.cutbackBelow * Math.max(...before.map((w) => w.run));
};

/**
 * Complete weeks since the last cutback week (or since the log's first complete week) before week `i`;
 * the log's last week, when the log ends inside it, is passed over.
 */
export function weeksSinceCutback(weeks: readonly LedgerWeek[], i: number): number {
  let n = 0;
  let j = i - 1;
  while (j > 0 && weeks[j].partial && weeks[j].start > weeks[0].start) j--;
  for (; j >= 0 && !weeks[j].partial && !isCutback(weeks, j); j--) n++;
  return n;
}

/** The peak before a taper that starts at week `t0` (P17): its highest week and longest run, race and recovery weeks left out. */
export function peakBefore(weeks: readonly LedgerWeek[], t0: number, excluded: readonly boolean[]): { level: number; longRun: number } {
  let level = 0;
  let longRun = 0;
  for (let j = Math.min(t0, weeks.length) - 1; j >= Math.max(0, t0 - VOLUME_RULE.reachWeeks); j--) {
    if (excluded[j]) continue;
    level = Math.max(level, weeks[j].run);
    longRun = Math.max(longRun, weeks[j].longest);
  }
  return { level, longRun };
}
