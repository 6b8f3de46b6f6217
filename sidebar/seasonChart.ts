// The season at a glance, drawn as inline SVG (the sidebar is one self-contained file: no chart
// library, no CDN): planned running per week as bars, projected Form % as a line on its own axis,
// the fresh zone shaded and race day marked. The <title>, <desc> and the table beside it say the
// same in words.

import { el, svg } from './dom';
import { shortDate, signedPercent } from './fields';

export interface ChartWeek {
  /** ISO date of the week's first day. */
  weekOf: string;
  phase: string;
  run: number;
  /** Projected Form % (percent); null while Fitness is 0. */
  formPct: number | null;
}

export interface ChartInput {
  weeks: ChartWeek[];
  /** ISO date of race day. */
  raceDate: string;
  unit: string;
  /** Form % of the fresh zone. */
  fresh: { min: number; max: number };
}

const W = 276;
const H = 180;
const M = { left: 30, right: 34, top: 16, bottom: 20 };
const PLOT = { w: W - M.left - M.right, h: H - M.top - M.bottom };
/** Weeks that rest rather than build are drawn lighter. */
const LIGHT_PHASES = new Set(['Cutback', 'Taper', 'Race', 'Recovery']);
const DAY_MS = 86_400_000;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** A round step for about `count` ticks over `span`. */
function step(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
}

/** Where race day falls: the race week's index and the day within it. */
function raceAt(weeks: ChartWeek[], raceDate: string): number | undefined {
  const i = weeks.findIndex((w) => { const d = daysBetween(w.weekOf, raceDate); return d >= 0 && d < 7; });
  return i < 0 ? undefined : i + (daysBetween(weeks[i].weekOf, raceDate) + 0.5) / 7;
}

/** The chart's words: what the bars and the line show, and where race day lands. */
export function describeSeason({ weeks, raceDate, unit, fresh }: ChartInput): string {
  const peak = weeks.reduce((a, b) => (b.run > a.run ? b : a), weeks[0]);
  const race = weeks.find((w) => { const d = daysBetween(w.weekOf, raceDate); return d >= 0 && d < 7; });
  const form = race?.formPct;
  const zone = form === null || form === undefined ? 'not projected (no Fitness yet)'
    : form < fresh.min ? `${signedPercent(form)}, below the fresh zone (${signedPercent(fresh.min)} to ${signedPercent(fresh.max)})`
    : form > fresh.max ? `${signedPercent(form)}, above the fresh zone (${signedPercent(fresh.min)} to ${signedPercent(fresh.max)})`
    : `${signedPercent(form)}, in the fresh zone (${signedPercent(fresh.min)} to ${signedPercent(fresh.max)})`;
  return `${weeks.length} weeks from ${shortDate(weeks[0].weekOf)}: planned running from ${weeks[0].run} ${unit} to a peak of ${peak.run} ${unit} `
    + `in the week of ${shortDate(peak.weekOf)}, then the taper. Projected Form on race day (${shortDate(raceDate)}): ${zone}.`;
}

