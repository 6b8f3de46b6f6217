// Easy-running equivalent of cross-training cardio. training-science.md, "Cross-training equivalence".

import { Kind, categoryOf } from './sessionTypes';
import { DEFAULT_EASY_PACE } from './load/sessionLoad';

export interface Equivalence {
  /** Running minutes per minute of this modality. */
  perMinute: number;
  /** Running distance per unit of this modality's distance, when a session gives distance only. */
  perDistance?: number;
  source: string;
}

export const EQUIVALENCE: Partial<Record<Kind, Equivalence>> = {
  bike: { perMinute: 1 / 1.5, perDistance: 1 / 3, source: 'by time 1.5 bike min = 1 run min (coachsaltmarsh.com); by distance 3:1 (Kevin Mackinnon)' },
  elliptical: { perMinute: 1 / 1.2, source: '1.2 elliptical min = 1 run min (coachsaltmarsh.com)' },
  pool_run: { perMinute: 1, source: '1 pool-running min = 1 run min (coachsaltmarsh.com)' },
  swim: { perMinute: 1, perDistance: 4, source: 'by distance 1:4 (Kevin Mackinnon); at an easy swim pace of 2:30 per 100 m that is about 1 run min per swim min' },
  row: { perMinute: 1 / 1.2, source: 'project choice: counted like the elliptical (non-impact, whole-body machine)' },
  skierg: { perMinute: 1 / 1.2, source: 'project choice: counted like the elliptical (non-impact, whole-body machine)' },
  hike: { perMinute: 1 / 1.5, source: 'project choice: counted like the bike (low-intensity time on feet)' },
};

/**
 * Equivalent easy-running distance of one session, in the runner's unit; 0 for running and
 * non-cardio kinds. Uses minutes when given, else the session's own distance.
 */
export function crossTrainMiles(kind: Kind | null, minutes: number | undefined, easyPace = DEFAULT_EASY_PACE, distance?: number): number {
  if (kind === null || categoryOf(kind) !== 'cardio') return 0;
  const eq = EQUIVALENCE[kind];
  if (!eq) return 0;
  if (minutes !== undefined && minutes > 0) return (minutes * eq.perMinute) / easyPace;
  if (distance !== undefined && distance > 0 && eq.perDistance !== undefined) return distance * eq.perDistance;
  return 0;
}
