// The log as it stood before a day: what the planner knew when a past week began, so a week's target
// is not set by what the runner did during that week.
import { Day } from '../days';
import { Log } from './readLog';

export function logBefore(log: Log, day: Day): Log {
  if (log.lastDay === undefined || log.lastDay < day) return log;
  const sessions = log.sessions.filter((s) => s.day < day);
  const wellness = new Map([...log.wellness].filter(([d]) => d < day));
  let lastDay: Day | undefined;
  for (const s of sessions) if (lastDay === undefined || s.day > lastDay) lastDay = s.day;
  for (const d of wellness.keys()) if (lastDay === undefined || d > lastDay) lastDay = d;
  return { ...log, sessions, wellness, firstDay: lastDay === undefined ? undefined : log.firstDay, lastDay };
}
