// Session load by Foster's session-RPE: minutes × RPE (CR-10). training-science.md, "Session load".
// When a session lacks RPE or duration, the load uses the documented defaults below and the
// reader reports the session, so LOG_ISSUES can name it.

import { Kind, categoryOf } from '../sessionTypes';

/** Minutes per distance unit assumed for a run logged without a duration (also CROSS_TRAIN_MILES' default). */
export const DEFAULT_EASY_PACE = 10;
/** RPE assumed for an unknown session type logged without RPE. */
export const DEFAULT_RPE_UNKNOWN = 5;

/** RPE assumed for a session logged without one: a typical effort for its kind. */
export const DEFAULT_RPE: Record<Kind, number> = {
  recovery_run: 3, easy_run: 4, long_run: 5, tempo: 7, hills: 7, intervals: 8, race: 8,
  strength: 6, strength_lower: 6, strength_upper: 5, core: 4,
  mobility: 2, yoga: 2, foam_roll: 1,
  bike: 4, swim: 4, elliptical: 4, pool_run: 4, row: 4, skierg: 4, hike: 3,
  rest: 0,
};

export interface LoadInput {
  kind: Kind | null;
  distance?: number;
  minutes?: number;
  rpe?: number;
}

export interface SessionLoad {
  load: number;
  /** Set when a default stood in for a missing value: what was assumed, in words. */
  assumed?: string;
}

/**
 * The load when nothing need be assumed — 0 for rest, minutes × RPE for a session with both —
 * else undefined. readLog asks it of every row, so it takes no object and makes none.
 */
export function measuredLoad(kind: Kind | null, minutes?: number, rpe?: number): number | undefined {
  if (kind === 'rest') return 0;
  return minutes !== undefined && rpe !== undefined ? minutes * rpe : undefined;
}

export function sessionLoad(s: LoadInput, easyPace = DEFAULT_EASY_PACE): SessionLoad {
  const measured = measuredLoad(s.kind, s.minutes, s.rpe);
  if (measured !== undefined) return { load: measured };
  const notes: string[] = [];
  let minutes = s.minutes;
  if (minutes === undefined) {
    const distanceKnown = s.distance !== undefined && s.distance > 0;
    if (distanceKnown && (s.kind === null || categoryOf(s.kind) === 'run' || s.kind === 'hike')) {
      minutes = s.distance! * easyPace;
      notes.push(`no duration: assumed ${easyPace} min per distance unit (${round(minutes)} min)`);
    } else {
      return { load: 0, assumed: 'no duration: load counted as 0' };
    }
  }
  let rpe = s.rpe;
  if (rpe === undefined) {
    rpe = s.kind === null ? DEFAULT_RPE_UNKNOWN : DEFAULT_RPE[s.kind];
    notes.push(`no RPE: assumed ${rpe}`);
  }
  const load = minutes * rpe;
  return notes.length ? { load, assumed: `${notes.join('; ')} → load ${round(load)}` } : { load };
}

const round = (n: number) => Math.round(n * 10) / 10;
