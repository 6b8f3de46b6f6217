// A type that neither the type table nor the runner's Type map knows is a run when the row's own
// data can only be a run's: a running cadence (both feet), or a running pace where the export
// writes a pace rather than a speed. Anything else — a walking cadence, a pace a fast walk or a
// slow ride could have — decides nothing: the type stays the runner's to map.

import { Kind, namesNoKind } from '../sessionTypes';

export type RunEvidence = 'cadence' | 'pace';

/** Steps per minute, both feet: walking stays below ~135, and a ride or a swim has no steps. */
const RUN_CADENCE = { min: 140, max: 210 };
/** Minutes per km: slower than any race record, faster than a walk. */
const RUN_PACE = { min: 2.5, max: 7.5 };

const minSec = (minutes: number) => `${Math.floor(minutes)}:${String(Math.round((minutes % 1) * 60)).padStart(2, '0')}`;

/** Why a row was read as a run, for the preview. */
export const RUN_EVIDENCE: Record<RunEvidence, string> = {
  cadence: `a running cadence (${RUN_CADENCE.min}–${RUN_CADENCE.max} steps a minute)`,
  pace: `a running pace (${minSec(RUN_PACE.min)}–${minSec(RUN_PACE.max)} min/km, written as a pace, not a speed)`,
};

export interface RowData {
  /** Steps a minute, both feet, when the row has a cadence or steps. */
  stepsPerMinute?: number;
  /** Minutes per km, only where the export writes the row's pace as a pace (not a cycling speed). */
  minPerKm?: number;
}

/** What the data of a row whose type is `typeText` (`kind` as the table and map read it) says. */
export function runFromData(typeText: string, kind: Kind | undefined, d: RowData): RunEvidence | undefined {
  if (kind !== undefined || namesNoKind(typeText)) return undefined;
  const within = (v: number, b: { min: number; max: number }) => v >= b.min && v <= b.max;
  if (d.stepsPerMinute !== undefined) return within(d.stepsPerMinute, RUN_CADENCE) ? 'cadence' : undefined;
  return d.minPerKm !== undefined && within(d.minPerKm, RUN_PACE) ? 'pace' : undefined;
}
