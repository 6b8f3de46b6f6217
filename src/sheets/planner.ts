// The planner as the sidebar asks for it: a request validated with zod (dates travel as ISO text,
// google.script.run cannot carry Date objects), the Log's values, and back a plain JSON plan with
// the runner's latest state and the rows "Insert into Plan sheet" writes.

import { Day, TimeZone, WEEKDAYS, isoFromDay, weekdayOf } from '../core/days';
import { dayFromIsoText } from '../core/log/cells';
import { readLog } from '../core/log/readLog';
import { planFromLog } from '../core/planner/fromLog';
import { planRows } from '../core/planner/planTable';
import { PHASE_NAMES } from '../core/rules/phase';
import { displayName } from '../core/sessionTypes';
import { unitOfLog } from '../core/units';
import { requestProblem } from './requestProblem';
import { raceDistanceIn, readRaceDistance } from '../core/raceDistance';
import { SidebarPlanResult, planRequestSchema } from './sidebarContract';

/** How errors from the shared log reader and planner name the sidebar. */
const CALLER = 'Planner';

const dayOf = (iso: string | undefined): Day | undefined => (iso === undefined ? undefined : dayFromIsoText(iso));

const FIELDS = Object.keys(planRequestSchema.shape);

/**
 * The suggested week for the sidebar.
 * @throws Error with a message for the runner when the request or the Log is not readable.
 */
export function suggestPlanForSidebar(request: unknown, logValues: unknown, tz: TimeZone): SidebarPlanResult {
  const parsed = planRequestSchema.safeParse(request ?? {});
  if (!parsed.success) throw requestProblem(CALLER, parsed.error, request, FIELDS);
  const r = parsed.data;
  const log = readLog(logValues, tz, CALLER);
  const unit = unitOfLog(logValues);
  const plan = planFromLog(log, unit, {
    weekStart: dayOf(r.weekStart),
    longRunDay: r.longRunDay === undefined ? undefined : WEEKDAYS.indexOf(r.longRunDay),
    raceDay: dayOf(r.raceDate),
    target: r.targetMiles,
    injured: r.injured,
    raceDistance: r.raceDistance === undefined ? undefined : raceDistanceIn(readRaceDistance(r.raceDistance)!, unit),
    cycle: r.cycle,
  }, CALLER);
  if (!plan) return { plan: null, message: 'Your Log has no dated sessions yet: log a few runs, then ask for a plan.' };
  const { state } = plan;
  return {
    plan: {
      weekStart: isoFromDay(plan.weekStart),
      phase: plan.phase,
      phaseName: PHASE_NAMES[plan.phase],
      target: plan.volume.target,
      unit: plan.facts.unit ?? 'mi',
      notes: plan.notes,
      state: { alertLevel: state.alertLevel ?? null, recoveryStatus: state.recoveryStatus ?? null, reasons: state.reasons, date: state.day === undefined ? null : isoFromDay(state.day) },
      sessions: plan.sessions.map((s) => ({
        date: isoFromDay(s.day), day: WEEKDAYS[weekdayOf(s.day)], slot: s.slot, session: displayName(s.kind), kind: s.kind,
        distance: s.distance ?? null, minutes: s.minutes ?? null, details: s.details,
      })),
      rows: planRows(plan, isoFromDay),
    },
  };
}
