// The Dashboard's figures — weekly miles and daily load, ATL, CTL, form, ACWR, monotony and
// strain — built two ways as HyperFormula workbooks over the same Log sheet:
//   plain:  what a runner can build today with ordinary formulas: helper columns on the Log
//           (session load, run distance, cross-training equivalent, via a lookup table of types),
//           weekly SUMIFS, one row per day with SUMIFS and EWMA recurrences, rolling STDEVP;
//   custom: =WEEKLY_MILES(Log!A1:K…) and =TRAINING_LOAD(Log!A1:K…), one cell each.
// A spreadsheet stores dates as serial numbers and durations as minutes, so the Log sheet does.

import { Sheets } from 'hyperformula';
import { Entry } from '../tests/support/logs';
import { SERIAL_EPOCH_DAY, TimeZone, weekStartOf } from '../src/core/days';
import { LOG_HEADER } from '../src/core/log/columns';
import { BOUNDS } from '../src/core/log/readLog';
import { Problem, dayFromIsoText, readDuration } from '../src/core/log/cells';
import { DEFAULT_EASY_PACE, DEFAULT_RPE, DEFAULT_RPE_UNKNOWN } from '../src/core/load/sessionLoad';
import { categoryOf, kindFromText } from '../src/core/sessionTypes';
import { EQUIVALENCE } from '../src/core/crossTraining';
import { ACWR_ACUTE_DAYS, ACWR_CHRONIC_DAYS, ATL_DAYS, CTL_DAYS, MONOTONY_DAYS } from '../src/core/load/trainingLoad';

type Cell = string | number | null;

/** Spreadsheet column letter of a 0-based index (A…Z, AA…). */
export const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

const serialOf = (iso: string): number => {
  const day = dayFromIsoText(iso);
  if (day === undefined) throw new Error(`not an ISO date: ${iso}`);
  return day - SERIAL_EPOCH_DAY;
};

/** The Log sheet's rows: header, then one row per entry in LOG_HEADER's column order. */
export function logSheet(entries: readonly Entry[], tz: TimeZone): Cell[][] {
  const minutes = (v: Entry['duration']): Cell => {
    const m = readDuration(v, tz, BOUNDS.duration);
    if (m instanceof Problem) throw new Error(`generated duration ${v}: ${m.message}`);
    return m ?? null;
  };
  const rows = entries.map((e): Cell[] => [
    serialOf(e.date), e.type ?? null, e.distance ?? null, minutes(e.duration), e.rpe ?? null,
    e.sleep ?? null, e.hrv ?? null, e.rhr ?? null, e.mood ?? null, e.soreness ?? null, e.notes ?? null,
  ]);
  return [[...LOG_HEADER], ...rows];
}

export interface Span {
  firstDay: number;
  days: number;
  firstWeek: number;
  weeks: number;
}

/** Days and Monday-weeks covered by a Log sheet (serial dates in column A). */
export function spanOf(log: Cell[][]): Span {
  const serials = log.slice(1).map((r) => r[0] as number);
  const firstDay = Math.min(...serials) + SERIAL_EPOCH_DAY;
  const lastDay = Math.max(...serials) + SERIAL_EPOCH_DAY;
  const firstWeek = weekStartOf(firstDay, 0);
  return { firstDay, days: lastDay - firstDay + 1, firstWeek, weeks: (weekStartOf(lastDay, 0) - firstWeek) / 7 + 1 };
}

/** One row per type text in the log: default RPE, category, running minutes per minute. */
function typesSheet(log: Cell[][]): Cell[][] {
  const texts = [...new Set(log.slice(1).map((r) => r[1]).filter((t): t is string => typeof t === 'string'))];
  return texts.map((text) => {
    const kind = kindFromText(text) ?? null;
    return [text, kind ? DEFAULT_RPE[kind] : DEFAULT_RPE_UNKNOWN, kind ? categoryOf(kind) : '', kind ? EQUIVALENCE[kind]?.perMinute ?? 0 : 0];
  });
}

const COL = Object.fromEntries(LOG_HEADER.map((h, i) => [h, columnLetter(i)]));
const HELPER = { load: LOG_HEADER.length, run: LOG_HEADER.length + 1, cross: LOG_HEADER.length + 2 };

