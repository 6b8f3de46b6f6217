// The weekly planner: phase and volume from the settings and the log (P13), then a search over
// running layouts and strength placements, best first, keeping the first week that the rule table
// accepts in full — P1–P13 plus the days around the week, so consecutive weeks also obey the
// order rules. Deterministic: the same input gives the same week.

import { PlanKind, isLowerStrength, isQualityKind } from '../sessionTypes';
import { hasLowerStrength, isHardDay } from '../rules/sessionOrder';
import { Breach, PlanDay, checkWeek } from '../rules/planRules';
import { DayBuild, WeekContext, contextOf, qualityFor, runDayCount } from './weekContext';
import { weekNotes } from './notes';
import { Skeleton, skeletons } from './skeleton';
import { placeRuns } from './runs';
import { addExtras, strengthOptions } from './extras';
import { SESSION_WORDS, withReason } from './details';
import { PlannedSession, PlannerInput, WeekPlan } from './types';

const asPlanDays = (days: readonly DayBuild[]): PlanDay[] => days.map((d) => d.items.map((i) => ({ kind: i.kind, minutes: i.minutes, distance: i.distance })));
const key = (b: Breach) => `${b.rule}|${b.day}|${b.problem}`;

/** The rule table on weeks between `before` and the next week's start; what those days break on their own doesn't count. */
function ruleCheck(ctx: WeekContext, before: readonly PlanDay[]): (week: readonly PlanDay[]) => boolean {
  const check = (w: readonly PlanDay[]) => {
    const days = [...before, ...w, ...ctx.after];
    return checkWeek({ days, at: before.length, orderStart: 0, orderEnd: days.length }, ctx.facts);
  };
  const inWeek = (b: Breach) => b.day >= 0 && b.day < 7;
  const own = new Set(check(Array.from({ length: 7 }, () => [])).filter((b) => !inWeek(b)).map(key));
  return (week) => check(week).every((b) => !inWeek(b) && own.has(key(b)));
}

/**
 * The next week's own days are unknown, so each end of the week holds at most one hard day (weeks
 * then never chain three, P10) and the last day has no lower-body strength (P5 before a Monday tempo).
 */
function edgesSafe(week: readonly PlanDay[]): boolean {
  const hard = week.map(isHardDay);
  return !(hard[0] && hard[1]) && !(hard[5] && hard[6]) && !hasLowerStrength(week[6]);
}

interface Found {
  days: DayBuild[];
  layout: Skeleton;
}

/**
 * The best week that also suits the logged days before it; failing that (a leg day and a race logged
 * just before the long-run day leave no room), the best week after the neighbouring plan weeks.
 * `first`: the layout to try before all others (the runner's normal week, which injury and P12 adapt).
 */
function search(ctx: WeekContext, first?: Skeleton): Found {
  const runDays = runDayCount(ctx);
  const all = skeletons({ anchor: ctx.anchor, anchorKind: ctx.anchorKind, runDays, quality: qualityFor(ctx, runDays), runFrom: ctx.facts.volume?.runFrom });
  // After an ALERT or a Red day, a layout with a workout on the first 2 days would only see it replaced
  // (P12): the same week with that workout dropped is the honest one, so such layouts come last.
  const early = (l: Skeleton) => l.days.slice(0, 2).some((d, i) => i !== ctx.anchor && d.kind !== null && isQualityKind(d.kind));
  const ordered = ctx.adapted ? [...all.filter((l) => !early(l)), ...all.filter(early)] : all;
  const tries: [readonly Skeleton[], PlanDay[]][] = [[ordered, ctx.before], [ordered, ctx.beforeInPlan]];
  if (first) tries.unshift([[first], ctx.before], [[first], ctx.beforeInPlan]);
  for (const [layouts, before] of tries) {
    const found = firstAccepted(ctx, layouts, before);
    if (found) return found;
  }
  // Unreachable for valid input (the property tests search for a counterexample): a bug, said plainly.
  throw new Error('the planner found no week that keeps every rule');
}

function firstAccepted(ctx: WeekContext, layouts: readonly Skeleton[], before: readonly PlanDay[]): Found | undefined {
  const accepts = ruleCheck(ctx, before);
  for (const layout of layouts) {
    const runs = placeRuns(ctx, layout);
    if (!runs) continue;
    for (const strength of strengthOptions(ctx, runs)) {
      const days = addExtras(ctx, runs, strength, layout.restOrder);
      if (!days) continue;
      const week = asPlanDays(days);
      if (edgesSafe(week) && accepts(week)) return { days, layout };
    }
  }
  return undefined;
}

/** P12's reason on lower-body strength the adaptation moved off the first 2 days. */
function explainMoves(ctx: WeekContext, days: DayBuild[], unadapted: readonly DayBuild[]) {
  const hadEarly = unadapted.slice(0, 2).some((d) => d.items.some((i) => isLowerStrength(i.kind)));
  if (!hadEarly) return;
  days.forEach((d, day) => {
    if (unadapted[day].items.some((i) => isLowerStrength(i.kind))) return;
    for (const it of d.items) if (isLowerStrength(it.kind)) it.details = withReason(it.details, `moved off the first 2 days: ${ctx.adaptedWhy} (P12)`);
  });
}

const FIRST_ALONE_IN_PM = new Set<PlanKind>(['core', 'yoga', 'mobility', 'foam_roll']);

function sessionsOf(weekStart: number, days: readonly DayBuild[]): PlannedSession[] {
  const out: PlannedSession[] = [];
  days.forEach((d, i) => {
    const day = weekStart + i;
    if (!d.items.length) out.push({ day, slot: 'AM', kind: 'rest', details: SESSION_WORDS.rest });
    d.items.forEach((it, j) => {
      const slot = j === 1 || (d.items.length === 1 && FIRST_ALONE_IN_PM.has(it.kind)) ? 'PM' : 'AM';
      out.push({ day, slot, kind: it.kind, distance: it.distance, minutes: it.minutes, details: it.details });
    });
  });
  return out;
}

/** The suggested week (planner-rules.md); it obeys every rule of the table. */
export function suggestWeek(input: PlannerInput): WeekPlan {
  const ctx = contextOf(input);
  let found: Found;
  if (ctx.adapted || ctx.injured) {
    // Injury and P12 change the runner's normal week; they do not plan another one.
    const normal = search({ ...ctx, adapted: false, injured: false, facts: { ...ctx.facts, adapted: false, injured: false } });
    found = search(ctx, normal.layout);
    if (ctx.adapted) explainMoves(ctx, found.days, normal.days);
  } else {
    found = search(ctx);
  }
  const notes = weekNotes(input, ctx, found.layout.dropped);
  const weekStart = input.settings.weekStart;
  return { weekStart, phase: ctx.phase, volume: ctx.volume, notes, sessions: sessionsOf(weekStart, found.days), facts: ctx.facts, state: input.state };
}
