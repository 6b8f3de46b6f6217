// The season to race day (coaching.md, SEASON_PLAN): week after week from the log's current level,
// each week planned by the week planner itself on the log's weeks plus the weeks planned before it
// (so every week obeys P1–P21 and SUGGEST_PLAN with a race date gives the same week), rising to the
// season's peak with cutbacks, then taper, race week and the recovery weeks; with the Fitness and
// Form % the load model projects.

import { CutbackCycle } from '../cutbackCycle';
import { tooCloseWarning } from './weekVolume';
import { Day, MAX_DAY } from '../days';
import { isRunKind, isStrengthKind } from '../sessionTypes';
import { DistanceUnit } from '../units';
import { SEASON_PEAK_OVER_LEVEL, kmOf, recoveryWeeksOf, seasonPeakCap, taperOf } from '../rules/weekTarget';
import { LedgerWeek, excludedWeeks, levelsBefore } from './ledger';
import { suggestWeek } from './generate';
import { LoadState, plannedLoads, project } from './projection';
import { PlannerInput, RunnerHistory, RunnerState, WeekPlan } from './types';
import { FRESH_ZONE, SeasonPhase } from './seasonTable';

export interface SeasonRequest {
  /** The log's weeks before `firstWeek` (historyFromLog at `firstWeek`). */
  history: RunnerHistory;
  /** The log's latest alert and recovery: they shape the first week only (P12, P18). */
  state: RunnerState;
  load: LoadState;
  /** The first week to plan (the first week after the log's last day). */
  firstWeek: Day;
  raceDay: Day;
  /** The race distance in the log's unit. */
  raceDistance: number;
  /** 0 = Mon … 6 = Sun. */
  longRunDay: number;
  /** peak_miles; default from the race distance and the level (coaching.md). */
  peak?: number;
  cycle: CutbackCycle;
  /** Plan only to this week (SUGGEST_PLAN), with its own target and injury. */
  until?: { weekStart: Day; target?: number; injured: boolean };
}

export interface SeasonWeek {
  weekStart: Day;
  phase: SeasonPhase;
  plan: WeekPlan;
  /** Planned running, the race left out. */
  run: number;
  /** The long run; undefined in race week and the first recovery week. */
  long?: number;
  quality: number;
  strength: number;
  /** Projected Fitness (CTL) at the week's end. */
  fitness: number;
  /** Projected Form %: on race day in race week, else the day after the week. */
  formPct?: number;
  notes: string[];
}

