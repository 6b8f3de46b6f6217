// The sheet's embedded charts drawn with uPlot: columns (stacked when the chart says so) or lines,
// one series per data column, the first column's display values along the x axis.

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

export function drawChart(box: HTMLElement, chart: ChartView): void {
  const n = chart.labels.length;
  const columns = chart.type === 'COLUMN';
  const stacked = columns && chart.stacked;
  const data = stacked ? stackedValues(chart.series) : chart.series.map((s) => s.values);
  const color = (i: number) => chart.colors[i] ?? PALETTE[i % PALETTE.length];
  const bars = uPlot.paths.bars!({ size: [0.6, 60] });
  new uPlot(
    {
      title: chart.title,
      width: chart.width,
      height: Math.max(120, chart.height - CHROME_HEIGHT),
      scales: { x: { time: false, range: columns ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] } },
      axes: [
        { values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? chart.labels[i] ?? '' : '')), incrs: [1, 2, 5, 7, 14, 30] },
        { size: 48 },
      ],
      series: [
        { label: 'Date', value: (_u, i) => (i === null ? '' : chart.labels[i] ?? '') },
        ...chart.series.map((s, k) => ({
          label: s.name,
          stroke: color(k),
          fill: columns ? color(k) : undefined,
          width: columns ? 0 : 2,
          paths: columns ? bars : undefined,
          points: { show: !columns && n < 3 },
          // The legend shows the series' own value, not a stacked total.
          value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => (i === null || s.values[i] === null ? '–' : String(s.values[i])),
        })),
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
