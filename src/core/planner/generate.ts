// The weekly planner: phase and volume from the settings and the log (P13), then a search over
// running layouts and strength placements, best first, keeping the first week that the rule table
// accepts in full — P1–P13 plus the days around the week, so consecutive weeks also obey the
// order rules. Deterministic: the same input gives the same week.

import { isoFromDay, weekdayOf } from '../days';
import { PlanKind, isLowerStrength } from '../sessionTypes';
import { milesIn } from '../units';
import { DaySession, hasLowerStrength, isHardDay } from '../rules/sessionOrder';
import { Breach, PlanDay, WeekFacts, checkWeek } from '../rules/planRules';
import { PEAK_TARGET_MILES, PEAK_WEEKS_BEFORE_TAPER, PHASE_NAMES, Phase, phaseOf } from '../rules/phase';
import { baseVolume, volumeTarget } from '../rules/weekTarget';
import { DayBuild, WeekContext } from './build';
import { Skeleton, skeletons } from './skeleton';
import { placeRuns } from './runs';
import { addExtras, strengthOptions } from './extras';
import { SESSION_WORDS, withReason } from './details';
import { PlannedSession, PlannerInput, RunnerState, WeekPlan } from './types';

/** Run days a week by volume (miles): 3 under 15, 4 under 30, 5 under 50, else 6; each run ≥ 3 mi. */
function runDayCount(phase: Phase, target: number, perMile: number): number {
  const miles = target / perMile;
  const runs = Math.max(1, Math.min(miles < 15 ? 3 : miles < 30 ? 4 : miles < 50 ? 5 : 6, Math.floor(miles / 3)));
  return phase === 'race' ? 1 + Math.min(runs, 5) : runs;
}

function qualityFor(phase: Phase, runs: number): PlanKind[] {
  if (phase === 'race') return [];
  if (phase === 'taper') return runs >= 3 ? ['tempo'] : [];
  return runs >= 4 ? ['tempo', 'hills'] : runs === 3 ? ['tempo'] : [];
}

function adaptationWhy(state: RunnerState, weekStart: number): string {
  const what = [state.alertLevel === 'ALERT' ? 'burnout ALERT' : '', state.recoveryStatus === 'Red' ? 'recovery Red' : ''].filter(Boolean).join(' and ');
  const when = state.day === undefined ? 'on the latest logged day' : state.day === weekStart - 1 ? 'yesterday' : `on ${isoFromDay(state.day)}`;
  return `${what} ${when}`;
}

/** The 2 days on each side of the week: the neighbouring plan weeks' long run (or the race), and the logged days. */
function neighbours(input: PlannerInput, longRunDay: number): Pick<WeekContext, 'before' | 'beforeInPlan' | 'after'> {
  const { weekStart, raceDay } = input.settings;
  const race = raceDay === undefined ? undefined : raceDay - weekStart;
  const beforeInPlan: DaySession[][] = [[], []];
  const after: DaySession[][] = [[], []];
  const prev = race !== undefined && race >= -7 && race < 0 ? { day: race, kind: 'race' as const } : { day: longRunDay - 7, kind: 'long_run' as const };
  const next = race !== undefined && race >= 7 && race < 14 ? { day: race, kind: 'race' as const } : { day: longRunDay + 7, kind: 'long_run' as const };
  if (prev.day >= -2) beforeInPlan[prev.day + 2].push({ kind: prev.kind });
  if (next.day <= 8) after[next.day - 7].push({ kind: next.kind });
  const before = beforeInPlan.map((d, i) => [...d, ...(input.history.before[i] ?? [])]);
  return { before, beforeInPlan, after };
}

function contextOf(input: PlannerInput): WeekContext {
  const { settings: st, history: h, state } = input;
  const base = baseVolume(st.target, h.weeklyRun, h.unit);
  const { phase, weeksToRace } = phaseOf(st.weekStart, st.raceDay, base.base, h.unit);
  const volume = volumeTarget(base, phase);
  const longRunDay = (st.longRunDay - weekdayOf(st.weekStart) + 7) % 7;
  const anchor = phase === 'race' ? st.raceDay! - st.weekStart : longRunDay;
  const adapted = state.alertLevel === 'ALERT' || state.recoveryStatus === 'Red';
  const facts: WeekFacts = { longRunDay, phase, injured: st.injured, adapted, target: volume.target, unit: h.unit };
  if (phase === 'race') facts.raceDay = anchor;
  return {
    unit: h.unit, pace: h.pace, phase, weeksToRace, volume, anchor, anchorKind: phase === 'race' ? 'race' : 'long_run',
    injured: st.injured, adapted, adaptedWhy: adaptationWhy(state, st.weekStart), facts, ...neighbours(input, longRunDay),
  };
}

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
  const runDays = runDayCount(ctx.phase, ctx.volume.target, milesIn(1, ctx.unit));
  const all = skeletons({ anchor: ctx.anchor, anchorKind: ctx.anchorKind, runDays, quality: qualityFor(ctx.phase, runDays) });
  const tries: [readonly Skeleton[], PlanDay[]][] = [[all, ctx.before], [all, ctx.beforeInPlan]];
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
    for (const strength of strengthOptions(ctx.phase, runs)) {
      const days = addExtras(ctx, runs, strength, layout.restOrder);
      if (!days) continue;
      const week = asPlanDays(days);
      if (edgesSafe(week) && accepts(week)) return { days, layout };
    }
  }
  return undefined;
}

function weekNotes(input: PlannerInput, ctx: WeekContext, dropped: readonly PlanKind[]): string[] {
  const { raceDay, weekStart } = input.settings;
  const raceOn = raceDay === undefined ? '' : `race ${isoFromDay(raceDay)}`;
  const fmt = (n: number) => `${Math.round(n * 10) / 10} ${ctx.unit}`;
  const byVolume = ctx.phase === 'peak' && (ctx.weeksToRace === undefined || ctx.weeksToRace > 1 + PEAK_WEEKS_BEFORE_TAPER);
  const why = ctx.phase === 'base' ? '' : byVolume ? `target ≥ ${fmt(milesIn(PEAK_TARGET_MILES, ctx.unit))}` : raceOn;
  const notes = [`${PHASE_NAMES[ctx.phase]}${why ? ` (${why})` : ''}: ${fmt(ctx.volume.target)} of running — ${ctx.volume.how} (P13)`];
  const strength: Record<Phase, string> = {
    base: '2 strength sessions, core and 3 mobility sessions (P2, P6, P7)',
    peak: 'no strength: mobility and light recovery work only (P2)',
    taper: 'strength cut to one upper-body session (P2)',
    race: 'no strength in race week (P2)',
  };
  notes.push(strength[ctx.phase]);
  if (raceDay !== undefined && raceDay < weekStart) notes.push(`${raceOn} is before this week: no taper`);
  if (dropped.length) notes.push(`${dropped.join(' and ')} left out: no day fits without breaking the order rules (P5, P10)`);
  if (ctx.injured) notes.push('injured: every run becomes low-impact cardio of about the same time, no long run (P11)');
  if (ctx.adapted) {
    const reasons = input.state.reasons.filter(Boolean).slice(0, 3).join('; ');
    notes.push(`${ctx.adaptedWhy}${reasons ? ` (${reasons})` : ''}: no quality session or lower-body strength on the first 2 days (P12)`);
  }
  return notes;
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
