// P12's input from the log: the latest day's BURNOUT_ALERTS level and RECOVERY_SCORE status, with
// their reasons, as the formulas compute them.

import { Log } from '../log/readLog';
import { latestAlert } from '../alerts/burnoutAlerts';
import { LoadSeries } from '../load/trainingLoad';
import { recoveryDay, recoverySeries } from '../recovery/recoveryScore';
import { RunnerState } from './types';

export function runnerStateOf(log: Log, load?: LoadSeries): RunnerState {
  // Only the latest day is scored (and those its streaks reach back to).
  const series = recoverySeries(log, log.lastDay === undefined ? 0 : log.lastDay - log.firstDay!);
  const alert = latestAlert(log, { recovery: series, load });
  if (!alert) return { reasons: [] };
  const recovery = recoveryDay(series, series.score.length - 1, true);
  const reasons = [...(alert.level === 'OK' ? [] : alert.reasons), ...(recovery.status === 'Red' && recovery.why ? [recovery.why] : [])];
  return { alertLevel: alert.level, recoveryStatus: recovery.status, reasons, day: alert.day };
}
