// The week's notes: what the first row's Details (and the sidebar) say about the whole week —
// phase and why, volume and how it was reached, and every rule that changed the week.

import { isoFromDay } from '../days';
import { PlanKind } from '../sessionTypes';
import { milesIn } from '../units';
import { PEAK_TARGET_MILES, PEAK_WEEKS_BEFORE_TAPER, PHASE_NAMES, Phase } from '../rules/phase';
import { WeekContext } from './weekContext';
import { PlannerInput } from './types';

export function weekNotes(input: PlannerInput, ctx: WeekContext, dropped: readonly PlanKind[]): string[] {
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
