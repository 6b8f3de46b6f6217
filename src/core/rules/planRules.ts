// The planner's rule table, P1–P13 of planner-rules.md, in one place: the generator accepts a week
// only when no rule finds a breach, PLAN_CHECK reports the rules a plan alone can show, and the
// order rules (P3–P5, P9, P10) are those of ./sessionOrder.ts that BURNOUT_ALERTS reads too.
// A rule checks what it can: facts that are not known about a week (a typed plan says nothing of
// injury or the runner's target) leave the parts that need them unchecked.

import { DistanceUnit, milesIn } from '../units';
import { Kind, categoryOf, isLowerStrength, isMobilityKind, isQualityKind, isRunKind, isStrengthKind } from '../sessionTypes';
import { DaySession, ORDER_RULES, OrderRuleId, isRestDay } from './sessionOrder';
import { Phase } from './phase';
import { VOLUME_RULE } from './weekTarget';

export type Slot = 'AM' | 'PM';
export const SLOTS: readonly Slot[] = ['AM', 'PM'];

export interface PlanSession extends DaySession {
  slot?: Slot;
  distance?: number;
  details?: string;
}
export type PlanDay = readonly PlanSession[];

/** A week inside a run of consecutive days; the days around it are its context. */
export interface WeekView {
  days: readonly PlanDay[];
  /** Index in `days` of the week's first day. */
  at: number;
  /** Order rules are checked on days[orderStart] … days[orderEnd − 1]; default: the week's 7 days. */
  orderStart?: number;
  orderEnd?: number;
}

/** What is known about the week beyond its sessions; day numbers count from the week's first day. */
export interface WeekFacts {
  longRunDay?: number;
  /** Race day, when it falls in this week. */
  raceDay?: number;
  phase?: Phase;
  injured?: boolean;
  /** P12 applies: the log's latest day was ALERT or Red. */
  adapted?: boolean;
  /** P13's target running distance (race excluded). */
  target?: number;
  unit?: DistanceUnit;
  /** What coaching.md's volume rules set for the week (P13–P20). */
  volume?: VolumeFacts;
}

export interface VolumeFacts {
  kind: 'start' | 'build' | 'cutback' | 'down' | 'recovery' | 'taper' | 'race';
  /** Planned running (race excluded) within [low, high]. */
  low: number;
  high: number;
  /** Most workouts (tempo, hills, intervals). */
  workouts: number;
  noLowerStrength: boolean;
  /** No run before this day of the week: rest after a race (P16). */
  runFrom?: number;
  /** The long run planned (a taper cap when `capped`); undefined: none this week. */
  long?: { distance: number; capped: boolean };
}

export const RULE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16', 'P17', 'P18', 'P19', 'P20', 'P21'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  /** Day of the breach, counted from the week's first day (weekly rules: 0). */
  day: number;
  problem: string;
}

export interface Breach extends Finding {
  rule: RuleId;
}

/** A week as the rules read it: its 7 days (past the end of `view.days`, empty) and their sessions. */
export interface Week {
  view: WeekView;
  days: PlanDay[];
  sessions: Placed[];
}

export interface Placed {
  day: number;
  s: PlanSession;
}

export interface PlanRule {
  id: RuleId;
  /** What the rule asks (planner-rules.md). */
  rule: string;
  /** PLAN_CHECK reports it (formulas.md: P1 and P3–P10, what a plan alone can show). */
  planAlone: boolean;
  /** Undefined for a rule applied while planning that no plan can show (P14). */
  check?(week: Week, facts: WeekFacts): Finding[];
}

/** Planned distances round to this step (coaching.md), so distance bounds allow it. */
export const ROUNDING = 0.5;
/** Days at the start of the week that P12 keeps easy. */
export const ADAPTATION_DAYS = 2;
/** Mobility sessions a week (P6) and core + upper-body strength in base/build (P7). */
export const MIN_MOBILITY = 3;
export const MIN_CORE_AND_UPPER = 2;
/** Sessions a day: AM and PM (P9). */
export const MAX_SESSIONS_A_DAY = SLOTS.length;
/** A session whose Details say this stands in for the long run or the race (P11, P12). */
export const STANDS_IN_FOR_ANCHOR = /instead of (the )?(long run|race)\b/i;