/** The plain-formula workbook: Log with helper columns, Types, Weekly, Daily. */
export function plainDashboard(log: Cell[][]): Sheets {
  const n = log.length; // last sheet row
  const types = typesSheet(log);
  const lookup = (col: number) => `VLOOKUP(${COL.Type}{r},Types!$A$1:$D$${types.length},${col},FALSE())`;
  const helpers = [
    `=${COL.Duration}{r}*IF(${COL.RPE}{r}="",${lookup(2)},${COL.RPE}{r})`,
    `=IF(${lookup(3)}="run",${COL.Distance}{r},0)`,
    `=${lookup(4)}*${COL.Duration}{r}/${DEFAULT_EASY_PACE}`,
  ];
  const logRows = log.map((row, i) =>
    i === 0 ? [...row, 'Load', 'Run distance', 'Cross-training'] : [...row, ...helpers.map((f) => f.replace(/\{r\}/g, String(i + 1)))]);

  const range = (col: number) => `Log!$${columnLetter(col)}$2:$${columnLetter(col)}$${n}`;
  const dates = `Log!$${COL.Date}$2:$${COL.Date}$${n}`;
  const span = spanOf(log);

  const weekly: Cell[][] = [['Week of', 'Run', 'Cross-training', 'Total', 'Change']];
  for (let w = 0; w < span.weeks; w++) {
    const r = w + 2;
    const sum = (col: number) => `=SUMIFS(${range(col)},${dates},">="&A${r},${dates},"<"&A${r}+7)`;
    weekly.push([
      w === 0 ? span.firstWeek - SERIAL_EPOCH_DAY : `=A${r - 1}+7`,
      sum(HELPER.run), sum(HELPER.cross), `=B${r}+C${r}`,
      w === 0 ? null : `=IF(B${r - 1}>0,B${r}/B${r - 1}-1,"")`,
    ]);
  }

  const daily: Cell[][] = [['Date', 'Load', 'Fatigue (ATL)', 'Fitness (CTL)', 'Form (TSB)', 'Acute EWMA', 'Chronic EWMA', 'ACWR', 'Monotony', 'Strain']];
  const ewma = (col: string, r: number, k: string) => (r === 2 ? `=B2*${k}` : `=${col}${r - 1}+(B${r}-${col}${r - 1})*${k}`);
  for (let i = 0; i < span.days; i++) {
    const r = i + 2;
    const week = `B${r - MONOTONY_DAYS + 1}:B${r}`;
    daily.push([
      i === 0 ? span.firstDay - SERIAL_EPOCH_DAY : `=A${r - 1}+1`,
      `=SUMIFS(${range(HELPER.load)},${dates},A${r})`,
      ewma('C', r, `1/${ATL_DAYS}`),
      ewma('D', r, `1/${CTL_DAYS}`),
      i === 0 ? 0 : `=D${r - 1}-C${r - 1}`,
      ewma('F', r, `2/${ACWR_ACUTE_DAYS + 1}`),
      ewma('G', r, `2/${ACWR_CHRONIC_DAYS + 1}`),
      i >= ACWR_CHRONIC_DAYS - 1 ? `=IF(G${r}>0,F${r}/G${r},"")` : null,
      i >= MONOTONY_DAYS - 1 ? `=IF(STDEVP(${week})>0,AVERAGE(${week})/STDEVP(${week}),"")` : null,
      i >= MONOTONY_DAYS - 1 ? `=IF(I${r}="","",SUM(${week})*I${r})` : null,
    ]);
  }
  return { Log: logRows, Types: types, Weekly: weekly, Daily: daily };
}

/** Where the custom Dashboard puts each formula (row 0), and its output columns. */
export const CUSTOM_LAYOUT = { WEEKLY_MILES: { col: 0, width: 5 }, TRAINING_LOAD: { col: 6, width: 8 } } as const;

/** The custom-formula workbook: the bare Log and one Dashboard cell per formula. */
export function customDashboard(log: Cell[][]): Sheets {
  const logRange = `Log!A1:${columnLetter(LOG_HEADER.length - 1)}${log.length}`;
  const dashboard: Cell[] = [];
  for (const [name, { col }] of Object.entries(CUSTOM_LAYOUT)) dashboard[col] = `=${name}(${logRange})`;
  return { Log: log, Dashboard: [Array.from(dashboard, (c) => c ?? null)] };
}
