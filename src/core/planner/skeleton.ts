// The week's running layout: which days run, which of them carry the quality sessions. Every
// layout is enumerated and ranked by how close it is to the guide's sample week (long run
// Saturday, recovery Sunday, rest Monday and Friday, tempo Tuesday, hills Thursday, bike Wednesday);
// the generator takes the best-ranked layout that every rule accepts.

import { PlanKind } from '../sessionTypes';

export type RunRole = 'anchor' | 'quality' | 'easy' | 'recovery' | 'off';

export interface RunSlot {
  role: RunRole;
  /** The run planned here; null on days without running. */
  kind: PlanKind | null;
}

export interface Skeleton {
  days: RunSlot[];
  /** Quality sessions the phase asks for that this layout leaves out. */
  dropped: PlanKind[];
  /** Days ordered from most to least suited to rest (the generator's rest and spin days). */
  restOrder: number[];
  score: number;
  /** The layout in words ("long_run,-,tempo,…"), for a deterministic order among equal scores. */
  key: string;
}

export interface SkeletonInput {
  /** Day of the long run or the race (0–6); the first week after a race has an easy run there (P16). */
  anchor: number;
  anchorKind: 'long_run' | 'race' | 'easy_run';
  /** Run days including the anchor (1–6: a week keeps a rest day). */
  runDays: number;
  quality: readonly PlanKind[];
  /** No run before this day but the anchor's: rest after a race (P16). */
  runFrom?: number;
}

/** Cost of each day being a rest day, by days after the long run: the day before it first, then the 2nd after… */
const REST_COST_AFTER_LONG = [9, 3, 1, 4, 2, 5, 0];
/** Preferred days for the 1st and 2nd quality session, by days after the long run. */
const QUALITY_DAYS = [
  [3, 5, 4, 2, 1, 6],
  [5, 3, 4, 2, 1, 6],
];
const DROP_COST = 30;
const ADJACENT_HARD_COST = 6;

/** Race week: rest first right after the race, then 2 days before it; the day before is a shakeout. */
function raceWeekRestCost(offset: number): number {
  if (offset > 0) return 2 * (offset - 1);
  return offset === -1 ? 20 : 2 * -offset - 3;
}

function restCost(day: number, s: SkeletonInput): number {
  return s.anchorKind === 'race' ? raceWeekRestCost(day - s.anchor) : REST_COST_AFTER_LONG[(day - s.anchor + 7) % 7];
}

function runKind(day: number, s: SkeletonInput): PlanKind {
  const offset = day - s.anchor;
  if (s.anchorKind === 'race') return offset === -1 || offset > 0 ? 'recovery_run' : 'easy_run';
  return (offset + 7) % 7 === 1 ? 'recovery_run' : 'easy_run';
}

function* subsets(items: readonly number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++) for (const rest of subsets(items, k - 1, i + 1)) yield [items[i], ...rest];
}

function* arrangements(items: readonly number[], k: number): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (const first of items) for (const rest of arrangements(items.filter((x) => x !== first), k - 1)) yield [first, ...rest];
}

function layout(s: SkeletonInput, runs: readonly number[], qualityDays: readonly number[], restOrder: number[]): Skeleton {
  const days: RunSlot[] = Array.from({ length: 7 }, () => ({ role: 'off', kind: null }));
  days[s.anchor] = { role: 'anchor', kind: s.anchorKind };
  for (const d of runs) days[d] = { role: runKind(d, s) === 'recovery_run' ? 'recovery' : 'easy', kind: runKind(d, s) };
  qualityDays.forEach((d, j) => (days[d] = { role: 'quality', kind: s.quality[j] }));
  let score = DROP_COST * (s.quality.length - qualityDays.length);
  days.forEach((d, i) => {
    if (d.role === 'off') score += restCost(i, s);
    if (i > 0 && isHard(d) && isHard(days[i - 1])) score += ADJACENT_HARD_COST;
  });
  qualityDays.forEach((d, j) => (score += 2 * QUALITY_DAYS[j].indexOf((d - s.anchor + 7) % 7)));
  return { days, dropped: s.quality.slice(qualityDays.length), restOrder, score, key: days.map((d) => d.kind ?? '-').join(',') };
}

const isHard = (d: RunSlot) => d.role === 'anchor' || d.role === 'quality';

const memo = new Map<string, readonly Skeleton[]>();

/** Every layout, best first; ties broken by the layout itself, so the order is deterministic. */
export function skeletons(s: SkeletonInput): readonly Skeleton[] {
  const runFrom = s.runFrom ?? 0;
  const id = `${s.anchor}|${s.anchorKind}|${s.runDays}|${s.quality.join()}|${runFrom}`;
  let all = memo.get(id);
  if (all) return all;
  const others = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== s.anchor && d >= runFrom);
  const restOrder = [0, 1, 2, 3, 4, 5, 6].sort((a, b) => restCost(a, s) - restCost(b, s) || a - b);
  const list: Skeleton[] = [];
  for (const runs of subsets(others, Math.min(s.runDays - 1, others.length))) {
    for (let q = Math.min(s.quality.length, runs.length); q >= 0; q--) {
      for (const qualityDays of arrangements(runs, q)) list.push(layout(s, runs, qualityDays, restOrder));
    }
  }
  all = list.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  memo.set(id, all); // at most 7 × 2 × 6 × 3 × 7 inputs
  return all;
}
