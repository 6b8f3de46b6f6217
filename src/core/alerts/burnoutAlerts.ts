// BURNOUT_ALERTS' model: every rule of ./alertRules.ts on every calendar day of the log. The daily
// series the rules read are built once, in single passes, so 10 years of logs take milliseconds.

import { Day } from '../days';
import { Log } from '../log/readLog';
import { LoadSeries, dailyLoads, formPercentAt, formPercents, loadSeries } from '../load/trainingLoad';
import { RecoverySeries, isHrvBelowNormal, recoverySeries, scoreFrom } from '../recovery/recoveryScore';
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

/** One entry per calendar day from the log's first day to its last. */
export function alertsByDay(log: Log, opts: AlertOptions = {}): AlertDay[] {
  if (log.firstDay === undefined) return [];
  const t: AlertThresholds = { ...ALERT_THRESHOLDS, ...opts.thresholds };
  const ctx = alertContext(log, t, 0, opts.recovery, opts.load);
  const days: AlertDay[] = new Array(ctx.load.atl.length);
  for (let i = 0; i < days.length; i++) days[i] = alertOn(ctx, i, t);
  return days;
}

/**
 * alertsByDay's last entry, without the rules' inputs of every other day (the planner and the
 * Today block need only it): the load model still runs over the whole log, but recovery is scored
 * and streaks counted only as far back as the last day's rules look.
 */
export function latestAlert(log: Log, opts: AlertOptions = {}): AlertDay | undefined {
  if (log.firstDay === undefined || log.lastDay === undefined) return undefined;
  const t: AlertThresholds = { ...ALERT_THRESHOLDS, ...opts.thresholds };
  const last = log.lastDay - log.firstDay;
  return alertOn(alertContext(log, t, last, opts.recovery, opts.load), last, t);
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
