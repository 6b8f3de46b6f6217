// P12's input from the log: the latest day's BURNOUT_ALERTS level and RECOVERY_SCORE status, with
// their reasons, as the formulas compute them.

import { Log } from '../log/readLog';
import { latestAlert } from '../alerts/burnoutAlerts';
import { recoveryByDay } from '../recovery/recoveryScore';
import { RunnerState } from './types';

export function runnerStateOf(log: Log): RunnerState {
  const recoveries = recoveryByDay(log, { whyFrom: log.lastDay });
  const alert = latestAlert(log, { recovery: recoveries });
  const recovery = recoveries[recoveries.length - 1];
  if (!alert || !recovery) return { reasons: [] };
  const reasons = [...(alert.level === 'OK' ? [] : alert.reasons), ...(recovery.status === 'Red' && recovery.why ? [recovery.why] : [])];
  return { alertLevel: alert.level, recoveryStatus: recovery.status, reasons, day: alert.day };
}
