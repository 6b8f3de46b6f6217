// The week's runs from a layout: distances (P13, P19), then the adaptations that replace runs —
// P12's easy cardio for quality sessions on the first 2 days (their distance is dropped, not moved
// to other runs: P18; nor the sessions squeezed in later) and P11's low-impact cardio for every
// run, each at most 90 min (P21).

import { PlanKind, displayName } from '../sessionTypes';
import { ADAPTATION_DAYS } from '../rules/planRules';
import { REST_DAY_MAX_CARDIO_MINUTES } from '../rules/sessionOrder';
import { VOLUME_RULE } from '../rules/weekTarget';
import { milesIn } from '../units';
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

function runItem(ctx: WeekContext, day: number, kind: PlanKind, distance: number, raced: boolean): Item {
  const minutes = runMinutes(kind, distance, ctx.pace);
  let words = SESSION_WORDS[kind];
  if (isShakeoutDay(ctx, day)) words = 'Shakeout: very easy with 4–6 short strides';
  else if (raced && day > ctx.anchor) words = 'Post-race recovery: very easy, walk breaks welcome';
  else if (kind === 'easy_run' && ctx.anchorKind === 'easy_run' && day === ctx.anchor) words = `${words}, instead of the long run: none in the first week after the race (P16)`;
  return { kind, distance, minutes, details: words };
}

function injuredItem(ctx: WeekContext, run: Item, nth: number): Item {
  const cardio = cardioFor(run.kind, nth);
  const minutes = run.minutes === undefined ? undefined : Math.min(VOLUME_RULE.injuredCardioMinutes, run.minutes);
  const effort = SPEED_WORK.has(run.kind) ? ' with the same efforts as the run' : ' at an easy effort';
  return {
    kind: cardio,
    minutes,
    details: withReason(
      `${displayName(cardio)}${minutes ? ` ${minutes} min` : ''}${effort} instead of ${runName(run.kind, run.distance, ctx.unit)}`,
      minutes !== undefined && minutes < run.minutes! ? `injured: no running (P11), at most ${minutes} min a session (P21)` : 'injured: no running (P11)',
    ),
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

/** After rounding, the long run is still the week's longest run (P19): a step moves to it, or off a capped week. */
function keepLongest(kinds: readonly PlanKind[], distances: number[], step: number, capped: boolean): void {
  const iLong = kinds.indexOf('long_run');
  if (iLong < 0) return;
  for (;;) {
    let top = -1;
    distances.forEach((d, i) => { if (i !== iLong && d > distances[iLong] + 1e-9 && (top < 0 || d > distances[top])) top = i; });
    if (top < 0) return;
    distances[top] = Math.round((distances[top] - step) * 100) / 100;
    if (!capped) distances[iLong] = Math.round((distances[iLong] + step) * 100) / 100;
  }
}

/**
 * A dropped workout's miles are not moved (P18), so the long run may now be over 45 % of what is
 * left: it shortens to 45 % (never below another run, P19). The down week only runs less.
 */
function shortenLongAfterDrops(ctx: WeekContext, runDays: readonly number[], kinds: readonly PlanKind[], distances: number[], replaced: readonly number[], step: number): void {
  const iLong = kinds.indexOf('long_run');
  if (iLong < 0 || replaced.includes(runDays[iLong])) return;
  const others = distances.filter((_, j) => j !== iLong && !replaced.includes(runDays[j]));
  const sum = others.reduce((a, b) => a + b, 0);
  if (sum + distances[iLong] < milesIn(VOLUME_RULE.longShareFromMiles, ctx.unit)) return;
  const { max } = VOLUME_RULE.longShare;
  const cap = Math.floor(((max / (1 - max)) * sum) / step + 1e-9) * step;
  if (distances[iLong] > cap) distances[iLong] = Math.max(cap, ...others);
}

/** The days with their runs (or the cardio that replaces them); undefined when the layout cannot hold the week. */
export function placeRuns(ctx: WeekContext, sk: Skeleton): DayBuild[] | undefined {
  const days: DayBuild[] = sk.days.map((d) => ({ role: d.role, items: [] }));
  const kindAt = sk.days.map((d) => d.kind);
  const runDays = kindAt.flatMap((k, i) => (k !== null && k !== 'race' ? [i] : []));
  const weight = (d: number) => (isShakeoutDay(ctx, d) ? SHAKEOUT_WEIGHT : weightOf(kindAt[d]!));
  const kinds = runDays.map((d) => kindAt[d]!);
  const step = roundingStep(ctx.volume.target);
  const distances = roundToTotal(shareDistance(kinds, runDays.map(weight), ctx.volume.target, ctx.volume.long), step);
  keepLongest(kinds, distances, step, ctx.volume.long?.capped ?? false);

  // P12 and P18: a workout or the long run on the first 2 days becomes easy cardio; its miles are not moved to other runs.
  const replaced = ctx.adapted ? runDays.filter((d) => d < ADAPTATION_DAYS && (kindAt[d] === 'long_run' || sk.days[d].role === 'quality')) : [];
  if (replaced.length) shortenLongAfterDrops(ctx, runDays, kinds, distances, replaced, step);
  const raced = ctx.anchorKind === 'race' && !(ctx.adapted && ctx.anchor < ADAPTATION_DAYS);
  runDays.forEach((d, j) => {
    if (replaced.includes(d)) {
      days[d].role = 'replaced';
      days[d].items.push(replacedItem(ctx, kindAt[d]!, distances[j]));
    } else {
      days[d].items.push(runItem(ctx, d, kindAt[d]!, distances[j], raced));
    }
  });
  if (ctx.anchorKind === 'race') {
    if (raced) days[ctx.anchor].items.push({ kind: 'race', details: SESSION_WORDS.race });
    else {
      days[ctx.anchor].role = 'replaced';
      days[ctx.anchor].items.push(replacedItem(ctx, 'race', undefined));
    }
  }
  if (ctx.injured) {
    let nth = 0;
    for (const day of days) day.items = day.items.map((it) => (it.distance !== undefined || it.kind === 'race' ? injuredItem(ctx, it, nth++) : it));
  }
  return days;
}
