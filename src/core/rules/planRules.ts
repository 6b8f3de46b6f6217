// The planner's rule table, P1–P13 of planner-rules.md, in one place: the generator accepts a week
// only when no rule finds a breach, PLAN_CHECK reports the rules a plan alone can show, and the
// order rules (P3–P5, P9, P10) are those of ./sessionOrder.ts that BURNOUT_ALERTS reads too.
// A rule checks what it can: facts that are not known about a week (a typed plan says nothing of
// injury or the runner's target) leave the parts that need them unchecked.

import { DistanceUnit, milesIn } from '../units';
import { Kind, isLowerStrength, isMobilityKind, isQualityKind, isRunKind, isStrengthKind } from '../sessionTypes';
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
}

export const RULE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13'] as const;
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
  check(week: Week, facts: WeekFacts): Finding[];
}

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
  if (f.injured || (f.adapted && anchor !== undefined && anchor < ADAPTATION_DAYS)) {
    const why = f.injured ? 'injured: none (P11)' : 'the first 2 days stay easy after a burnout alert or Red recovery (P12)';
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

function p13(w: Week, f: WeekFacts): Finding[] {
  if (f.target === undefined || f.injured) return [];
  const runs = ofKind(w, (k) => isRunKind(k) && k !== 'race');
  const planned = runs.reduce((a, p) => a + (p.s.distance ?? 0), 0);
  const unit = f.unit ?? 'mi';
  const found: Finding[] = [];
  const slack = VOLUME_RULE.tolerance * f.target + 1e-9;
  if (Math.abs(planned - f.target) > slack) {
    found.push({ day: 0, problem: `${round(planned)} ${unit} of running planned, target ${round(f.target)} ${unit} ± 10 %` });
  }
  const long = runs.find((p) => p.s.kind === 'long_run');
  if (long && planned >= milesIn(VOLUME_RULE.longShareFromMiles, unit)) {
    const share = (long.s.distance ?? 0) / planned;
    const { min, max } = VOLUME_RULE.longShare;
    if (share < min - 1e-9 || share > max + 1e-9) found.push({ day: long.day, problem: `long run ${Math.round(share * 100)} % of the week's running (25–40 %)` });
  }
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
  { id: 'P13', rule: 'running within ±10 % of the week\'s target; long run 25–40 % of it from 20 mi a week', planAlone: false, check: p13 },
];

const ORDER = new Map(RULE_IDS.map((id, i) => [id, i]));

/** Every breach of the week, by day then rule number; `rules` limits which rules run. */
export function checkWeek(view: WeekView, facts: WeekFacts, rules: readonly PlanRule[] = PLAN_RULES): Breach[] {
  const w = weekOf(view);
  return rules
    .flatMap((r) => r.check(w, facts).map((b) => ({ rule: r.id, ...b })))
    .sort((a, b) => a.day - b.day || ORDER.get(a.rule)! - ORDER.get(b.rule)!);
}