export interface Season {
  weeks: SeasonWeek[];
  /** The peak the build weeks rose to at most, and how it was set. */
  peak: number;
  peakHow: string;
  unit: DistanceUnit;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const WORKOUTS = new Set(['tempo', 'hills', 'intervals']);

/** The season's peak: peak_miles, else the lower of the race distance's cap and 1.5 × L, never under L. */
function peakOf(req: SeasonRequest, unit: DistanceUnit): { peak: number; how: string } {
  const fmt = (n: number) => `${r1(n)} ${unit}`;
  if (req.peak !== undefined) return { peak: req.peak, how: `peak ${fmt(req.peak)}: your peak_miles` };
  const weeks = req.history.weeks;
  const level = levelsBefore(weeks, weeks.length, excludedWeeks(weeks))?.level ?? 0;
  const cap = seasonPeakCap(kmOf(req.raceDistance, unit), unit);
  if (level <= 0) return { peak: cap, how: `peak ${fmt(cap)} for a ${fmt(req.raceDistance)} race` };
  const peak = Math.max(level, Math.min(cap, SEASON_PEAK_OVER_LEVEL * level));
  // The race's ask is a weekly distance: said so, lest "50 mi" read as the race itself.
  const how = peak === level && level >= cap ? `peak ${fmt(peak)}: your level already, above the ${fmt(cap)} a week the race asks`
    : peak < cap ? `peak ${fmt(peak)}: ${SEASON_PEAK_OVER_LEVEL} × your level ${fmt(level)}, the most one season builds safely; the race asks ${fmt(cap)} a week, so expect it to be a stretch`
    : `peak ${fmt(peak)} for a ${fmt(req.raceDistance)} race`;
  return { peak, how };
}

const runningOf = (plan: WeekPlan) => plan.sessions.filter((s) => isRunKind(s.kind) && s.kind !== 'race').reduce((a, s) => a + (s.distance ?? 0), 0);

/** The planned week as the ledger holds it for the weeks after it. */
function ledgerWeek(plan: WeekPlan, raceKm: number): LedgerWeek {
  const runs = plan.sessions.filter((s) => isRunKind(s.kind) && s.kind !== 'race');
  const week: LedgerWeek = { start: plan.weekStart, run: runningOf(plan), longest: Math.max(0, ...runs.map((s) => s.distance ?? 0)) };
  const race = plan.sessions.find((s) => s.kind === 'race');
  if (race) Object.assign(week, { raceKm, raceDay: race.day });
  return week;
}

/**
 * A week's phase. A week that holds its volume is Base before the season's first build week and
 * Build after it: its long run still grows, and a coach would not call week 9 of a build "base".
 */
function phaseOfWeek(plan: WeekPlan, highest: number, built: boolean): SeasonPhase {
  switch (plan.volume.kind) {
    case 'race': return 'Race';
    case 'taper': return 'Taper';
    case 'recovery': return 'Recovery';
    case 'cutback':
    case 'down': return 'Cutback';
    default: return plan.phase === 'peak' ? 'Peak' : built || plan.volume.target > highest + 1e-9 ? 'Build' : 'Base';
  }
}

/** The weeks from `firstWeek` through race week and its recovery weeks (or to `until`). */
export function seasonPlan(req: SeasonRequest): Season {
  const unit = req.history.unit;
  const raceKm = kmOf(req.raceDistance, unit);
  const { peak, how: peakHow } = peakOf(req, unit);
  const raceWeek = req.firstWeek + 7 * Math.floor((req.raceDay - req.firstWeek) / 7);
  const last = Math.min(req.until?.weekStart ?? Infinity, raceWeek + 7 * recoveryWeeksOf(raceKm), MAX_DAY - 6);
  const weeks = [...req.history.weeks];
  const out: SeasonWeek[] = [];
  let highest = Math.max(0, ...weeks.slice(-8).filter((w) => w.raceKm === undefined).map((w) => w.run));
  const loads: number[] = [];
  for (let start = req.firstWeek; start <= last; start += 7) {
    const asked = req.until?.weekStart === start ? req.until : undefined;
    const input: PlannerInput = {
      settings: {
        weekStart: start, longRunDay: req.longRunDay, raceDay: req.raceDay, raceKm, cycle: req.cycle, peakCap: peak,
        target: asked?.target, injured: asked?.injured ?? false,
      },
      history: { ...req.history, weeks: [...weeks], before: start === req.firstWeek ? req.history.before : [[], []] },
      state: start === req.firstWeek ? req.state : { reasons: [] },
    };
    const plan = suggestWeek(input);
    const phase = phaseOfWeek(plan, highest, out.some((w) => w.phase === 'Build'));
    const week = ledgerWeek(plan, raceKm);
    weeks.push(week);
    if (week.raceKm === undefined && plan.volume.kind !== 'recovery') highest = Math.max(highest, week.run);
    loads.push(...plannedLoads(plan, req.history.pace, req.raceDistance));
    const long = plan.sessions.find((s) => s.kind === 'long_run')?.distance;
    out.push({
      weekStart: start, phase, plan, run: r1(week.run), ...(long === undefined ? {} : { long }),
      quality: plan.sessions.filter((s) => WORKOUTS.has(s.kind)).length,
      strength: plan.sessions.filter((s) => isStrengthKind(s.kind)).length,
      fitness: 0, notes: [...plan.volume.warnings, plan.volume.how, plan.volume.longHow],
    });
    if (start === req.firstWeek) out[0].notes.unshift(...tooCloseNote(plan, raceKm));
  }
  addProjection(req, out, loads);
  return { weeks: out, peak, peakHow, unit };
}

/** The season's first week already inside the taper P17 wants: the taper starts now (unless its notes say so already). */
function tooCloseNote(plan: WeekPlan, raceKm: number): string[] {
  const { weeksToRace, warnings } = plan.volume;
  const m = taperOf(raceKm).weeks.length;
  if (weeksToRace === undefined || weeksToRace >= m || warnings.some((w) => w.includes('too close'))) return [];
  return [tooCloseWarning(weeksToRace, m)];
}

/** Fitness and Form % for each week, and the race week's note on race-day Form. */
function addProjection(req: SeasonRequest, weeks: SeasonWeek[], loads: number[]): void {
  const offset = req.firstWeek - (req.load.day + 1);
  const all = [...new Array<number>(Math.max(0, offset)).fill(0), ...loads];
  const p = project(req.load, [...all, 0]); // one day more: the last week's Form is the day after it
  const at = (day: Day) => day - (req.load.day + 1);
  for (const w of weeks) {
    const end = at(w.weekStart + 6);
    w.fitness = r1(p.ctl[end]);
    const isRace = w.phase === 'Race';
    const form = p.formPct[isRace ? at(req.raceDay) : end + 1];
    if (form !== undefined) w.formPct = Math.round(form) || 0; // never −0, which Sheets shows as "-0"
    if (isRace) w.notes.push(raceDayNote(req, all, at(req.raceDay), form));
  }
}

/** Whether race-day Form lands in the fresh zone, and if not, what change to the last 7 days' load would land it there. */
function raceDayNote(req: SeasonRequest, loads: readonly number[], raceAt: number, form: number | undefined): string {
  const zone = `the fresh zone (+${FRESH_ZONE.min} to +${FRESH_ZONE.max} %)`;
  if (form === undefined) return 'race day: no Fitness in the log yet to project Form';
  const shown = `race-day Form ${form >= 0 ? '+' : ''}${Math.round(form)} %`;
  if (form >= FRESH_ZONE.min && form <= FRESH_ZONE.max) return `${shown}: in ${zone}`;
  const fresher = form < FRESH_ZONE.min;
  for (let f = fresher ? 0.9 : 1.1; fresher ? f >= 0.05 : f <= 3; f = fresher ? f - 0.1 : f + 0.1) {
    const scaled = loads.map((l, i) => (i >= raceAt - 7 && i < raceAt ? l * f : l));
    const got = project(req.load, scaled.slice(0, raceAt + 1)).formPct[raceAt];
    if (got !== undefined && got >= FRESH_ZONE.min && got <= FRESH_ZONE.max) {
      const change = Math.round(Math.abs(1 - f) * 100);
      const lands = `would land it at +${Math.round(got)} %`;
      // Fresher than the zone is what a deep taper for a long race gives: say what the model asks, and its price.
      return fresher
        ? `${shown}: below ${zone}; about ${change} % less training in the 7 days before the race ${lands}`
        : `${shown}: above ${zone}; by the model, about ${change} % more easy running in the 7 days before the race ${lands} — a lighter taper than P17's, to weigh against arriving rested`;
    }
  }
  return `${shown}: ${fresher ? 'below' : 'above'} ${zone}; ${fresher ? 'more rest before the race, or a lower peak,' : 'more volume kept in the taper'} would move it towards the zone`;
}
