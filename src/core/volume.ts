// Weekly running and cross-training distance (formulas.md, WEEKLY_MILES).

import { Day, weekStartOf } from './days';
import { Log } from './log/readLog';
import { categoryOf } from './sessionTypes';
import { crossTrainMiles } from './crossTraining';

export interface WeekVolume {
  weekStart: Day;
  run: number;
  cross: number;
  total: number;
  /** Run ÷ previous week's run − 1; undefined for the first week or after a week without running. */
  change?: number;
}

/** One entry per calendar week from the week of the first logged day to the week of the last. */
export function weeklyVolume(log: Log, startWeekday: number, easyPace: number): WeekVolume[] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const first = weekStartOf(log.firstDay, startWeekday);
  const n = (weekStartOf(log.lastDay, startWeekday) - first) / 7 + 1;
  const run = new Float64Array(n);
  const cross = new Float64Array(n);
  for (const s of log.sessions) {
    const w = Math.floor((s.day - first) / 7);
    const category = s.kind === null ? null : categoryOf(s.kind);
    if (category === 'run') run[w] += s.distance ?? 0;
    else if (category === 'cardio') cross[w] += crossTrainMiles(s.kind, s.minutes, easyPace, s.distance);
  }
  const weeks: WeekVolume[] = [];
  for (let w = 0; w < n; w++) {
    const v: WeekVolume = { weekStart: first + 7 * w, run: run[w], cross: cross[w], total: run[w] + cross[w] };
    const change = w > 0 && run[w - 1] > 0 ? run[w] / run[w - 1] - 1 : undefined;
    if (change !== undefined && Number.isFinite(change)) v.change = change; // a near-zero week overflows
    weeks.push(v);
  }
  return weeks;
}
