// What the planner reads from the log: its weeks (ledger.ts, aligned on the plan's first weekday),
// the runner's easy pace, and the 2 days just before the plan.

import { Day } from '../days';
import { Log, Session } from '../log/readLog';
import { DEFAULT_EASY_PACE } from '../load/sessionLoad';
import { isRunKind } from '../sessionTypes';
import { DistanceUnit, KM_PER_MILE } from '../units';
import { ledgerFromLog } from './ledger';
import { RunnerHistory } from './types';

/** Easy paces outside this range (minutes per unit) are data errors, not paces. */
const PACE_RANGE = { min: 3, max: 30 };
const PACE_KINDS = new Set(['easy_run', 'recovery_run', 'long_run']);

const isRun = (s: Session) => s.kind !== null && isRunKind(s.kind);

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

/** Easy paces are read from the runs of the last 4 weeks before the plan (all runs when those hold none). */
const PACE_WEEKS = 4;

export function historyFromLog(log: Log, weekStart: Day, unit: DistanceUnit): RunnerHistory {
  const before: RunnerHistory['before'] = [[], []];
  for (const s of log.sessions) {
    const i = s.day - (weekStart - 2);
    if (i === 0 || i === 1) before[i].push({ kind: s.kind, minutes: s.minutes });
  }
  const weeks = ledgerFromLog(log, weekStart, unit);
  if (!weeks.length) return { unit, weeks, pace: easyPace([], unit), before };
  const from = weeks[Math.max(0, weeks.length - PACE_WEEKS)].start;
  const to = weeks[weeks.length - 1].start + 7;
  const recentRuns = log.sessions.filter((s) => isRun(s) && s.day >= from && s.day < to);
  const pace = easyPace(recentRuns.length ? recentRuns : log.sessions.filter(isRun), unit);
  return { unit, weeks, pace, before };
}
