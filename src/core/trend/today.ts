// The Dashboard's "Today" block: the latest logged day at a glance — its alert level and reasons,
// recovery, Form %, the Fitness ramp, this week's running against the week's target, and the next
// planned session. Every figure is the one the other formulas give for that day, so the block and
// the tables below it never disagree. Pure: the formula (TODAY_STATUS) turns it into cells.

import { Day, weekStartOf } from '../days';
import { Log } from '../log/readLog';
import { logBefore } from '../log/logBefore';
import { dailyLoads, trainingLoad } from '../load/trainingLoad';
import { latestDayOf } from '../alerts/burnoutAlerts';
import { ReadPlan } from '../planner/readPlan';
import { PlanRequest, planFromLog } from '../planner/fromLog';
import { DistanceUnit } from '../units';
import { Kind, displayName, isRunKind } from '../sessionTypes';
import { RAMP_WATCH, correctedLoad, fitnessRamp, formShown } from './fitness';

export type TodayLine =
  | { what: 'day'; day: Day; sessions: string }
  | { what: 'alert'; level: string; reasons: string }
  | { what: 'recovery'; score?: number; status?: string; why: string }
  | { what: 'form'; percent?: number; zone?: string; why: string }
  | { what: 'ramp'; ramp?: number; level?: 'OK' | 'WATCH'; why: string }
  | { what: 'week'; run: number; target?: number; from: string }
  | { what: 'next'; day?: Day; session: string; why: string };

export interface TodaySettings {
  startWeekday: number;
  unit: DistanceUnit;
  planner: Omit<PlanRequest, 'weekStart' | 'weekStartWeekday'>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(Math.round(x * 100))} %`;
const named = (kind: Kind | null, text: string) => (kind ? displayName(kind) : text);

function sessionWords(s: { kind: Kind | null; distance?: number; minutes?: number; slot?: string; details?: string }, unit: DistanceUnit, text = ''): string {
  const size = s.distance ? `${round1(s.distance)} ${unit}` : s.minutes ? `${Math.round(s.minutes)} min` : '';
  return [named(s.kind, text), size, s.slot].filter(Boolean).join(' ');
}

/** The Plan sheet's sessions from `from` on, in order; undefined when the plan has none there. */
function plannedFrom(plan: ReadPlan | undefined, from: Day, to = Infinity) {
  if (!plan) return [];
  return [...plan.days].filter(([d]) => d >= from && d <= to).sort(([a], [b]) => a - b).flatMap(([day, sessions]) => sessions.map((s) => ({ day, ...s })));
}

/** The block's lines for the log's latest day; [] for a log without a dated row. */
export function todayLines(log: Log, plan: ReadPlan | undefined, settings: TodaySettings): TodayLine[] {
  if (log.firstDay === undefined || log.lastDay === undefined) return [];
  const last = log.lastDay;
  const i = last - log.firstDay;
  const days = trainingLoad(dailyLoads(log), log.firstDay);
  const { alert, recovery: today } = latestDayOf(log)!;
  const sessions = log.sessions.filter((s) => s.day === last);

  const form = formShown(days, i);
  const ramp = fitnessRamp(days, i);
  const fit = correctedLoad(days, i).fitness;
  const before = i >= 7 ? correctedLoad(days, i - 7).fitness : undefined;

  const weekStart = weekStartOf(last, settings.startWeekday);
  const run = log.sessions.filter((s) => s.day >= weekStart && s.kind !== null && isRunKind(s.kind)).reduce((sum, s) => sum + (s.distance ?? 0), 0);
  const planned = plannedFrom(plan, weekStart, weekStart + 6);
  const plannedRuns = planned.filter((s) => s.kind !== null && isRunKind(s.kind));
  let target: number | undefined;
  let from: string;
  let next = plannedFrom(plan, last + 1)[0];
  let nextFrom = 'from the Plan sheet';
  if (plannedRuns.length > 0) {
    target = plannedRuns.reduce((sum, s) => sum + (s.distance ?? 0), 0);
    from = 'target: the runs planned this week on the Plan sheet';
  } else {
    // The target the planner gave this week when it began, from the log before it.
    const suggested = planFromLog(logBefore(log, weekStart), settings.unit, { ...settings.planner, weekStart }, 'TODAY_STATUS');
    target = suggested?.volume.target;
    from = `target suggested from your log (SUGGEST_PLAN): ${suggested?.volume.how ?? ''}`;
  }
  if (!next) {
    // Nothing planned after the latest day: the planner's week from the next day on.
    const suggested = planFromLog(log, settings.unit, { ...settings.planner, weekStart: last + 1 }, 'TODAY_STATUS');
    const first = suggested?.sessions.find((s) => s.kind !== 'rest');
    if (first) next = { ...first, kind: first.kind };
    nextFrom = 'suggested from your log (SUGGEST_PLAN): nothing is planned after your latest day';
  }

  return [
    { what: 'day', day: last, sessions: sessions.map((s) => sessionWords(s, settings.unit, s.typeText)).join(', ') || 'rest day' },
    { what: 'alert', level: alert.level, reasons: alert.reasons.join('; ') || 'no rule fired' },
    { what: 'recovery', score: today.score === undefined ? undefined : Math.round(today.score), status: today.status, why: today.why || 'no wellness logged that morning' },
    {
      what: 'form',
      percent: form?.percent,
      zone: form?.zone,
      why: 'Form % = (Fitness − Fatigue) ÷ Fitness, both of the day before, start-corrected: the reading the zones and the Form alert use',
    },
    {
      what: 'ramp',
      ramp,
      level: ramp === undefined ? undefined : ramp > RAMP_WATCH ? 'WATCH' : 'OK',
      why: before === undefined || ramp === undefined ? 'needs a week of log' : `Fitness ${Math.round(fit)}, ${Math.round(before)} a week before; WATCH above ${pct(RAMP_WATCH)} a week`,
    },
    { what: 'week', run: round1(run), target: target === undefined ? undefined : round1(target), from },
    next
      ? { what: 'next', day: next.day, session: sessionWords(next, settings.unit), why: [next.details, nextFrom].filter(Boolean).join(' · ') }
      : { what: 'next', session: '', why: 'nothing planned' },
  ];
}
