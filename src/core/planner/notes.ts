// The week's notes: what the first row's Details (and the sidebar) say about the whole week —
// phase and why, volume and the long run with the rules and numbers that set them, and every rule
// that changed the week.

import { isoFromDay } from '../days';
import { PlanKind } from '../sessionTypes';
import { milesIn } from '../units';
import { PEAK_TARGET_MILES, PHASE_NAMES, Phase } from '../rules/phase';
import { VOLUME_RULE } from '../rules/weekTarget';
import { WeekContext } from './weekContext';
import { PlannerInput } from './types';

const STRENGTH: Record<Phase, string> = {
  base: '2 strength sessions, core and 3 mobility sessions (P2, P6, P7)',
  peak: 'no strength: mobility and light recovery work only (P2)',
  taper: 'strength cut to one upper-body session (P2)',
  race: 'no strength in race week (P2)',
  recovery: 'easy cardio and mobility may fill the time (P16)',
};

function workoutNote(ctx: WeekContext): string | undefined {
  const v = ctx.volume;
  if (v.kind === 'taper') return 'one short workout: volume falls, intensity stays (P17)';
  if (v.kind === 'recovery') return v.noLowerStrength ? 'no workout and no lower-body strength yet (P16)' : 'one workout at most (P16)';
  if (v.kind === 'down') return 'one workout at most, and the miles of a dropped session are not moved to other runs (P18)';
  if (v.workouts <= 1 && v.target < milesIn(VOLUME_RULE.noviceBelowMiles, ctx.unit) && v.kind !== 'race') {
    return `one workout at most: a week under ${milesIn(VOLUME_RULE.noviceBelowMiles, ctx.unit)} ${ctx.unit} (P20)`;
  }
  return undefined;
}

export function weekNotes(input: PlannerInput, ctx: WeekContext, dropped: readonly PlanKind[]): string[] {
  const { raceDay, weekStart } = input.settings;
  const v = ctx.volume;
  const raceOn = raceDay === undefined ? '' : `race ${isoFromDay(raceDay)}`;
  const byVolume = ctx.phase === 'peak' && v.target >= milesIn(PEAK_TARGET_MILES, ctx.unit) && v.kind !== 'taper';
  const why = ctx.phase === 'base' || ctx.phase === 'recovery' ? '' : byVolume ? `target ≥ ${milesIn(PEAK_TARGET_MILES, ctx.unit)} ${ctx.unit}` : raceOn;
  const name = v.kind === 'cutback' ? 'Cutback week' : v.kind === 'down' ? 'Down week' : PHASE_NAMES[ctx.phase];
  const notes = [...v.warnings, `${name}${why ? ` (${why})` : ''} — ${v.how}`, v.longHow];
  const workouts = workoutNote(ctx);
  if (workouts) notes.push(workouts);
  notes.push(STRENGTH[ctx.phase]);
  if (raceDay !== undefined && raceDay < weekStart && v.kind !== 'recovery') notes.push(`${raceOn} is before this week: no taper`);
  if (dropped.length) notes.push(`${dropped.join(' and ')} left out: no day fits without breaking the order rules (P5, P10)`);
  if (ctx.injured) {
    notes.push('injured: every run becomes low-impact cardio of about the same time, no long run (P11); each session at most 90 min, no lower-body strength — add it back only if the injury allows (P21)');
  }
  if (ctx.adapted) {
    const reasons = input.state.reasons.filter(Boolean).slice(0, 3).join('; ');
    notes.push(`${ctx.adaptedWhy}${reasons ? ` (${reasons})` : ''}: no quality session or lower-body strength on the first 2 days (P12)`);
  }
  return notes;
}
