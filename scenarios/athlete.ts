// A seeded athlete for scenario tests, the preview's demo and the bench (dev-only, never bundled
// into dist/): a Log table of realistic training days — easy runs spread over the week, the long
// run on the long-run day, workouts in build weeks, a rest day, strength, mobility and core — with
// morning wellness that carries everyday noise, races, and injected overreaching episodes.
// Options are described in scenarios/README.md. The same options give the same rows.

export type Unit = 'mi' | 'km';
export type WellnessMode = 'full' | 'sleep' | 'none';

/** One week of the plan, distances in the athlete's unit. */
export interface WeekPlan {
  /** Run distance of the week (the long run included). */
  run: number;
  long: number;
  /** Tempo/hills/intervals sessions (0–2). */
  workouts: number;
  phase: 'build' | 'cutback' | 'taper' | 'race' | 'recovery';
}

export interface RaceSpec {
  date: string; // YYYY-MM-DD
  distance: number; // in the athlete's unit
  /** Finish time; default from the distance (a 100-miler takes ~24–30 h). */
  hours?: number;
  name?: string;
}

/** Overreaching patterns, each from its first day (YYYY-MM-DD). */
export type Episode =
  /** A training camp: `days` (6) days of big running days, no rest day, legs getting heavier. */
  | { kind: 'camp'; start: string; days?: number }
  /** 7 days whose run distance is `factor` (1.5) × the highest of the 4 previous weeks, the extra spread evenly over the days. */
  | { kind: 'bigWeek'; start: string; factor?: number }
  /** `days` (10) days of HRV down 20 %, resting HR up 6 bpm, sleep under 6 h, reached over the first 3 days; training goes on. */
  | { kind: 'slide'; start: string; days?: number }
  /** `days` (7) nights of 5–5.8 h sleep and nothing else. */
  | { kind: 'shortNights'; start: string; days?: number };

export interface AthleteOptions {
  seed: number;
  /** First day of the log, a Monday (YYYY-MM-DD). */
  start: string;
  weeks: readonly WeekPlan[];
  unit?: Unit;
  /** 0 = Monday … 6 = Sunday; default 5 (Saturday). The rest day is two days after it. */
  longRunDay?: number;
  races?: readonly RaceSpec[];
  /** Sessions per week (defaults 2, 3, 2, 1). Lower-body strength is the first, the rest upper-body; cross-training is a bike ride. */
  strength?: number;
  mobility?: number;
  core?: number;
  cross?: number;
  wellness?: WellnessMode;
  episodes?: readonly Episode[];
  /** Cut the log after this day (YYYY-MM-DD), e.g. "yesterday". */
  end?: string;
}

export const LOG_HEADER = ['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness', 'Notes'];

export interface Athlete {
  header: string[];
  /** Log rows in LOG_HEADER's order: Date as YYYY-MM-DD text, numbers or "" elsewhere. */
  rows: (string | number)[][];
  /** Run distance of each day from `start`, in the athlete's unit. */
  runByDay: number[];
  /** The athlete's normal HRV (ms) and resting HR (bpm), before noise. */
  baseline: { hrv: number; rhr: number };
}

/** mulberry32: a small, well-known seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => isoDay(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const KM_PER_MI = 1.609344;
const round = (n: number, step: number) => Math.round(n / step) * step;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

interface Session {
  type: string;
  /** Distance in miles (converted to the unit on output), or undefined. */
  miles?: number;
  minutes?: number;
  rpe?: number;
  notes?: string;
  run?: boolean;
}

/** Minutes per mile of each run type, before the athlete's own speed. */
const PACE: Record<string, number> = {
  'Easy run': 10, 'Recovery run': 10.8, 'Long run': 11, Tempo: 8.6, Hills: 10.4, Intervals: 9,
};
const RUN_RPE: Record<string, [number, number]> = {
  'Easy run': [3, 4], 'Recovery run': [2, 3], Tempo: [7, 7], Hills: [7, 8], Intervals: [8, 8],
};
const WORKOUTS = ['Tempo', 'Hills', 'Intervals'];

