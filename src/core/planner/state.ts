// P12's input from the log: the latest day's BURNOUT_ALERTS level and RECOVERY_SCORE status, with
// their reasons, as the formulas compute them.

import { Log } from '../log/readLog';
import { latestDayOf } from '../alerts/burnoutAlerts';
import { LoadSeries } from '../load/trainingLoad';
import { RunnerState } from './types';

export function runnerStateOf(log: Log, load?: LoadSeries): RunnerState {
  const latest = latestDayOf(log, load);
  if (!latest) return { reasons: [] };
  const { alert, recovery } = latest;
  const reasons = [...(alert.level === 'OK' ? [] : alert.reasons), ...(recovery.status === 'Red' && recovery.why ? [recovery.why] : [])];
  return { alertLevel: alert.level, recoveryStatus: recovery.status, reasons, day: alert.day };
}
