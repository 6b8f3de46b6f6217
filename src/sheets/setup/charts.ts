// The add-on's charts on a sheet, recognised by the ranges they plot: a missing one is inserted, an
// existing one is left as the runner may have restyled it.

import { Area, RangeMap, a1, openEnded, rangesOf } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ChartSpec {
  type: 'COLUMN' | 'LINE' | 'COMBO';
  where: Area[];
  /** Top-left anchor cell, 1-based. */
  at: { row: number; col: number };
  options: Record<string, unknown>;
}

const key = (a1s: string[]) => a1s.map(openEnded).join(',');

/**
 * Inserts the charts that are missing (all of them on a sheet setup has just inserted); returns how
 * many. `fetched`: ranges the caller already has (one getRangeList for rules and charts).
 */
export function ensureCharts(sheet: Sheet, specs: readonly ChartSpec[], created: boolean, fetched?: RangeMap): number {
  const present = new Set(created ? [] : sheet.getCharts().map((c) => key(c.getRanges().map((r) => r.getA1Notation()))));
  const missing = specs.filter((s) => !present.has(key(s.where.map(a1))));
  if (missing.length === 0) return 0;
  const areas = missing.flatMap((s) => s.where);
  const ranges = fetched && areas.every((a) => fetched.has(a1(a))) ? fetched : rangesOf(sheet, areas);
  for (const spec of missing) {
    const b = sheet.newChart().setChartType(Charts.ChartType[spec.type]).setPosition(spec.at.row, spec.at.col, 0, 0);
    for (const w of spec.where) b.addRange(ranges.get(a1(w))!);
    for (const [option, value] of Object.entries(spec.options)) b.setOption(option, value);
    sheet.insertChart(b.build());
  }
  return missing.length;
}
