// The add-on's charts on a sheet, recognised by the ranges they plot: a missing one is inserted, an
// existing one is left as the runner may have restyled it.

import { Area, a1, openEnded, rangeOf } from './area';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ChartSpec {
  type: 'COLUMN' | 'LINE';
  where: Area[];
  /** Top-left anchor cell, 1-based. */
  at: { row: number; col: number };
  options: Record<string, unknown>;
}

const key = (a1s: string[]) => a1s.map(openEnded).join(',');

/** Inserts the charts that are missing; returns how many. */
export function ensureCharts(sheet: Sheet, specs: readonly ChartSpec[]): number {
  const present = new Set(sheet.getCharts().map((c) => key(c.getRanges().map((r) => r.getA1Notation()))));
  const missing = specs.filter((s) => !present.has(key(s.where.map(a1))));
  for (const spec of missing) {
    const b = sheet.newChart().setChartType(Charts.ChartType[spec.type]).setPosition(spec.at.row, spec.at.col, 0, 0);
    for (const w of spec.where) b.addRange(rangeOf(sheet, w));
    for (const [option, value] of Object.entries(spec.options)) b.setOption(option, value);
    sheet.insertChart(b.build());
  }
  return missing.length;
}
