// Synthetic but plausible ultrarunner logs for the benchmark: every day 1–3 sessions and a
// morning's wellness, a weekly rhythm (quality days, a long run, strength, mobility, cross-
// training), the type spellings real exports use, durations as minutes or h:mm:ss text, and the
// occasional missing RPE or wellness value. Seeded, so every run measures the same rows.

import { Entry, addDays } from '../tests/support/logs';

/** Deterministic PRNG (mulberry32): the same seed gives the same log. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Range = readonly [number, number];

/** A kind of session: the type texts a runner or an export writes for it, first the most common. */
type SessionShape = { types: readonly string[]; rpe: Range } & (
  /** Sessions with a distance (miles) and a pace (minutes per mile)… */
  | { miles: Range; pace: Range }
  /** …or with minutes only. */
  | { minutes: Range }
);

const S = {
  easy: { types: ['Easy run', 'Run', 'Trail Run'], miles: [5, 9], pace: [9, 11], rpe: [3, 5] },
  recovery: { types: ['Recovery run', 'Run'], miles: [3, 5], pace: [10, 12], rpe: [2, 3] },
  long: { types: ['Long run', 'Long trail run'], miles: [14, 32], pace: [10, 13], rpe: [5, 7] },
  tempo: { types: ['Tempo'], miles: [6, 10], pace: [7, 8.5], rpe: [6, 8] },
  intervals: { types: ['Intervals', 'Track'], miles: [5, 8], pace: [7.5, 9], rpe: [7, 9] },
  hills: { types: ['Hills', 'Hill repeats'], miles: [5, 8], pace: [9, 11], rpe: [6, 8] },
  lower: { types: ['Strength (lower)', 'Weight Training'], minutes: [30, 60], rpe: [5, 7] },
  upper: { types: ['Strength (upper)'], minutes: [25, 45], rpe: [4, 6] },
  core: { types: ['Core'], minutes: [15, 25], rpe: [3, 5] },
  yoga: { types: ['Yoga', 'Mobility', 'Foam roll'], minutes: [15, 45], rpe: [1, 3] },
  bike: { types: ['Bike', 'Ride'], miles: [12, 40], pace: [3, 4], rpe: [3, 5] },
  swim: { types: ['Swim'], miles: [0.6, 1.5], pace: [28, 35], rpe: [3, 5] },
  hike: { types: ['Hike', 'Walk'], miles: [3, 10], pace: [17, 22], rpe: [2, 4] },
  elliptical: { types: ['Elliptical'], minutes: [30, 60], rpe: [3, 5] },
  rest: { types: ['Rest'], minutes: [0, 0], rpe: [1, 1] },
} satisfies Record<string, SessionShape>;

/** The week's rhythm, Monday first: each day's main session options, then optional extras. */
const WEEK: readonly { main: readonly SessionShape[]; extras: readonly SessionShape[] }[] = [
  { main: [S.rest, S.yoga], extras: [S.yoga] },
  { main: [S.intervals, S.hills], extras: [S.core, S.upper] },
  { main: [S.easy], extras: [S.lower, S.yoga] },
  { main: [S.tempo, S.easy], extras: [S.core, S.bike] },
  { main: [S.recovery, S.swim, S.elliptical], extras: [S.upper, S.yoga] },
  { main: [S.long], extras: [S.yoga] },
  { main: [S.easy, S.hike, S.bike], extras: [S.lower, S.core] },
];

const NOTES = ['felt strong', 'heavy legs', 'new shoes', 'hot and humid', 'trail muddy', 'with club', 'niggle in left calf'];

/** The runner's entries from `first` to `last` (ISO days, inclusive). */
export function generateEntries(first: string, last: string, seed = 1): Entry[] {
  const rnd = random(seed);
  const between = ([lo, hi]: Range) => lo + (hi - lo) * rnd();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const round = (x: number, step: number) => Math.round(x / step) * step;
  const clock = (min: number) => {
    const s = Math.round(min * 60);
    return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const entries: Entry[] = [];
  const startWeekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let i = 0, date = first; date <= last; i++, date = addDays(first, i)) {
    const day = WEEK[(startWeekday + i) % 7];
    const count = 1 + (rnd() < 0.55 ? 1 : 0) + (rnd() < 0.12 ? 1 : 0); // 1–3 sessions
    const shapes = [pick(day.main), ...Array.from({ length: count - 1 }, () => pick(day.extras))];
    shapes.forEach((shape, n) => {
      const e: Entry = { date, type: pick(shape.types) };
      let minutes: number;
      if ('miles' in shape) {
        e.distance = round(between(shape.miles), 0.01);
        minutes = e.distance * between(shape.pace);
      } else {
        minutes = round(between(shape.minutes), 1);
      }
      if (shape !== S.rest) {
        e.duration = rnd() < 0.15 ? clock(minutes) : round(minutes, 0.1);
        if (rnd() < 0.92) e.rpe = Math.round(between(shape.rpe));
      }
      if (rnd() < 0.1) e.notes = pick(NOTES);
      if (n === 0) {
        // The morning's wellness goes on the day's first row; watches miss a night now and then.
        if (rnd() < 0.97) e.sleep = round(between([5.5, 9]), 0.25);
        if (rnd() < 0.95) e.hrv = Math.round(between([42, 88]));
        if (rnd() < 0.97) e.rhr = Math.round(between([44, 58]));
        e.mood = Math.round(between([2, 5]));
        e.soreness = Math.round(between([1, 4]));
      }
      entries.push(e);
    });
  }
  return entries;
}

/** The last `years` calendar years up to `lastYear` (1 year = Jan 1 … Dec 31 of lastYear). */
export const yearsSpan = (years: number, lastYear = 2025): { first: string; last: string } =>
  ({ first: `${lastYear - years + 1}-01-01`, last: `${lastYear}-12-31` });