function weekOf(view: WeekView): Week {
  const days = Array.from({ length: 7 }, (_, i) => view.days[view.at + i] ?? []);
  return { view, days, sessions: days.flatMap((d, day) => d.map((s) => ({ day, s }))) };
}

const ofKind = (w: Week, test: (k: Kind) => boolean): Placed[] => w.sessions.filter((p) => p.s.kind !== null && test(p.s.kind));
const isSession = (s: PlanSession) => s.kind !== 'rest';

function orderRule(id: OrderRuleId, extra?: { rule: string; check: (w: Week) => Finding[] }): PlanRule {
  const rule = ORDER_RULES.find((r) => r.id === id)!;
  return {
    id,
    rule: extra?.rule ?? rule.rule,
    planAlone: true,
    check(w) {
      const found: Finding[] = extra ? extra.check(w) : [];
      const { days, at, orderStart, orderEnd } = w.view;
      const end = Math.min(orderEnd ?? at + 7, days.length);
      for (let i = Math.max(0, orderStart ?? at); i < end; i++) {
        const problem = rule.breach(days, i);
        if (problem) found.push({ day: i - at, problem });
      }
      return found;
    },
  };
}

function p1(w: Week, f: WeekFacts): Finding[] {
  const longs = ofKind(w, (k) => k === 'long_run');
  const races = ofKind(w, (k) => k === 'race');
  const found: Finding[] = [];
  if (longs.length > 1) found.push({ day: longs[1].day, problem: `${longs.length} long runs in one week (exactly one)` });
  if (races.length > 1) found.push({ day: races[1].day, problem: `${races.length} races in one week` });
  if (longs.length && races.length) found.push({ day: longs[0].day, problem: 'a long run in race week (the race replaces it)' });
  const anchor = f.raceDay ?? f.longRunDay;
  const what = f.raceDay !== undefined ? 'race' : 'long run';
  const placed = f.raceDay !== undefined ? races : longs;
  // Without the runner's facts, a week may lack its long run when it has no running (injury) or a
  // session says it stands in for it (P11, P12).
  const excused = f.injured === undefined && (ofKind(w, isRunKind).length === 0 || w.sessions.some((p) => STANDS_IN_FOR_ANCHOR.test(p.s.details ?? '')));
  const noLongRun = f.volume !== undefined && f.volume.long === undefined && f.raceDay === undefined;
  if (f.injured || noLongRun || (f.adapted && anchor !== undefined && anchor < ADAPTATION_DAYS)) {
    const why = f.injured ? 'injured: none (P11)' : noLongRun ? 'none in the first week after a race (P16)' : 'the first 2 days stay easy after a burnout alert or Red recovery (P12)';
    for (const p of placed) found.push({ day: p.day, problem: `a ${what} although ${why}` });
  } else if (anchor !== undefined) {
    const where = what === 'race' ? 'race day' : 'long-run day';
    if (!placed.some((p) => p.day === anchor) && !excused) found.push({ day: anchor, problem: `no ${what} on the ${where}` });
    for (const p of placed) if (p.day !== anchor) found.push({ day: p.day, problem: `a ${what} off the ${where}` });
  } else if (!longs.length && !races.length && !excused) {
    found.push({ day: 0, problem: 'no long run this week' });
  }
  return found;
}

function p2(w: Week, f: WeekFacts): Finding[] {
  const strength = ofKind(w, isStrengthKind);
  const n = strength.length;
  const at = (strength[0]?.day ?? 0);
  switch (f.phase) {
    case 'base':
      return n === 2 ? [] : [{ day: at, problem: `${n} strength sessions (base/build: exactly 2)` }];
    case 'peak':
      return n === 0 ? [] : [{ day: at, problem: 'strength in a peak week (mobility and light recovery work only)' }];
    case 'taper':
      return n === 0 || (n === 1 && strength[0].s.kind === 'strength_upper') ? [] : [{ day: at, problem: 'taper: at most 1 strength session, upper body' }];
    case 'race':
      return n === 0 ? [] : [{ day: at, problem: 'strength in race week (none)' }];
    case 'recovery':
      return n <= 2 ? [] : [{ day: at, problem: `${n} strength sessions in a recovery week (at most 2)` }];
    default:
      return [];
  }
}

