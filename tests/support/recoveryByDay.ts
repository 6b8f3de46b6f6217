// Every day of a log as RECOVERY_SCORE shows it, one object each: the tests' whole-log reading, which
// the formulas (reading the series a row at a time, or the latest day alone) must agree with.
import { Day } from '../../src/core/days';
import { Log } from '../../src/core/log/readLog';
import { RecoveryDay, recoveryDay, recoverySeries } from '../../src/core/recovery/recoveryScore';

/** `whyFrom`: the first day whose Why is written; earlier days get "". */
export function recoveryByDay(log: Log, opts: { whyFrom?: Day } = {}): RecoveryDay[] {
  const whyFrom = opts.whyFrom ?? -Infinity;
  const series = recoverySeries(log);
  return Array.from(series.score, (_, i) => recoveryDay(series, i, series.firstDay + i >= whyFrom));
}
