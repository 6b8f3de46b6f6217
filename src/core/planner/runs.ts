// The week's runs from a layout: distances (P13), then the adaptations that replace runs — P12's
// easy cardio for quality sessions on the first 2 days (their distance goes to the easy runs, the
// sessions themselves are not squeezed in later) and P11's low-impact cardio for every run.

import { PlanKind, displayName } from '../sessionTypes';
import { ADAPTATION_DAYS } from '../rules/planRules';
import { REST_DAY_MAX_CARDIO_MINUTES } from '../rules/sessionOrder';
import { SHAKEOUT_WEIGHT, roundToTotal, roundingStep, runMinutes, shareDistance, weightOf } from './distances';
import { SESSION_WORDS, runName, withReason } from './details';
import { DayBuild, Item, WeekContext } from './weekContext';
import { Skeleton } from './skeleton';

const SPEED_WORK = new Set<PlanKind>(['tempo', 'hills', 'intervals']);

/** P11: the low-impact cardio that stands in for each kind of run (injured). */
function cardioFor(kind: PlanKind, nth: number): PlanKind {
  if (kind === 'long_run') return 'bike';
  if (SPEED_WORK.has(kind)) return 'pool_run';
  return nth % 2 === 0 ? 'elliptical' : 'swim';
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const isShakeoutDay = (ctx: WeekContext, day: number) => ctx.anchorKind === 'race' && day === ctx.anchor - 1;

function runItem(ctx: WeekContext, day: number, kind: PlanKind, distance: number, carried: number, raced: boolean): Item {
  const minutes = runMinutes(kind, distance, ctx.pace);
  let words = SESSION_WORDS[kind];
  if (isShakeoutDay(ctx, day)) words = 'Shakeout: very easy with 4–6 short strides';
  else if (raced && day > ctx.anchor) words = 'Post-race recovery: very easy, walk breaks welcome';
  const reason = carried > 0 ? `${round1(carried)} ${ctx.unit} longer to keep the week's volume (P13), since the first days stay easy: ${ctx.adaptedWhy} (P12)` : undefined;
  return { kind, distance, minutes, details: withReason(words, reason) };
}

function injuredItem(ctx: WeekContext, run: Item, nth: number): Item {
  const cardio = cardioFor(run.kind, nth);
  const effort = SPEED_WORK.has(run.kind) ? ' with the same efforts as the run' : ' at an easy effort';
  return {
    kind: cardio,
    minutes: run.minutes,
    details: withReason(`${displayName(cardio)}${run.minutes ? ` ${run.minutes} min` : ''}${effort} instead of ${runName(run.kind, run.distance, ctx.unit)}`, 'injured: no running (P11)'),
  };
}

function replacedItem(ctx: WeekContext, kind: PlanKind, distance: number | undefined): Item {
  const minutes = distance ? Math.min(REST_DAY_MAX_CARDIO_MINUTES, runMinutes(kind, distance, ctx.pace)) : REST_DAY_MAX_CARDIO_MINUTES;
  return {
    kind: 'bike',
    minutes,
    details: withReason(
      `Bike ${minutes} min easy instead of ${runName(kind, distance && round1(distance), ctx.unit)}`,
      `${ctx.adaptedWhy} (P12)${kind === 'race' ? ': race only if you have recovered' : ''}`,
    ),
  };
}

/** The days with their runs (or the cardio that replaces them); undefined when the layout cannot hold the week. */
export function placeRuns(ctx: WeekContext, sk: Skeleton): DayBuild[] | undefined {
  const days: DayBuild[] = sk.days.map((d) => ({ role: d.role, items: [] }));
  const kindAt = sk.days.map((d) => d.kind);
  const runDays = kindAt.flatMap((k, i) => (k !== null && k !== 'race' ? [i] : []));
  const weight = (d: number) => (isShakeoutDay(ctx, d) ? SHAKEOUT_WEIGHT : weightOf(kindAt[d]!));
  const share = shareDistance(runDays.map((d) => kindAt[d]!), runDays.map(weight), ctx.volume.target);
  const planned = new Map(runDays.map((d, j) => [d, share[j]]));

  const replaced = ctx.adapted ? [0, 1].filter((d) => d < ADAPTATION_DAYS && (sk.days[d].role === 'anchor' || sk.days[d].role === 'quality')) : [];
  // Injured, nothing is run: the replaced distance needs no carrier (P11 before P13).
  const moved = ctx.injured ? 0 : replaced.reduce((a, d) => a + (planned.get(d) ?? 0), 0);
  let carriers = runDays.filter((d) => !replaced.includes(d) && (sk.days[d].role === 'easy' || sk.days[d].role === 'recovery'));
  if (moved > 0 && carriers.length === 0) {
    const off = sk.restOrder.filter((d) => sk.days[d].role === 'off');
    if (off.length < 2) return undefined; // the week must keep a rest day
    const added = off[off.length - 1];
    kindAt[added] = 'easy_run';
    days[added].role = 'easy';
    planned.set(added, 0);
    carriers = [added];
  }
  const weights = carriers.reduce((a, d) => a + weight(d), 0);
  const carried = new Map(carriers.map((d) => [d, (moved * weight(d)) / weights]));

  const running = [...planned.keys()].filter((d) => !replaced.includes(d)).sort((a, b) => a - b);
  const distances = roundToTotal(running.map((d) => planned.get(d)! + (carried.get(d) ?? 0)), roundingStep(ctx.volume.target));
  const raced = ctx.anchorKind === 'race' && !replaced.includes(ctx.anchor);
  running.forEach((d, j) => days[d].items.push(runItem(ctx, d, kindAt[d]!, distances[j], carried.get(d) ?? 0, raced)));
  if (ctx.anchorKind === 'race' && !replaced.includes(ctx.anchor)) days[ctx.anchor].items.push({ kind: 'race', details: SESSION_WORDS.race });
  for (const d of replaced) {
    days[d].role = 'replaced';
    days[d].items.push(replacedItem(ctx, kindAt[d]!, planned.get(d)));
  }
  if (ctx.injured) {
    let nth = 0;
    for (const day of days) day.items = day.items.map((it) => (it.distance !== undefined || it.kind === 'race' ? injuredItem(ctx, it, nth++) : it));
  }
  return days;
}