function p9Extra(w: Week): Finding[] {
  const found: Finding[] = [];
  w.days.forEach((d, day) => {
    const sessions = d.filter(isSession);
    if (sessions.length > MAX_SESSIONS_A_DAY) found.push({ day, problem: `${sessions.length} sessions on one day (at most ${MAX_SESSIONS_A_DAY}: AM and PM)` });
    for (const slot of SLOTS) {
      const n = d.filter((s) => isSession(s) && s.slot === slot).length;
      if (n > 1) found.push({ day, problem: `${n} sessions in the ${slot} slot` });
    }
  });
  return found;
}

const WORKOUT_KINDS = new Set<Kind>(['tempo', 'hills', 'intervals']);
const workoutsOf = (w: Week) => ofKind(w, (k) => WORKOUT_KINDS.has(k));
const runningOf = (w: Week) => ofKind(w, (k) => isRunKind(k) && k !== 'race').reduce((a, p) => a + (p.s.distance ?? 0), 0);

/** The volume rule that sets each kind of week (P13 build, P15 cutback, P16 recovery, P17 taper and race week, P18 down). */
const RULE_OF_KIND: Record<VolumeFacts['kind'], RuleId> = { start: 'P13', build: 'P13', cutback: 'P15', recovery: 'P16', taper: 'P17', race: 'P17', down: 'P18' };

/** The week's running within what its volume rule sets, and no more workouts than it allows. */
function volumeCheck(id: RuleId): (w: Week, f: WeekFacts) => Finding[] {
  return (w, f) => {
    const v = f.volume;
    if (!v || RULE_OF_KIND[v.kind] !== id) return [];
    const unit = f.unit ?? 'mi';
    const found: Finding[] = [];
    const planned = runningOf(w);
    // After an ALERT or a Red day a dropped session's miles are not made up (P12, P18): no floor then.
    if (!f.injured && (planned > v.high + 1e-9 || (!f.adapted && planned < v.low - 1e-9))) {
      const range = v.low > 0 ? `${round(v.low)}–${round(v.high)} ${unit}` : `at most ${round(v.high)} ${unit}`;
      found.push({ day: 0, problem: `${round(planned)} ${unit} of running planned, ${range} this week` });
    }
    const workouts = workoutsOf(w);
    if (workouts.length > v.workouts) found.push({ day: workouts[v.workouts].day, problem: `${workouts.length} workouts this week (at most ${v.workouts})` });
    return found;
  };
}

function p16(w: Week, f: WeekFacts): Finding[] {
  const found = volumeCheck('P16')(w, f);
  if (f.volume?.kind === 'recovery' && f.volume.noLowerStrength) {
    for (const p of ofKind(w, isLowerStrength)) found.push({ day: p.day, problem: 'lower-body strength in the first weeks after a race' });
  }
  const runFrom = f.volume?.runFrom ?? 0;
  for (const p of ofKind(w, isRunKind)) if (p.day < runFrom) found.push({ day: p.day, problem: `a run in the days of rest after the race (a day per ${VOLUME_RULE.restKmPerDay} km)` });
  return found;
}

function p17(w: Week, f: WeekFacts): Finding[] {
  const found = volumeCheck('P17')(w, f);
  const cap = f.volume?.long?.capped ? f.volume.long.distance : undefined;
  if (cap !== undefined) {
    for (const p of ofKind(w, (k) => k === 'long_run')) {
      if ((p.s.distance ?? 0) > cap + 0.5) found.push({ day: p.day, problem: `long run ${p.s.distance} ${f.unit ?? 'mi'} in a taper week (at most ${round(cap)})` });
    }
  }
  return found;
}

