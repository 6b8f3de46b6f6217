// The colour zones of the Dashboard: when each colour shows, and the legend text that explains it.
// Thresholds are the alerts' own (ALERT_THRESHOLDS, the recovery bands, the Form zones) so a colour
// and an alert never disagree; the other edges come from training-science.md. The conditional-format
// rules and the legend are both written from this table.

import { ALERT_THRESHOLDS as T } from '../../core/alerts/thresholds';
import { GREEN_MIN, RED_MAX } from '../../core/recovery/method';
import { FORM_ZONES, FormZone } from '../../core/load/formZones';
import { RAMP_WATCH } from '../../core/trend/fitness';
import { AMBER, BLUE, GREEN, GREY, RED, SCALE, Swatch } from './palette';

export type Condition =
  | { criteria: 'TEXT_EQUAL_TO' | 'CUSTOM_FORMULA'; values: [string] }
  | { criteria: 'NUMBER_GREATER_THAN' | 'NUMBER_LESS_THAN'; values: [number] }
  | { criteria: 'NUMBER_BETWEEN'; values: [number, number] };

export interface Zone {
  condition: Condition;
  swatch: Swatch;
  legend: string;
}

/** Gabbett's "sweet spot" starts here; below it the recent load is low for the runner's fitness. */
export const ACWR_SWEET_SPOT_MIN = 0.8;

const text = (t: string): Condition => ({ criteria: 'TEXT_EQUAL_TO', values: [t] });
const above = (n: number): Condition => ({ criteria: 'NUMBER_GREATER_THAN', values: [n] });
const below = (n: number): Condition => ({ criteria: 'NUMBER_LESS_THAN', values: [n] });
const between = (a: number, b: number): Condition => ({ criteria: 'NUMBER_BETWEEN', values: [a, b] });
const zone = (condition: Condition, swatch: Swatch, legend: string): Zone => ({ condition, swatch, legend });
const pct = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x)}%`;

const FORM_SWATCHES: Record<FormZone, Swatch> = { 'high risk': RED, optimal: GREEN, 'grey zone': GREY, fresh: BLUE, transition: AMBER };

function formLegend(i: number): string {
  const { name, below: edge } = FORM_ZONES[i];
  if (i === 0) return `Form ${name}: below ${pct(edge)} of Fitness`;
  const from = FORM_ZONES[i - 1].below;
  return `Form ${name}: ${pct(from)} ${edge === Infinity ? 'and above' : `to ${pct(edge)}`}`;
}

export type Measure = 'level' | 'status' | 'acwr' | 'form' | 'monotony' | 'ramp';

/** Zones in precedence order: the first that holds colours the cell. */
export const ZONES: Record<Measure, Zone[]> = {
  level: [
    zone(text('ALERT'), RED, 'ALERT: back off and recover'),
    zone(text('WATCH'), AMBER, 'WATCH: a warning sign, keep an eye on it'),
    zone(text('OK'), GREEN, 'OK: no rule fired'),
  ],
  status: [
    zone(text('Red'), RED, `Recovery Red (≤ ${RED_MAX})`),
    zone(text('Amber'), AMBER, `Recovery Amber (${RED_MAX + 1}–${GREEN_MIN - 1})`),
    zone(text('Green'), GREEN, `Recovery Green (≥ ${GREEN_MIN})`),
  ],
  acwr: [
    zone(above(T.acwrAlert), RED, `ACWR above ${T.acwrAlert}: danger`),
    zone(between(T.acwrWatch, T.acwrAlert), AMBER, `ACWR ${T.acwrWatch}–${T.acwrAlert}: caution`),
    zone(between(ACWR_SWEET_SPOT_MIN, T.acwrWatch), GREEN, `ACWR ${ACWR_SWEET_SPOT_MIN}–${T.acwrWatch}: sweet spot`),
    zone(below(ACWR_SWEET_SPOT_MIN), BLUE, `ACWR below ${ACWR_SWEET_SPOT_MIN}: low load`),
  ],
  /** By the zone FORM_ZONE names (Form as a percentage of Fitness, as the alert reads it). */
  form: FORM_ZONES.map((z, i) => zone(text(z.name), FORM_SWATCHES[z.name], formLegend(i))),
  monotony: [zone(above(T.monotonyWatch), AMBER, `Monotony above ${T.monotonyWatch}: too little variation`)],
  /** Fitness ramp (WEEKLY_TREND): a fast rise in Fitness is a warning sign (the project's choice, docs/dashboard.md). */
  ramp: [zone(above(RAMP_WATCH), AMBER, `Fitness ramp above ${pct(Math.round(RAMP_WATCH * 100))} a week`)],
};

/** Recovery 0–100 as a colour scale, red at 0, amber at 50, green at 100. */
export const RECOVERY_SCALE = [
  { at: 0, color: SCALE.low, legend: 'Recovery 0: red' },
  { at: 50, color: SCALE.mid, legend: 'Recovery 50: amber' },
  { at: 100, color: SCALE.high, legend: 'Recovery 100: green' },
] as const;
