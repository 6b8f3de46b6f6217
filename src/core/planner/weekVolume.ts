// The week's volume by coaching.md P13–P20: how far to run, how long the long run is, how many
// workouts the week may hold, and why, in words that name the rule and the numbers. One function
// serves the week planner and every week of the season plan (which appends its planned weeks to
// the ledger), so SUGGEST_PLAN with a race date plans the week SEASON_PLAN gives.

import { CutbackCycle } from '../cutbackCycle';
import { Day } from '../days';
import { DistanceUnit, milesIn } from '../units';
import { Phase } from '../rules/phase';
import { CYCLES, VOLUME_RULE, easyRecoveryWeeks, recoveryFactor, restDaysAfterRace, taperOf } from '../rules/weekTarget';
import { PEAK_TARGET_MILES, PEAK_WEEKS_BEFORE_TAPER } from '../rules/phase';
import { LedgerWeek, Levels, Recovery, excludedWeeks, isCutback, levelsBefore, peakBefore, recoveryAt, weeksSinceCutback } from './ledger';

/** What sets the week's volume: a build week, or the rule that lowers it. `start`: no history. */
export type WeekKind = 'start' | 'build' | 'cutback' | 'down' | 'recovery' | 'taper' | 'race';

export interface VolumeRequest {
  /** The weeks before this one, oldest first (logged, then planned by the season). */
  weeks: readonly LedgerWeek[];
  weekStart: Day;
  unit: DistanceUnit;
  raceDay?: Day;
  /** The race's distance in km (P16, P17). */
  raceKm: number;
  /** The runner's typed target (P14). */
  target?: number;
  cycle: CutbackCycle;
  /** The log's latest day is ALERT or Red (P18). */
  adapted: boolean;
  /** The season's peak: build weeks stop rising there. */
  peakCap?: number;
}

export interface LongRunPlan {
  distance: number;
  /** A cap the week keeps (taper, P17): the other runs shrink rather than the long run grow. */
  capped: boolean;
}

