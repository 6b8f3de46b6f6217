// What the planner reads from the log: the running of the last 4 weeks before the plan (weeks
// aligned on the plan's first weekday), the runner's easy pace, and the 2 days just before the plan.

import { Day } from '../days';
import { Log, Session } from '../log/readLog';
import { DEFAULT_EASY_PACE } from '../load/sessionLoad';
import { isRunKind } from '../sessionTypes';
import { DistanceUnit, KM_PER_MILE } from '../units';
import { VOLUME_RULE } from '../rules/weekTarget';
import { RunnerHistory } from './types';

/** Easy paces outside this range (minutes per unit) are data errors, not paces. */
const PACE_RANGE = { min: 3, max: 30 };
const PACE_KINDS = new Set(['easy_run', 'recovery_run', 'long_run']);

const isRun = (s: Session) => s.kind !== null && isRunKind(s.kind);

/** Start of the last whole plan-aligned week that holds the log's last day, at most the week before the plan. */
function lastWeekStart(log: Log, weekStart: Day): Day {
  const weeksBack = Math.max(1, Math.ceil((weekStart - log.lastDay!) / 7));
  return weekStart - 7 * weeksBack;
}

function easyPace(runs: readonly Session[], unit: DistanceUnit): number {
  let minutes = 0;
  let distance = 0;
  for (const s of runs) {
    if (!PACE_KINDS.has(s.kind!) || !s.distance || !s.minutes) continue;
    minutes += s.minutes;
    distance += s.distance;
  }
  const fallback = unit === 'km' ? DEFAULT_EASY_PACE / KM_PER_MILE : DEFAULT_EASY_PACE;
  const pace = distance > 0 ? minutes / distance : fallback;
  return pace >= PACE_RANGE.min && pace <= PACE_RANGE.max ? pace : fallback;
}

export function historyFromLog(log: Log, weekStart: Day, unit: DistanceUnit): RunnerHistory {
  const before: RunnerHistory['before'] = [[], []];
  for (const s of log.sessions) {
    const i = s.day - (weekStart - 2);
    if (i === 0 || i === 1) before[i].push({ kind: s.kind, minutes: s.minutes });
  }
  if (log.firstDay === undefined) return { unit, weeklyRun: [], pace: easyPace([], unit), before };
  const last = lastWeekStart(log, weekStart);
  const first = last - 7 * (VOLUME_RULE.historyWeeks - 1);
  const weeks = new Map<number, number>();
  for (let start = first; start <= last; start += 7) if (start + 6 >= log.firstDay) weeks.set(start, 0);
  const recentRuns: Session[] = [];
  for (const s of log.sessions) {
    if (!isRun(s) || s.day < first || s.day >= last + 7) continue;
    const start = first + 7 * Math.floor((s.day - first) / 7);
    if (weeks.has(start)) weeks.set(start, weeks.get(start)! + (s.distance ?? 0));
    recentRuns.push(s);
  }
  const pace = easyPace(recentRuns.length ? recentRuns : log.sessions.filter(isRun), unit);
  return { unit, weeklyRun: [...weeks.values()], pace, before };
}