/**
 * Weekly plans for a block-periodised build: `cycle` build weeks then a cutback week (3 → 3:1,
 * 2 → 2:1), each build week `growth` (≤ 10 %) above the highest week before it up to `peak`, cutback
 * weeks at `cutback` of the week before, the long run `longShare` (≤ 40 %) of the week up to `longMax`,
 * and `taper` weeks at the end (75 %, 55 % … of the peak).
 */
export function progression(opts: {
  weeks: number; startRun: number; cycle?: number; growth?: number; cutback?: number; peak?: number;
  longShare?: number; longMax?: number; taper?: number;
}): WeekPlan[] {
  const { weeks, startRun, cycle = 3, cutback = 0.7, peak = Infinity, longMax = Infinity, taper = 0 } = opts;
  const growth = Math.min(opts.growth ?? 0.08, 0.1);
  const longShare = Math.min(opts.longShare ?? 0.33, 0.4);
  const plans: WeekPlan[] = [];
  let highest = startRun / (1 + growth);
  for (let w = 0; w < weeks - taper; w++) {
    const isCutback = w % (cycle + 1) === cycle;
    const run = isCutback ? plans[w - 1].run * cutback : Math.min(peak, highest * (1 + growth));
    highest = Math.max(highest, run);
    plans.push({ run, long: Math.min(longMax, run * longShare), workouts: isCutback ? 1 : run >= 30 ? 2 : 1, phase: isCutback ? 'cutback' : 'build' });
  }
  for (let t = 0; t < taper; t++) {
    const run = highest * (0.75 - 0.2 * t);
    plans.push({ run, long: Math.min(longMax, run * 0.33), workouts: 1, phase: 'taper' });
  }
  return plans;
}

/** Default finish time of a race: slower per mile the longer it is (marathon ~4.8 h, 50 mi ~10.6 h, 100 mi 24–31 h). */
const raceHours = (miles: number, speed: number) => (miles * 10 * speed * (0.9 + 0.75 * Math.min(miles, 100) / 100)) / 60;