export function seasonChart(input: ChartInput): HTMLElement {
  const { weeks, raceDate, unit, fresh } = input;
  const n = weeks.length;
  const band = PLOT.w / n;
  const x = (i: number) => M.left + i * band;

  const runStep = step(Math.max(1, ...weeks.map((w) => w.run)), 4);
  const runMax = runStep * Math.ceil(Math.max(1, ...weeks.map((w) => w.run)) / runStep);
  const yRun = (v: number) => M.top + PLOT.h * (1 - v / runMax);

  const forms = weeks.flatMap((w) => (w.formPct === null ? [] : [w.formPct]));
  const formStep = step(Math.max(fresh.max, ...forms) - Math.min(-fresh.max, ...forms), 4);
  const formLow = formStep * Math.floor(Math.min(-fresh.max, ...forms) / formStep);
  const formHigh = formStep * Math.ceil(Math.max(fresh.max, ...forms) / formStep);
  const yForm = (v: number) => M.top + PLOT.h * (1 - (v - formLow) / (formHigh - formLow));

  const ticks = (from: number, to: number, by: number) => Array.from({ length: Math.round((to - from) / by) + 1 }, (_, k) => from + k * by);
  const race = raceAt(weeks, raceDate);
  const line = weeks
    .map((w, i) => (w.formPct === null ? null : `${x(i + 0.5).toFixed(1)},${yForm(w.formPct).toFixed(1)}`))
    .reduce<string>((d, p, i, all) => (p === null ? d : `${d}${i === 0 || all[i - 1] === null ? 'M' : 'L'}${p}`), '');

  const description = describeSeason(input);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-labelledby': 'season-chart-title season-chart-desc', class: 'season-chart' },
    svg('title', { id: 'season-chart-title' }, `Planned weekly running (${unit}) and projected Form %`),
    svg('desc', { id: 'season-chart-desc' }, description),
    // The fresh zone on the Form axis, under everything else.
    svg('rect', { class: 'fresh', x: M.left, y: yForm(fresh.max), width: PLOT.w, height: yForm(fresh.min) - yForm(fresh.max) }),
    svg('text', { class: 'fresh-label', x: M.left + 3, y: yForm(fresh.max) + 9 }, 'fresh'),
    ...ticks(0, runMax, runStep).map((v) => svg('g', {},
      svg('line', { class: 'grid', x1: M.left, x2: M.left + PLOT.w, y1: yRun(v), y2: yRun(v) }),
      svg('text', { class: 'axis', x: M.left - 3, y: yRun(v) + 3, 'text-anchor': 'end' }, String(v)))),
    ...ticks(formLow, formHigh, formStep).map((v) =>
      svg('text', { class: 'axis form-axis', x: M.left + PLOT.w + 3, y: yForm(v) + 3 }, signedPercent(v))),
    svg('line', { class: 'zero', x1: M.left, x2: M.left + PLOT.w, y1: yForm(0), y2: yForm(0) }),
    ...weeks.map((w, i) => svg('rect', {
      class: LIGHT_PHASES.has(w.phase) ? 'bar bar-light' : 'bar', x: x(i) + band * 0.15, width: band * 0.7, y: yRun(w.run), height: Math.max(0, yRun(0) - yRun(w.run)),
    }, svg('title', {}, `Week of ${shortDate(w.weekOf)}: ${w.phase}, ${w.run} ${unit}${w.formPct === null ? '' : `, Form ${signedPercent(w.formPct)}`}`))),
    svg('path', { class: 'form', d: line }),
    ...weeks.flatMap((w, i) => (w.formPct === null ? [] : [svg('circle', { class: 'form-dot', cx: x(i + 0.5), cy: yForm(w.formPct), r: 2 })])),
    race === undefined ? null : svg('g', { class: 'race' },
      svg('line', { x1: x(race), x2: x(race), y1: M.top - 4, y2: M.top + PLOT.h }),
      svg('text', { x: x(race), y: M.top - 6, 'text-anchor': 'middle' }, 'Race')),
    svg('text', { class: 'axis', x: M.left, y: H - 6 }, shortDate(weeks[0].weekOf)),
    svg('text', { class: 'axis', x: M.left + PLOT.w, y: H - 6, 'text-anchor': 'end' }, shortDate(weeks[n - 1].weekOf)),
    svg('text', { class: 'axis', x: 2, y: 10 }, unit),
    svg('text', { class: 'axis', x: W - 2, y: 10, 'text-anchor': 'end' }, 'Form'),
  );
  return el('figure', { class: 'chart' }, chart,
    el('figcaption', {},
      el('span', { class: 'key key-bar' }), ' planned running  ',
      el('span', { class: 'key key-light' }), ' cutback, taper, race, recovery  ',
      el('span', { class: 'key key-form' }), ' projected Form %  ',
      el('span', { class: 'key key-fresh' }), ' fresh zone'));
}