export interface WeekVolume {
  phase: Phase;
  kind: WeekKind;
  /** The week's running target, race left out. */
  target: number;
  /** Planned running must fall within [low, high] (caps have no floor). */
  low: number;
  high: number;
  /** Undefined: no long run (race week, the first recovery week). */
  long?: LongRunPlan;
  /** Most workouts (tempo, hills, intervals) the week may hold. */
  workouts: number;
  /** No lower-body strength (the first recovery weeks, P16). */
  noLowerStrength: boolean;
  /** The week's first day (0–6) with running: the days before it are rest after a race (P16). */
  runFrom?: number;
  /** Plan weeks to race week; taper week q of m. */
  weeksToRace?: number;
  taper?: { q: number; m: number };
  recovery?: Recovery;
  levels?: Levels;
  /** The volume and the long run, in words naming the rules and the numbers. */
  how: string;
  longHow: string;
  /** Said first: a history that cannot back the target, a race too close for its taper. */
  warnings: string[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const pct = (f: number) => `${Math.round(f * 100)} %`;

/** The weeks with a `race_date` in the past marked as a race (P16: logged, or race_date in the past). */
function withPastRace(req: VolumeRequest): readonly LedgerWeek[] {
  const { weeks, raceDay } = req;
  if (raceDay === undefined || raceDay >= req.weekStart || !weeks.length) return weeks;
  const j = Math.floor((raceDay - weeks[0].start) / 7);
  if (j < 0 || j >= weeks.length || (weeks[j].raceKm ?? -1) >= req.raceKm) return weeks;
  const out = [...weeks];
  out[j] = { ...weeks[j], raceKm: req.raceKm, raceDay };
  return out;
}

export function weekVolume(req: VolumeRequest): WeekVolume {
  const { unit } = req;
  const fmt = (n: number) => `${r1(n)} ${unit}`;
  const weeks = withPastRace(req);
  const i = weeks.length;
  const excluded = excludedWeeks(weeks);
  const levels = levelsBefore(weeks, i, excluded);
  const history = levels !== undefined && levels.level > 0;
  const typed = req.target;
  const warnings: string[] = [];

  // P13 (and the empty log), then P14's cap on a typed target, then the season's peak.
  let build: number;
  /** The build target the rules give, before a typed target (a cutback cuts from it). */
  let ruleBuild = Infinity;
  let how: string;
  if (!history) {
    if (typed !== undefined) {
      build = typed;
      how = `${fmt(typed)}: your target`;
      warnings.push('no history in the log: check the target is close to what you run now');
    } else {
      build = unit === 'km' ? VOLUME_RULE.beginnerKm : VOLUME_RULE.beginnerMiles;
      how = `${fmt(build)}: a beginner week, no running in the log yet`;
    }
  } else {
    const byLevel = VOLUME_RULE.levelRise * levels.level;
    const byTypical = VOLUME_RULE.typicalRise * levels.typical;
    build = Math.min(byLevel, byTypical);
    const p13 = byLevel <= byTypical
      ? `+10 % on your highest recent week, ${fmt(levels.level)} (P13)`
      : `+25 % on your typical recent week, ${fmt(levels.typical)} (P13)`;
    how = `${fmt(build)}: ${p13}`;
    if (req.peakCap !== undefined && req.peakCap < build) {
      build = req.peakCap;
      how = `${fmt(build)}: the season's peak (P13 allows up to ${p13.replace(' (P13)', '')})`;
    }
    ruleBuild = build;
    if (typed !== undefined && typed > build + 1e-9) {
      how = `${fmt(build)}: your target ${fmt(typed)} capped at ${p13.replace(' (P13)', '')} (P14)`;
    } else if (typed !== undefined) {
      build = typed;
      how = `${fmt(typed)}: your target (P13 allows up to ${fmt(Math.min(byLevel, byTypical))})`;
    }
  }

  const lower = (v: number) => (typed !== undefined && typed < v ? typed : v);
  const taper = taperOf(req.raceKm);
  const m = taper.weeks.length;
  const weeksToRace = req.raceDay !== undefined && req.raceDay >= req.weekStart ? Math.floor((req.raceDay - req.weekStart) / 7) : undefined;
  const gap = i > 0 ? Math.max(0, Math.round((req.weekStart - weeks[i - 1].start) / 7) - 1) : 0;
  const recovery = recoveryAt(weeks, i, excluded, gap);
  const since = weeksSinceCutback(weeks, i);
  const LR = history ? levels.longRun : 0;

  let kind: WeekKind = history ? 'build' : 'start';
  let target = build;
  let taperWeek: WeekVolume['taper'];
  let runFrom: number | undefined;
  let peak = { level: 0, longRun: 0 };
  if (weeksToRace !== undefined && weeksToRace <= m) {
    const q = m - weeksToRace + 1; // m + 1: race week
    // The weeks before were not a taper (not cut back): the race is too close, the taper starts now.
    const tooClose = q > 1 && (i === 0 || !isCutback(weeks, i - 1));
    peak = peakBefore(weeks, tooClose ? i : i - (q - 1), excluded);
    const P = typed !== undefined || peak.level <= 0 ? build : peak.level;
    const f = weeksToRace === 0 ? taper.race : taper.weeks[q - 1];
    target = P * f;
    kind = weeksToRace === 0 ? 'race' : 'taper';
    if (kind === 'taper') taperWeek = { q, m };
    how = kind === 'race'
      ? `${fmt(target)} besides the race: × ${f} of your peak week, ${fmt(P)} (P17)`
      : `${fmt(target)}: taper week ${q} of ${m}, × ${f} of your peak week, ${fmt(P)} (P17)`;
    if (tooClose) {
      warnings.push(tooCloseWarning(weeksToRace, m));
    }
  } else if (recovery) {
    const f = recoveryFactor(recovery.k, recovery.n);
    const cap = f * recovery.preLevel;
    kind = 'recovery';
    runFrom = restBefore(recovery, req.weekStart);
    // The cap is a week's; the legs rest first, so the days left get their share of it.
    target = runFrom > 0 ? (lower(cap) * (7 - runFrom)) / 7 : lower(cap);
    const shared = runFrom > 0 ? `, shared over the ${7 - runFrom} days after ${restDaysAfterRace(recovery.raceKm)} days without running` : '';
    how = `${fmt(target)}: recovery week ${recovery.k} of ${recovery.n} after a ${r1(recovery.raceKm)} km race, at most ${pct(f)} of your level before it, ${fmt(recovery.preLevel)}${shared} (P16)`;
  } else if (req.adapted && history) {
    target = lower(VOLUME_RULE.downFactor * levels.typical);
    kind = 'down';
    how = `${fmt(target)}: a down week, ${pct(VOLUME_RULE.downFactor)} of your typical recent week, ${fmt(levels.typical)} (P18)`;
  } else if (history && since >= CYCLES[req.cycle] && !(weeksToRace !== undefined && weeksToRace === m + 1)) {
    // Under a season peak below L, the cut is from the week the runner would run.
    target = lower(VOLUME_RULE.cutbackFactor * Math.min(levels.level, ruleBuild));
    kind = 'cutback';
    how = `${fmt(target)}: a cutback week after ${since} build weeks (${req.cycle} cycle), ${pct(VOLUME_RULE.cutbackFactor)} of your highest recent week, ${fmt(levels.level)} (P15)`;
  }
  const restart = milesIn(VOLUME_RULE.restartMiles, unit);
  if (target < restart) {
    target = restart;
    how += `; ${fmt(restart)} at least, so the week holds a long run`;
  }

  const phase: Phase = kind === 'race' ? 'race' : kind === 'taper' ? 'taper' : kind === 'recovery' ? 'recovery'
    : (weeksToRace !== undefined && weeksToRace <= m + PEAK_WEEKS_BEFORE_TAPER) || target >= milesIn(PEAK_TARGET_MILES, unit) ? 'peak' : 'base';
  const firstRecoveryHalf = recovery !== undefined && kind === 'recovery' && recovery.k <= easyRecoveryWeeks(recovery.n);
  const novice = target < milesIn(VOLUME_RULE.noviceBelowMiles, unit);
  const most = kind === 'race' ? 0 : kind === 'taper' || kind === 'down' || kind === 'cutback' ? 1 : kind === 'recovery' ? (firstRecoveryHalf ? 0 : 1) : 2;
  const workouts = novice ? Math.min(1, most) : most;

  const { long, longHow } = longRunOf(kind, target, LR, peak.longRun, taper.longRun[(taperWeek?.q ?? 1) - 1], recovery, unit);
  const tol = VOLUME_RULE.tolerance;
  const capOnly = kind === 'taper' || kind === 'race' || kind === 'recovery' || kind === 'down';
  return {
    phase, kind, target, low: capOnly ? 0 : (1 - tol) * target, high: (1 + tol) * target, long, workouts, noLowerStrength: firstRecoveryHalf,
    ...(runFrom ? { runFrom } : {}),
    ...(weeksToRace === undefined ? {} : { weeksToRace }), ...(taperWeek ? { taper: taperWeek } : {}), ...(recovery && kind === 'recovery' ? { recovery } : {}),
    ...(levels ? { levels } : {}), how, longHow, warnings,
  };
}

/** The days of the week (from its first) still inside the rest after the race, at most 6. */
function restBefore(recovery: Recovery, weekStart: number): number {
  if (recovery.raceDay === undefined) return 0;
  return Math.max(0, Math.min(6, recovery.raceDay + restDaysAfterRace(recovery.raceKm) + 1 - weekStart));
}

/** Said when the race is closer than the taper P17 wants. */
export const tooCloseWarning = (weeksToRace: number, m: number): string =>
  `the race is ${weeksToRace === 0 ? 'this week' : weeksToRace === 1 ? 'next week' : `in ${weeksToRace} weeks`}, too close for the ${m}-week taper it wants: the taper starts now`;

/** P19's share bounds applied to a long run (where the week is long enough for them). */
export function shareBounds(target: number, unit: DistanceUnit): { min: number; max: number } | undefined {
  if (target < milesIn(VOLUME_RULE.longShareFromMiles, unit)) return undefined;
  return { min: VOLUME_RULE.longShare.min * target, max: VOLUME_RULE.longShare.max * target };
}

function longRunOf(kind: WeekKind, target: number, LR: number, peakLR: number, taperCap: number, recovery: Recovery | undefined, unit: DistanceUnit): { long?: LongRunPlan; longHow: string } {
  const fmt = (n: number) => `${r1(n)} ${unit}`;
  if (kind === 'race') return { longHow: 'no long run in race week: the race is the long run (P1)' };
  if (kind === 'recovery' && recovery!.k === 1) return { longHow: 'no long run in the first week after the race (P16)' };
  if (kind === 'taper') {
    const base = peakLR > 0 ? peakLR : LR > 0 ? LR : VOLUME_RULE.longShareWithoutHistory * target / taperCap;
    // Both caps hold: P17's and P19's 45 % of the week.
    const distance = Math.min(taperCap * base, VOLUME_RULE.longShare.max * target);
    return { long: { distance, capped: true }, longHow: `long run at most ${pct(taperCap)} of your peak long run, ${fmt(base)} (P17)` };
  }
  if (kind === 'recovery' || LR <= 0) {
    const share = VOLUME_RULE.longShareWithoutHistory;
    const why = kind === 'recovery' ? 'a recovery week' : 'no runs in the log yet';
    return { long: { distance: share * target, capped: false }, longHow: `long run about ${pct(share)} of the week: ${why} (P19)` };
  }
  const rise = Math.min(LR + milesIn(VOLUME_RULE.longRiseMiles, unit), VOLUME_RULE.longRiseFactor * LR);
  let distance = rise;
  const step = milesIn(VOLUME_RULE.longRiseMiles, unit);
  let longHow = `long run ${fmt(rise)}: your longest recent run ${fmt(LR)} + ${LR + step <= VOLUME_RULE.longRiseFactor * LR ? fmt(step) : '15 %'} (P19)`;
  if (kind === 'cutback' || kind === 'down') {
    const f = kind === 'cutback' ? VOLUME_RULE.cutbackLongRun : VOLUME_RULE.downLongRun;
    distance = Math.min(rise, f * LR);
    longHow = `long run ${fmt(distance)}: ${pct(f)} of your longest recent run, ${fmt(LR)} (${kind === 'cutback' ? 'P15' : 'P18'})`;
  }
  const share = shareBounds(target, unit) ?? { min: 0, max: VOLUME_RULE.longShare.max * target };
  if (distance < share.min || distance > share.max) {
    distance = Math.min(share.max, Math.max(share.min, distance));
    longHow += `, moved to ${fmt(distance)} to stay within 25–45 % of the week (P19)`;
  }
  return { long: { distance, capped: false }, longHow };
}
