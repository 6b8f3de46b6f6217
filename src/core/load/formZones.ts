// Form read as a percentage of Fitness (formPercent) in the five zones of the reference
// (intervals.icu, Friel). The zones were set for TSS points; as a percentage they fit session-RPE
// loads too. The high-risk edge is the burnout alert's own threshold, so zone and alert agree.

import { ALERT_THRESHOLDS } from '../alerts/thresholds';

/** Each zone holds the Form percentages below its edge and at or above the previous zone's. */
export const FORM_ZONES = [
  { name: 'high risk', below: ALERT_THRESHOLDS.formWatch },
  { name: 'optimal', below: -10 },
  { name: 'grey zone', below: 5 },
  { name: 'fresh', below: 25 },
  { name: 'transition', below: Infinity },
] as const;

export type FormZone = (typeof FORM_ZONES)[number]['name'];

export const formZone = (percent: number): FormZone => FORM_ZONES.find((z) => percent < z.below)!.name;
