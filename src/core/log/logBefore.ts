// The log as it stood before a day: what the planner knew when a past week began, so a week's target
// is not set by what the runner did during that week.
import { Day } from '../days';
import { Log } from './readLog';

export function logBefore(log: Log, day: Day): Log {
  if (log.lastDay === undefined || log.lastDay < day) return log;
  const sessions = log.sessions.filter((s) => s.day < day);
  let lastDay: Day | undefined;
  for (const s of sessions) if (lastDay === undefined || s.day > lastDay) lastDay = s.day;
  const first = log.firstDay!;
  for (let i = Math.min(day - first, log.wellness.length) - 1; i >= 0; i--) {
    if (log.wellness[i] === undefined) continue;
    if (lastDay === undefined || first + i > lastDay) lastDay = first + i;
    break;
  }
  const wellness = lastDay === undefined ? [] : log.wellness.slice(0, lastDay - first + 1);
  return { ...log, sessions, wellness, firstDay: lastDay === undefined ? undefined : log.firstDay, lastDay };
}
