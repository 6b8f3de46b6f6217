// The sheet's embedded charts drawn with uPlot: columns (stacked when the chart says so, else each
// later one narrower, drawn over the one before), lines, or both (a combo chart), one series per
// data column, the first column's display values along the x axis; a series the chart puts on the
// right-hand axis gets its own scale there. The legend shows each series' value under the cursor.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartView } from '../contract';

/** Sheets' default series colours, after the chart's own. */
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
/** Room for the title and the legend below the plot. */
const CHROME_HEIGHT = 64;

/** Running totals, so each stacked column starts where the one below it ends. */
function stackedValues(series: ChartView['series']): (number | null)[][] {
  const totals = series[0]?.values.map(() => 0) ?? [];
  return series.map((s) => s.values.map((v, i) => (totals[i] += v ?? 0)));
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** A value axis' range: from its fixed minimum (0 for distances) when the chart sets one. */
const rangeFrom = (min: number | null) => (_u: uPlot, lo: number, hi: number): [number, number] => {
  const low = min ?? lo;
  return [low, hi > low ? hi : low + 1];
};

export function drawChart(box: HTMLElement, chart: ChartView): void {
  const n = chart.labels.length;
  const bars = chart.type !== 'LINE';
  const stacked = chart.type === 'COLUMN' && chart.stacked;
  const data = stacked ? stackedValues(chart.series) : chart.series.map((s) => s.values);
  const color = (i: number) => chart.colors[i] ?? PALETTE[i % PALETTE.length];
  const right = chart.series.some((s) => s.axis === 1);
  const shown = (k: number, v: number | null) => (v === null ? '–' : chart.rightPercent && chart.series[k].axis === 1 ? percent(v) : String(Math.round(v * 10) / 10));
  let column = 0;
  new uPlot(
    {
      title: chart.title,
      width: chart.width,
      height: Math.max(120, chart.height - CHROME_HEIGHT),
      scales: {
        x: { time: false, range: bars ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] },
        y: { range: rangeFrom(chart.axisMin[0]) },
        ...(right ? { y2: { range: rangeFrom(chart.axisMin[1]) } } : {}),
      },
      axes: [
        { values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? chart.labels[i] ?? '' : '')), incrs: [1, 2, 5, 7, 14, 30] },
        { size: 48 },
        ...(right ? [{ scale: 'y2', side: 1, size: 48, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((v) => (chart.rightPercent ? percent(v) : String(v))) }] : []),
      ],
      series: [
        { label: 'Date', value: (_u, i) => (i === null ? '' : chart.labels[i] ?? '') },
        ...chart.series.map((s, k) => {
          // Unstacked columns overlap, each later one narrower (a week's long run inside its total).
          const slot = s.line ? 0 : column++;
          return {
            label: s.name,
            scale: s.axis === 1 ? 'y2' : 'y',
            stroke: color(k),
            fill: s.line ? undefined : color(k),
            width: s.line ? 2 : 0,
            paths: s.line ? undefined : uPlot.paths.bars!({ size: [stacked ? 0.6 : 0.7 - 0.3 * slot, 60] }),
            points: { show: s.line && n < 3 },
            // The legend shows the series' own value under the cursor, not a stacked total.
            value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => (i === null ? '–' : shown(k, s.values[i])),
          };
        }),
      ],
      // Each stacked series fills down to the one below it.
      bands: stacked ? chart.series.slice(1).map((_, k) => ({ series: [k + 2, k + 1] as [number, number] })) : [],
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
    },
    [chart.labels.map((_, i) => i), ...data],
    box,
  );
}
