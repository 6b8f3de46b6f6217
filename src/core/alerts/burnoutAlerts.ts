// BURNOUT_ALERTS' model: every rule of ./alertRules.ts on every calendar day of the log. The daily
// series the rules read are built once, in single passes, so 10 years of logs take milliseconds.

import { Day } from '../days';
import { Log } from '../log/readLog';
import { LoadSeries, dailyLoads, formPercentAt, formPercents, loadSeries } from '../load/trainingLoad';
import { RecoveryDay, RecoverySeries, isHrvBelowNormal, recoveryDay, recoverySeries, scoreFrom } from '../recovery/recoveryScore';
import { daySequenceOf, daysWithoutRest } from '../rules/sessionOrder';
import { isRunKind } from '../sessionTypes';
import { streakLengths } from '../streaks';
import { ALERT_RULES, AlertContext, AlertLevel } from './alertRules';
import { ALERT_THRESHOLDS, AlertThresholds } from './thresholds';

export type { AlertLevel } from './alertRules';

export interface AlertDay {
  day: Day;
  /** The most severe level among the rules that fired; OK when none did. */
  level: AlertLevel;
  /** One entry per rule that fired, in the order of ALERT_RULES. */
  reasons: string[];
}

export interface AlertOptions {
  /** Thresholds that replace ALERT_THRESHOLDS' defaults (e.g. from the Settings sheet). */
  thresholds?: Partial<AlertThresholds>;
  /** The log's recoverySeries, when the caller has computed it already: it is not computed twice. */
  recovery?: RecoverySeries;
  /** The log's loadSeries, likewise. */
  load?: LoadSeries;
}

const SEVERITY: Record<AlertLevel, number> = { OK: 0, WATCH: 1, ALERT: 2 };

/**
 * One entry per calendar day from `from` (default: the log's first day) to the log's last. The load
 * model always runs over the whole log; recovery is scored, and streaks counted, only as far back as
 * the rules of the days asked for look — a month of the Dashboard, or the latest day alone.
 */
export function alertsByDay(log: Log, opts: AlertOptions = {}, from?: Day): AlertDay[] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const first = Math.max(0, (from ?? log.firstDay) - log.firstDay);
  if (log.firstDay + first > log.lastDay) return [];
  const t: AlertThresholds = { ...ALERT_THRESHOLDS, ...opts.thresholds };
  const ctx = alertContext(log, t, first, opts.recovery, opts.load);
  const days: AlertDay[] = new Array(ctx.load.atl.length - first);
  for (let k = 0; k < days.length; k++) days[k] = alertOn(ctx, first + k, t);
  return days;
}

/** alertsByDay's last entry. */
export function latestAlert(log: Log, opts: AlertOptions = {}): AlertDay | undefined {
  return log.lastDay === undefined ? undefined : alertsByDay(log, opts, log.lastDay)[0];
}

/**
 * The log's latest day as BURNOUT_ALERTS and RECOVERY_SCORE show it (the planner's P12 input, the
 * Today block, the sidebar): only that day is scored, and those its streaks reach back to.
 */
export function latestDayOf(log: Log, load?: LoadSeries): { alert: AlertDay; recovery: RecoveryDay } | undefined {
  if (log.firstDay === undefined || log.lastDay === undefined) return undefined;
  const last = log.lastDay - log.firstDay;
  const series = recoverySeries(log, last);
  return { alert: latestAlert(log, { recovery: series, load })!, recovery: recoveryDay(series, last, true) };
}

function alertOn(ctx: AlertContext, i: number, t: AlertThresholds): AlertDay {
  let level: AlertLevel = 'OK';
  const reasons: string[] = [];
  // Indexed loops here and below: in the interpreter a for-of allocates on every step.
  for (let r = 0; r < ALERT_RULES.length; r++) {
    const found = ALERT_RULES[r].check(ctx, i, t);
    if (!found) continue;
    reasons.push(found.reason);
    if (SEVERITY[found.level] > SEVERITY[level]) level = found.level;
  }
  return { day: ctx.load.firstDay + i, level, reasons };
}

/** The rules' inputs, valid on the days from index `from` on. */
function alertContext(log: Log, t: AlertThresholds, from: number, recovery = recoverySeries(log, from), load = loadSeries(dailyLoads(log), log.firstDay!)): AlertContext {
  const first = log.firstDay!;
  const n = load.atl.length;
  const run = new Float64Array(n);
  for (let k = 0; k < log.sessions.length; k++) {
    const s = log.sessions[k];
    if (s.kind !== null && isRunKind(s.kind)) run[s.day - first] += s.distance ?? 0;
  }
  const runBefore = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) runBefore[i + 1] = runBefore[i] + run[i];
  const sessions = daySequenceOf(log);
  const formPct = formPercents(load, from);
  scoreFrom(recovery, from);
  const { wellness } = recovery;
  return {
    load,
    formPct,
    formLowRun: streakLengths(n, (i) => (i >= from ? formPct[i] : formPercentAt(load, i)) < t.formWatch, from),
    recovery,
    sessions,
    runBefore,
    withoutRest: daysWithoutRest(sessions, from),
    hrvLowRun: streakLengths(n, (i) => isHrvBelowNormal(recovery, i), from),
    shortSleepRun: streakLengths(n, (i) => (wellness[i]?.sleep ?? Infinity) < t.shortSleepHours, from),
  };
}