/** P19, what a plan alone shows: the long run is the week's longest run and at most 45 % of it (at least 25 % in build weeks). */
function p19(w: Week, f: WeekFacts): Finding[] {
  const long = ofKind(w, (k) => k === 'long_run')[0];
  if (!long || f.injured) return [];
  const d = long.s.distance ?? 0;
  const found: Finding[] = [];
  const longer = ofKind(w, (k) => isRunKind(k) && k !== 'long_run' && k !== 'race').filter((p) => (p.s.distance ?? 0) > d + 1e-9);
  if (longer.length) found.push({ day: longer[0].day, problem: `a ${longer[0].s.kind} of ${longer[0].s.distance} is longer than the long run (${d})` });
  const planned = runningOf(w);
  // A plan alone does not say its unit: the share is asked from 32 whatever the unit (20 mi or 32 km).
  if (planned >= milesIn(VOLUME_RULE.longShareFromMiles, f.unit ?? 'km')) {
    const share = d / planned;
    const { min, max } = VOLUME_RULE.longShare;
    const buildWeek = f.volume !== undefined && !['taper', 'race', 'recovery'].includes(f.volume.kind);
    // Distances round to half a unit: the share may miss its bound by that much.
    if (d > max * planned + ROUNDING + 1e-9 || (buildWeek && d < min * planned - ROUNDING - 1e-9)) {
      found.push({ day: long.day, problem: `long run ${Math.round(share * 100)} % of the week's running (${buildWeek ? '25–45 %' : 'at most 45 %'})` });
    }
  }
  return found;
}

/** P20: a week under 20 mi (32 km) holds at most one workout. */
function p20(w: Week, f: WeekFacts): Finding[] {
  const planned = runningOf(w);
  const workouts = workoutsOf(w);
  // A plan alone does not say its unit: a novice week is one under 20 whatever the unit (20 mi or 32 km).
  if (f.injured || planned <= 0 || planned >= milesIn(VOLUME_RULE.noviceBelowMiles, f.unit ?? 'mi') || workouts.length <= 1) return [];
  return [{ day: workouts[1].day, problem: `${workouts.length} workouts in a ${round(planned)}-${f.unit ?? 'mi'} week (under ${milesIn(VOLUME_RULE.noviceBelowMiles, f.unit ?? 'mi')}: at most 1)` }];
}

/** P21: an injured week (known, or a week without running whose sessions stand in for runs) caps cardio; known injury also drops lower-body strength. */
function p21(w: Week, f: WeekFacts): Finding[] {
  const injured = f.injured ?? (ofKind(w, isRunKind).length === 0 && w.sessions.some((p) => /\binstead of\b/i.test(p.s.details ?? '')));
  if (!injured) return [];
  const found: Finding[] = [];
  for (const p of ofKind(w, (k) => categoryOf(k) === 'cardio')) {
    if ((p.s.minutes ?? 0) > VOLUME_RULE.injuredCardioMinutes) found.push({ day: p.day, problem: `${p.s.kind} ${p.s.minutes} min while injured (at most ${VOLUME_RULE.injuredCardioMinutes})` });
  }
  // A plan alone does not say the week is injured rather than one whose only run moved out (P12): strength is checked on known injury.
  if (f.injured) for (const p of ofKind(w, isLowerStrength)) found.push({ day: p.day, problem: 'lower-body strength while injured (add it back only if the injury allows)' });
  return found;
}

const round = (n: number) => Math.round(n * 10) / 10;

