// intervals.icu's wellness CSV (Wellness → Download CSV): one row per day, newest first; `sleepSecs`
// in seconds, `hrv` rMSSD in ms, `restingHR` in bpm, and self-rated `mood` and `soreness` on
// intervals.icu's four steps, 1 = best … 4 = worst. The Log rates Mood 1–5 with 5 best and
// Soreness 1–5 with 5 worst. A four-step scale has no middle, so its steps land on both ends and
// on the steps beside the middle: mood 1, 2, 3, 4 → 5, 4, 2, 1; soreness 1, 2, 3, 4 → 1, 2, 4, 5.

import { CsvTable } from '../csv';
import { parseDateTime } from '../dates';
import { findColumn } from '../headers';
import { Column, ReadContext, SourceFormat, WellnessDay, columnOf, rowValues } from '../source';

export const MOOD_FROM_INTERVALS: Record<number, number> = { 1: 5, 2: 4, 3: 2, 4: 1 };
export const SORENESS_FROM_INTERVALS: Record<number, number> = { 1: 1, 2: 2, 3: 4, 4: 5 };

export const intervalsWellness: SourceFormat = {
  id: 'intervals-wellness',
  name: 'intervals.icu wellness',
  detect: (h) => h[0] === 'date' && ['sleepsecs', 'restinghr', 'hrv'].some((c) => h.includes(c)),

  read(table: CsvTable, h: readonly string[], ctx: ReadContext): WellnessDay[] {
    const col = (name: string, what: string) => columnOf(table, findColumn(h, [name]), what, ctx, '.');
    const date = col('date', 'date')!;
    const sleep = col('sleepsecs', 'sleepSecs');
    const hrv = col('hrv', 'hrv');
    const rhr = col('restinghr', 'restingHR');
    const mood = col('mood', 'mood');
    const soreness = col('soreness', 'soreness');
    const scaled = (column: Column | undefined, v: number | undefined, scale: Record<number, number>, r: number) => {
      if (v === undefined) return undefined;
      if (scale[v] === undefined) ctx.warnings.add(`${column!.what} outside intervals.icu's 1–4 — left blank`, table.lines[r], column!.text(r));
      return scale[v];
    };

    const out: WellnessDay[] = [];
    table.rows.forEach((_, r) => {
      const line = table.lines[r];
      const when = parseDateTime(date.text(r));
      if (!when) return ctx.skip(line, 'date is not a date this importer reads', date.text(r));
      const v = rowValues(r);
      const secs = v.number(sleep, 'sleep');
      const w: WellnessDay = {
        kind: 'wellness',
        line,
        day: when.day,
        sleepHours: secs === undefined ? undefined : secs / 3600,
        hrv: v.number(hrv, 'hrv'),
        rhr: v.number(rhr, 'rhr'),
        mood: scaled(mood, v.number(mood, 'mood'), MOOD_FROM_INTERVALS, r),
        soreness: scaled(soreness, v.number(soreness, 'soreness'), SORENESS_FROM_INTERVALS, r),
        written: v.written,
      };
      if ([w.sleepHours, w.hrv, w.rhr, w.mood, w.soreness].every((v) => v === undefined)) {
        return ctx.skip(line, 'no sleep, HRV, resting HR, mood or soreness on this day');
      }
      out.push(w);
    });
    return out;
  },
};
