// Strength, core, mobility and the optional easy spin around the week's runs. Strength placements
// are enumerated best first (the search keeps the first the rules accept); core and mobility then
// go to the best free slots: core after hills ("Thursday: core after hills"), foam rolling after the
// long run and the night before a race, yoga on rest days.

import { PlanKind, isRunKind, isStrengthKind } from '../sessionTypes';
import { MAX_SESSIONS_A_DAY, MIN_CORE_AND_UPPER, MIN_MOBILITY } from '../rules/planRules';
import { SESSION_MINUTES, SESSION_WORDS } from './details';
import { DayBuild, DayRole, Item, WeekContext } from './weekContext';

export interface StrengthSlot {
  day: number;
  kind: 'strength_lower' | 'strength_upper';
}

const LOWER_COST: Record<DayRole, number> = { quality: 0, easy: 1, off: 2, recovery: 3, replaced: 3, anchor: 9 };
const UPPER_COST: Record<DayRole, number> = { easy: 0, off: 1, quality: 2, replaced: 2, recovery: 3, anchor: 9 };
const PAIRS: readonly StrengthSlot['kind'][][] = [
  ['strength_lower', 'strength_upper'],
  ['strength_upper', 'strength_lower'],
  ['strength_upper', 'strength_upper'],
];
const TWO_UPPER_COST = 10;
const BACK_TO_BACK_COST = 3;

const cost = (days: readonly DayBuild[], s: StrengthSlot) => (s.kind === 'strength_lower' ? LOWER_COST : UPPER_COST)[days[s.day].role];

const hasLongRun = (d: DayBuild | undefined) => !!d && d.items.some((i) => i.kind === 'long_run');

/**
 * P2's strength for the phase, every placement best first: 2 in base/build (and in the later
 * recovery weeks), 1 upper or none in taper and the first recovery weeks (P16), none else; injured,
 * upper body only (P21). The long-run day and the day after are left out at once (P3, P4).
 */
export function strengthOptions(ctx: WeekContext, days: readonly DayBuild[]): StrengthSlot[][] {
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => !hasLongRun(days[d]) && !hasLongRun(days[d - 1]));
  const { phase } = ctx;
  if (phase === 'taper' || (phase === 'recovery' && ctx.volume.noLowerStrength)) {
    const singles = open.map((day): StrengthSlot[] => [{ day, kind: 'strength_upper' }]);
    return [...singles.sort((a, b) => cost(days, a[0]) - cost(days, b[0])), []];
  }
  if (phase !== 'base' && phase !== 'recovery') return [[]];
  const pairs = ctx.injured ? PAIRS.filter((p) => !p.includes('strength_lower')) : PAIRS;
  const options: { slots: StrengthSlot[]; cost: number }[] = [];
  for (const a of open) {
    for (const b of open.filter((d) => d > a)) {
      pairs.forEach((kinds) => {
        const slots: StrengthSlot[] = [{ day: a, kind: kinds[0] }, { day: b, kind: kinds[1] }];
        const twoUpper = kinds[0] === 'strength_upper' && kinds[1] === 'strength_upper';
        const c = cost(days, slots[0]) + cost(days, slots[1]) + (twoUpper ? TWO_UPPER_COST : 0) + (b - a === 1 ? BACK_TO_BACK_COST : 0);
        options.push({ slots, cost: c });
      });
    }
  }
  return options.sort((x, y) => x.cost - y.cost).map((o) => o.slots);
}

const item = (kind: PlanKind, details = SESSION_WORDS[kind]): Item => ({ kind, minutes: SESSION_MINUTES[kind], details });

const CORE_COST: Record<DayRole, number> = { quality: 0, easy: 2, off: 3, recovery: 4, replaced: 4, anchor: 8 };
const MOBILITY_COST: Record<DayRole, number> = { anchor: 0, off: 1, recovery: 2, easy: 4, replaced: 4, quality: 5 };

function mobilityFor(ctx: WeekContext, day: number, d: DayBuild): Item {
  if (ctx.anchorKind === 'race' && day === ctx.anchor - 1) return item('foam_roll', `${SESSION_WORDS.foam_roll}, the night before the race`);
  if (d.role === 'anchor' && ctx.anchorKind !== 'easy_run') {
    return ctx.anchorKind === 'race' ? item('yoga', 'Post-race reset: legs up the wall, supine twists') : item('foam_roll', `${SESSION_WORDS.foam_roll}, after the long run`);
  }
  if (d.role === 'recovery') return item('foam_roll');
  return d.role === 'off' ? item('yoga') : item('mobility');
}

const hasRun = (d: DayBuild) => d.items.some((i) => isRunKind(i.kind));
const hasStrength = (d: DayBuild) => d.items.some((i) => isStrengthKind(i.kind));
const free = (d: DayBuild) => d.items.length < MAX_SESSIONS_A_DAY;

/** The best day for a session by `costs` among those `fits` accepts, or undefined. */
function bestDay(ctx: WeekContext, days: readonly DayBuild[], costs: Record<DayRole, number>, fits: (d: DayBuild, day: number) => boolean): number | undefined {
  let best: number | undefined;
  let bestCost = Infinity;
  days.forEach((d, day) => {
    if (!free(d) || !fits(d, day)) return;
    // The night before a race counts as the race's own mobility slot.
    const c = ctx.anchorKind === 'race' && day === ctx.anchor - 1 ? -1 : costs[d.role] + (d.items.some((i) => i.kind === 'core') ? 0.5 : 0);
    if (c < bestCost) [best, bestCost] = [day, c];
  });
  return best;
}

/** The week with `strength` added, then spin, core and mobility; undefined when there is no room. */
export function addExtras(ctx: WeekContext, runs: readonly DayBuild[], strength: readonly StrengthSlot[], restOrder: readonly number[]): DayBuild[] | undefined {
  const days = runs.map((d) => ({ role: d.role, items: [...d.items] }));
  for (const s of strength) {
    if (!free(days[s.day])) return undefined;
    days[s.day].items.push(item(s.kind));
  }
  if (ctx.phase === 'base' && !ctx.injured) {
    const spare = restOrder.filter((d) => days[d].role === 'off' && !days[d].items.length);
    if (spare.length >= 2) days[spare[1]].items.push(item('bike', `${SESSION_WORDS.bike}, optional: still a rest day`));
  }
  // The later recovery weeks hold base/build's strength, so their core too (P7 as PLAN_CHECK reads such a week).
  if (ctx.phase === 'base' || (ctx.phase === 'recovery' && !ctx.volume.noLowerStrength)) {
    const uppers = strength.filter((s) => s.kind === 'strength_upper').length;
    for (let n = Math.max(1, MIN_CORE_AND_UPPER - uppers); n > 0; n--) {
      const day = bestDay(ctx, days, CORE_COST, (d) => !d.items.some((i) => i.kind === 'core'));
      if (day === undefined) return undefined;
      days[day].items.push(item('core'));
    }
  }
  const mobilityDays = new Set<number>();
  for (let n = 0; n < MIN_MOBILITY; n++) {
    const day = bestDay(ctx, days, MOBILITY_COST, (d, i) => !mobilityDays.has(i) && !(hasRun(d) && hasStrength(d)));
    if (day === undefined) return undefined;
    mobilityDays.add(day);
    days[day].items.push(mobilityFor(ctx, day, days[day]));
  }
  return days;
}