/** Generates the log. */
export function generateAthlete(opts: AthleteOptions): Athlete {
  const rand = mulberry32(opts.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const gauss = () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const perMile = opts.unit === 'km' ? KM_PER_MI : 1;
  const longDay = opts.longRunDay ?? 5;
  const speed = between(0.88, 1.12); // the athlete's pace relative to a 10-min-mile easy runner
  const baseline = { hrv: Math.round(between(45, 75)), rhr: Math.round(between(42, 56)) };
  const nDays = opts.weeks.length * 7;
  const days: Session[][] = Array.from({ length: nDays }, () => []);

  const runSession = (type: string, miles: number): Session => {
    const [lo, hi] = RUN_RPE[type] ?? [5, 7];
    // A long run is run easy: session RPE 5 (the reader's own default for it), now and then 6.
    const rpe = type === 'Long run' ? 5 + (rand() < 0.2 ? 1 : 0) : Math.round(between(lo, hi + 0.49));
    return { type, miles, minutes: Math.round(miles * PACE[type] * speed * between(0.96, 1.04)), rpe, run: true };
  };
  const other = (type: string, lo: number, hi: number, rpe: number): Session => ({ type, minutes: Math.round(between(lo, hi) / 5) * 5, rpe });

  // The week around the long run: +1 recovery run, +2 rest, +3 workout, +4 easy, +5 workout or easy, +6 easy.
  opts.weeks.forEach((plan, w) => {
    const at = (offset: number) => days[w * 7 + ((longDay + offset) % 7)];
    const rest = plan.run - plan.long;
    const workoutTypes = [WORKOUTS[w % 2 === 0 ? 0 : 2], 'Hills'];
    const shares: [number, string][] = [
      [0.17, 'Recovery run'],
      [0.23, plan.workouts >= 1 ? workoutTypes[0] : 'Easy run'],
      [0.22, 'Easy run'],
      [0.2, plan.workouts >= 2 ? workoutTypes[1] : 'Easy run'],
      [0.18, 'Easy run'],
    ];
    const offsets = [1, 3, 4, 5, 6];
    shares.forEach(([share, type], k) => {
      const miles = round((rest * share * between(0.95, 1.05)) / perMile, 0.1);
      if (miles >= 2) at(offsets[k]).push(runSession(type, miles));
    });
    if (plan.long > 0) at(0).push({ ...runSession('Long run', round((plan.long * between(0.97, 1.03)) / perMile, 0.1)), notes: 'trail' });
    // Strength after the first workout (the hard day stays hard) and mid-week; never around the long run (P3–P5).
    const strength = opts.strength ?? 2;
    if (strength >= 1) at(3).push(other('Strength (lower)', 35, 45, 6));
    if (strength >= 2) at(5).push(other('Strength (upper)', 30, 40, 5));
    const mobility = opts.mobility ?? 3;
    for (const offset of [1, 2, 6].slice(0, mobility)) at(offset).push(other(offset === 1 ? 'Foam roll' : 'Mobility', 15, 25, 2));
    const core = opts.core ?? 2;
    for (const offset of [2, 6].slice(0, core)) at(offset).push(other('Core', 15, 20, 4));
    const cross = opts.cross ?? 0;
    for (const offset of [4, 1].slice(0, cross)) at(offset).push(other('Bike', 40, 60, 3));
  });

  for (const race of opts.races ?? []) {
    const d = daysBetween(opts.start, race.date);
    if (d < 0 || d >= nDays) continue;
    const miles = race.distance / perMile;
    const hours = race.hours ?? raceHours(miles, speed);
    days[d] = [{ type: 'Race', miles: round(miles, 0.1), minutes: Math.round(hours * 60), rpe: miles > 30 ? 8 : 9, notes: race.name ?? `race ${race.distance} ${opts.unit ?? 'mi'}`, run: true }];
    // Easy days before, rest after: one day per 25 mi raced (up to 5).
    for (let k = 1; k <= clamp(Math.round(miles / 25), 1, 5) && d + k < nDays; k++) days[d + k] = [];
    if (d >= 1) days[d - 1] = days[d - 1].filter((s) => s.type === 'Mobility' || s.type === 'Easy run').map((s) => (s.run ? runSession('Easy run', Math.min(s.miles!, 4)) : s));
  }

  const runMiles = (d: number) => days[d].reduce((sum, s) => sum + (s.run ? s.miles ?? 0 : 0), 0);
  // Wellness strain per day (0 = a normal morning), from the episodes.
  const strain = new Float64Array(nDays);
  const slide = new Float64Array(nDays);
  const shortNight = new Uint8Array(nDays);
  const episodes = [...(opts.episodes ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  for (const e of episodes) {
    const d0 = daysBetween(opts.start, e.start);
    if (e.kind === 'camp') {
      const weekRun = Math.max(...[1, 2, 3, 4].map((k) => sumRun(runMiles, d0 - 7 * k, d0 - 7 * (k - 1) - 1, nDays)));
      const share = [0.3, 0.34, 0.38, 0.3, 0.42, 0.32];
      for (let k = 0; k < (e.days ?? 6) && d0 + k < nDays; k++) {
        const miles = round(weekRun * share[k % share.length] * between(0.95, 1.05), 0.1);
        // Mountain days: long climbs make them harder than a long run at home.
        days[d0 + k] = [{ ...runSession('Long run', miles), rpe: rand() < 0.5 ? 6 : 7, notes: 'camp: mountain trail' }, other('Foam roll', 10, 20, 2)];
        strain[d0 + k] = 0.5 + 0.25 * k;
      }
    } else if (e.kind === 'bigWeek') {
      const highest = Math.max(...[1, 2, 3, 4].map((k) => sumRun(runMiles, d0 - 7 * k, d0 - 7 * (k - 1) - 1, nDays)));
      const planned = sumRun(runMiles, d0, d0 + 6, nDays);
      const extra = Math.max(0, (e.factor ?? 1.5) * highest - planned) / 7;
      for (let k = 0; k < 7 && d0 + k < nDays; k++) {
        const day = days[d0 + k];
        const run = day.find((s) => s.run && s.type !== 'Race');
        if (run) {
          Object.assign(run, runSession(run.type, round(run.miles! + extra, 0.1)), { notes: 'extra miles' });
          run.rpe = Math.min(10, run.rpe! + 1);
        } else day.unshift({ ...runSession('Easy run', round(extra, 0.1)), notes: 'extra miles' });
        strain[d0 + k] = 0.3 + 0.15 * k;
      }
    } else if (e.kind === 'slide') {
      for (let k = 0; k < (e.days ?? 10) && d0 + k < nDays; k++) slide[d0 + k] = Math.min(1, (k + 1) / 3);
    } else {
      for (let k = 0; k < (e.days ?? 7) && d0 + k < nDays; k++) shortNight[d0 + k] = 1;
    }
  }

  const mode = opts.wellness ?? 'full';
  const rows: (string | number)[][] = [];
  const runByDay: number[] = [];
  const lastDay = opts.end === undefined ? nDays - 1 : Math.min(nDays - 1, daysBetween(opts.start, opts.end));
  let soreFrom = 0; // soreness carried from yesterday's hard session
  for (let d = 0; d <= lastDay; d++) {
    const date = addDays(opts.start, d);
    const f = strain[d], s = slide[d];
    // The same draws every day, so an episode changes only what it touches.
    const noise = { hrv: gauss(), rhr: gauss(), sleep: gauss(), short: between(5, 5.8), mood: gauss(), soreness: gauss() };
    const lnHrv = Math.log(baseline.hrv) + 0.07 * noise.hrv - 0.05 * f + Math.log(1 - 0.2 * s);
    const sleep = shortNight[d] || s > 0 ? noise.short : clamp(7.5 + 0.45 * noise.sleep - 0.2 * f, 6.5, 8.5);
    const wellness: (string | number)[] = mode === 'none' ? ['', '', '', '', ''] : [
      round(sleep, 0.25),
      mode === 'full' ? Math.round(Math.exp(lnHrv)) : '',
      mode === 'full' ? Math.round(baseline.rhr + 1.1 * noise.rhr + 1.5 * f + 6 * s) : '',
      mode === 'full' ? clamp(Math.round(4 + 0.6 * noise.mood - 0.5 * f - s), 1, 5) : '',
      mode === 'full' ? clamp(Math.round(1.6 + soreFrom + 0.5 * noise.soreness + 0.6 * f + s), 1, 5) : '',
    ];
    let run = 0;
    const sessions = days[d].length > 0 ? days[d] : [{ type: 'Rest' } as Session];
    sessions.forEach((x, k) => {
      const distance = x.miles === undefined ? '' : round(x.miles * perMile, 0.1);
      if (x.run && distance !== '') run += distance;
      rows.push([date, x.type, distance, x.minutes ?? '', x.rpe ?? '', ...(k === 0 ? wellness : ['', '', '', '', '']), x.notes ?? '']);
    });
    runByDay.push(run);
    soreFrom = days[d].some((x) => x.run && (x.type !== 'Easy run' && x.type !== 'Recovery run')) ? 0.8 : 0;
  }
  return { header: [...LOG_HEADER], rows, runByDay, baseline };
}

function sumRun(runMiles: (d: number) => number, from: number, to: number, nDays: number): number {
  let sum = 0;
  for (let d = Math.max(0, from); d <= Math.min(to, nDays - 1); d++) sum += runMiles(d);
  return sum;
}
