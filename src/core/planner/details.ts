// What each planned session is, in the runner's words: the Details column. The exercises follow
// the training guide (5 foundational moves, the core circuit, yoga and foam-rolling focus).

import { PlanKind, displayName } from '../sessionTypes';

export const SESSION_WORDS: Record<PlanKind, string> = {
  rest: 'Full rest: sleep, eat well, walk if you like',
  easy_run: 'Easy, conversational pace (RPE 3–4)',
  recovery_run: 'Very easy recovery pace (RPE 2–3)',
  long_run: 'Long run: steady time on feet (RPE 4–5); practise eating and drinking',
  tempo: 'Warm up, 20–40 min comfortably hard (RPE 6–7), cool down',
  hills: 'Hill repeats: strong uphill (RPE 7–8), easy jog down',
  intervals: '5–8 × 3 min hard (RPE 8) with 2 min easy',
  race: 'Race day: start easy, eat and drink from the start',
  strength_lower: 'Lower body: goblet squats, Romanian deadlifts, step-ups, reverse lunges, 2–3 × 10–12',
  strength_upper: 'Upper body and planks: push-ups, rows, overhead press, plank variations, 2–3 × 10–12',
  core: 'Core circuit: side planks, bird dogs, dead bugs, single-leg balance, glute bridge march, 2–3 rounds',
  yoga: 'Yoga: hip openers, hamstrings, spine mobility',
  mobility: 'Mobility: dynamic warm-up drills and static stretches',
  foam_roll: 'Foam roll: IT band, quads, hamstrings, calves',
  bike: 'Easy spin, cadence above 85 rpm (RPE 3)',
  swim: 'Easy swim (RPE 3)',
  elliptical: 'Easy elliptical (RPE 3)',
  pool_run: 'Pool running (deep water)',
  row: 'Easy row (RPE 3)',
  skierg: 'Easy SkiErg (RPE 3)',
};

/** Minutes of the sessions that are not runs (the guide: yoga 15–20 min, strength 2–3 sets). */
export const SESSION_MINUTES: Partial<Record<PlanKind, number>> = {
  strength_lower: 45,
  strength_upper: 40,
  core: 25,
  yoga: 20,
  mobility: 15,
  foam_roll: 15,
  bike: 45,
};

/** "tempo (6 mi)", "the long run (14 mi)", "the race": what a replaced run was. */
export function runName(kind: PlanKind, distance: number | undefined, unit: string): string {
  const name = kind === 'long_run' || kind === 'race' ? `the ${displayName(kind).toLowerCase()}` : displayName(kind).toLowerCase();
  return distance ? `${name} (${distance} ${unit})` : name;
}

/** Details of a session with the reason a rule changed it, if any. */
export const withReason = (words: string, reason?: string): string => (reason ? `${words} — ${reason}` : words);