export const PLAN_RULES: readonly PlanRule[] = [
  { id: 'P1', rule: 'exactly one long run, on the long-run day; race week: the race instead; injured: none', planAlone: true, check: p1 },
  { id: 'P2', rule: 'strength: exactly 2 in base/build, none in peak, at most 1 upper-body in taper, none in race week', planAlone: false, check: p2 },
  orderRule('P3'),
  orderRule('P4'),
  orderRule('P5'),
  {
    id: 'P6',
    rule: `at least ${MIN_MOBILITY} mobility sessions a week`,
    planAlone: true,
    check(w) {
      const n = ofKind(w, isMobilityKind).length;
      return n >= MIN_MOBILITY ? [] : [{ day: 0, problem: `${n} mobility sessions this week (at least ${MIN_MOBILITY})` }];
    },
  },
  {
    id: 'P7',
    rule: `core + upper-body strength at least ${MIN_CORE_AND_UPPER} a week in base/build`,
    planAlone: true,
    check(w, f) {
      if (f.phase !== 'base') return [];
      const n = ofKind(w, (k) => k === 'core' || k === 'strength_upper').length;
      return n >= MIN_CORE_AND_UPPER ? [] : [{ day: 0, problem: `${n} core or upper-body strength sessions (base/build: at least ${MIN_CORE_AND_UPPER})` }];
    },
  },
  {
    id: 'P8',
    rule: 'at least 1 rest day a week',
    planAlone: true,
    check: (w) => (w.days.some(isRestDay) ? [] : [{ day: 0, problem: 'no rest day this week (no run and no strength on at least one day)' }]),
  },
  orderRule('P9', { rule: `at most ${MAX_SESSIONS_A_DAY} sessions a day (AM, PM), never run + strength + mobility on one day`, check: p9Extra }),
  orderRule('P10'),
  {
    id: 'P11',
    rule: 'injured: no running; each run becomes low-impact cardio of about the same duration',
    planAlone: false,
    check: (w, f) => (f.injured ? ofKind(w, isRunKind).map((p) => ({ day: p.day, problem: 'a run while injured' })) : []),
  },
  {
    id: 'P12',
    rule: 'after ALERT or Red recovery: no quality session and no lower-body strength in the first 2 days',
    planAlone: false,
    check: (w, f) =>
      f.adapted
        ? ofKind(w, (k) => isQualityKind(k) || isLowerStrength(k))
            .filter((p) => p.day < ADAPTATION_DAYS)
            .map((p) => ({ day: p.day, problem: `${p.s.kind} in the first ${ADAPTATION_DAYS} days after a burnout alert or Red recovery` }))
        : [],
  },
  { id: 'P13', rule: 'build week: min(1.10 × L, 1.25 × T), planned within ±5 %', planAlone: false, check: volumeCheck('P13') },
  { id: 'P14', rule: 'a typed target above the P13 build target is capped at it (set when planning: a plan cannot show it)', planAlone: false },
  { id: 'P15', rule: 'a cutback week at 75 % of L (70–80 %) after 3 build weeks (2 with the 2:1 cycle), long run about 70 % of LR', planAlone: false, check: volumeCheck('P15') },
  { id: 'P16', rule: `after a race, recovery weeks at ≤ L_pre × (0.3 + 0.6 × (k − 1) ÷ n); no workout and no lower-body strength in the first half, no long run in the first week; no run in the days of rest after the race (a day per ${VOLUME_RULE.restKmPerDay} km)`, planAlone: false, check: p16 },
  { id: 'P17', rule: 'taper and race week by race distance, one short workout kept, long run at most 60/50/40 % of the peak long run', planAlone: false, check: p17 },
  { id: 'P18', rule: 'after an ALERT or a Red day: a down week at 70 % of T, one workout at most, no miles moved', planAlone: false, check: volumeCheck('P18') },
  { id: 'P19', rule: 'the long run is the week\'s longest run, 25–45 % of a week of 20 mi (32 km) or more', planAlone: true, check: p19 },
  { id: 'P20', rule: 'a week under 20 mi (32 km) holds at most one workout', planAlone: true, check: p20 },
  { id: 'P21', rule: 'injured: each cardio session at most 90 min, no lower-body strength', planAlone: true, check: p21 },
];

const ORDER = new Map(RULE_IDS.map((id, i) => [id, i]));

/** Every breach of the week, by day then rule number; `rules` limits which rules run. */
export function checkWeek(view: WeekView, facts: WeekFacts, rules: readonly PlanRule[] = PLAN_RULES): Breach[] {
  const w = weekOf(view);
  return rules
    .flatMap((r) => (r.check ? r.check(w, facts) : []).map((b) => ({ rule: r.id, ...b })))
    .sort((a, b) => a.day - b.day || ORDER.get(a.rule)! - ORDER.get(b.rule)!);
}
