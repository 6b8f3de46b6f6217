// The weekly trend the Dashboard charts: run distance, elevation gain and the long run of each week
// (the figures ultra plans are written in), and the Fitness ramp at the week's end.

import { Day, weekStartOf } from '../days';
import { Log } from '../log/readLog';
import { LoadDay } from '../load/trainingLoad';
import { isRunKind } from '../sessionTypes';
import { fitnessRamp } from './fitness';

export interface WeekTrend {
  weekStart: Day;
  run: number;
  /** Summed over the week's sessions that give it; undefined when none does (or the Log has no such column). */
  elevation?: number;
  /** The longest single run; 0 in a week without running. */
  longRun: number;
  /** fitnessRamp on the week's last day (the latest logged day for the current week). */
  ramp?: number;
}

/** The last `weeks` calendar weeks up to the week of the latest logged day; `days` is the load model from the log's first day. */
export function weeklyTrend(log: Log, days: readonly LoadDay[], startWeekday: number, weeks: number): WeekTrend[] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const first = weekStartOf(log.lastDay, startWeekday) - 7 * (weeks - 1);
  const out: WeekTrend[] = Array.from({ length: weeks }, (_, w) => ({ weekStart: first + 7 * w, run: 0, longRun: 0 }));
  for (const s of log.sessions) {
    const w = Math.floor((s.day - first) / 7);
    if (w < 0 || w >= weeks) continue;
    const week = out[w];
    if (s.elevation !== undefined) week.elevation = (week.elevation ?? 0) + s.elevation;
    if (s.kind === null || !isRunKind(s.kind)) continue;
    week.run += s.distance ?? 0;
    week.longRun = Math.max(week.longRun, s.distance ?? 0);
  }
  for (const week of out) {
    const end = Math.min(week.weekStart + 6, log.lastDay) - log.firstDay;
    if (end >= 0) week.ramp = fitnessRamp(days, end);
  }
  return out;
}
