// The Dashboard: today first, then the trend, then the month in detail. At the top left, the
// Today block (TODAY_STATUS: the latest day's alert, recovery, Form %, Fitness ramp, this week
// against its target, the next session); below it two 12-week charts (fitness, fatigue and Form %;
// weekly run distance, long run and elevation gain) with their data (WEEKLY_TREND to the right,
// FITNESS_TREND at the bottom); then a month selector and the month's tables. Block and charts fit columns A–L
// (1,200 px: readable at 1280 px without scrolling sideways); tables may run further right, their
// long text running on into the empty columns beside them.
// Colour zones are conditional-format rules with a legend. Docs: docs/dashboard.md.

import { settingName } from '../settings';
import { TODAY_ROWS } from '../formulas/todayStatus';
import { Area, area, letters, rangesOf } from './area';
import { Block, ensureContent } from './blocks';
import { ChartSpec, ensureCharts } from './charts';
import { RuleSpec, ensureRules } from './conditionalRules';
import { LogLayout, ORDER_LEGEND, logDates, logRange } from './logSheet';
import { Measure, RECOVERY_SCALE, ZONES } from './zones';
import { FORM_ZONES } from '../../core/load/formZones';
import { ORANGE } from './palette';
import { SheetOutcome } from './outcome';
import { TrackerSheet, sheetRef } from './ownership';
import { isOlderForm, withTypeMap } from './typeMapArg';

/** A month touches at most 6 weeks (Mon or Sun start) and has at most 31 days; each table adds its header row. */
const WEEKS = 6;
const DAYS = 31;
/** The trend: 12 weeks, by week and by day. */
const TREND_WEEKS = 12;

/** The legend: what each colour means, as [text, background]. */
export const LEGEND: [string, string][] = [
  ...(['level', 'status'] as Measure[]).flatMap((m) => ZONES[m].map((z) => [z.legend, z.swatch.background] as [string, string])),
  ...RECOVERY_SCALE.map((p) => [p.legend, p.color] as [string, string]),
  ...(['acwr', 'form', 'monotony', 'ramp'] as Measure[]).flatMap((m) => ZONES[m].map((z) => [z.legend, z.swatch.background] as [string, string])),
  [ORDER_LEGEND, ORANGE.background],
];

/** Where everything is (1-based); each table's area includes its header row. */
export const DASHBOARD = {
  today: area(1, 1, 1 + TODAY_ROWS.length, 4),
  month: area(26, 2),
  weekly: area(29, 1, 1 + WEEKS, 5),
  daily: area(38, 1, 1 + DAYS, 8),
  recovery: area(38, 10, 1 + DAYS, 4),
  alerts: area(38, 15, 1 + DAYS, 3),
  legend: area(38, 19, LEGEND.length, 1),
  /** The charts' data: the weeks right of the block and charts (the empty cells beside the block let its Why text run on), the days below the month. */
  trendWeeks: area(1, 14, 1 + TREND_WEEKS, 5),
  trendDays: area(72, 1, 1 + 7 * TREND_WEEKS, 8),
};

/** The block and the charts stay within columns A…L, left at Sheets' 100 px: 1,200 px in all. */
export const FIT_COLUMNS = 12;
/** The charts' top row and size: they fill rows 10–24 (Sheets' rows are 21 px), above the month. */
const CHART_ROW = 10;
const CHART_SIZE = { width: 600, height: 300 };

/** The data cells (header excluded) of column `offset` (0-based) of a table. */
export const column = (table: Area, offset: number): Area => area(table.row + 1, table.col + offset, table.rows - 1, 1);
/** Row `i` (0-based, header excluded) of column `offset` of a table. */
const cellOf = (table: Area, offset: number, i: number): Area => area(table.row + 1 + i, table.col + offset);
const todayRow = (label: (typeof TODAY_ROWS)[number]) => TODAY_ROWS.indexOf(label);

const MONTH = `$${letters(DASHBOARD.month.col)}$${DASHBOARD.month.row}`;
const DATES = 'ddd d mmm';
/** Whole percent with its sign; the formulas never return −0, so no "−0 %". */
const SIGNED_PERCENT = '+0%;-0%;0%';

function blocks(log: LogLayout, plan: string): Block[] {
  const range = logRange(log);
  const dates = logDates(log);
  const { today, weekly, daily, recovery, alerts, legend, trendWeeks, trendDays, month } = DASHBOARD;
  // Each table's formula reads the Log, so it takes the Type map last. An older tracker's is upgraded:
  // the same formula without the map, or an `older` form, each also over the Log's own columns alone
  // (before the range reached the columns an import adds beside the order check).
  const narrow = logRange(log, log.width);
  const anchor = (table: Area, formula: string, formats: [Area, string][], older: string[] = []): Block => {
    const forms = [formula, ...older];
    const narrowed = forms.map((f) => f.split(range).join(narrow));
    const written = withTypeMap(formula);
    const olderForms = [...forms, ...narrowed, withTypeMap(narrowed[0])].filter((f) => f !== written);
    return {
      row: table.row, col: table.col, cells: [[written]], bold: true, formats,
      upgrades: (current) => isOlderForm(current, olderForms),
    };
  };
  const title = (table: Area, text: string): Block => ({ row: table.row - 1, col: table.col, cells: [[text]], bold: true });
  const s = settingName;
  const todayArgs = `${range}, ${sheetRef(plan)}!A1:H, ${s('weekStart')}, ${s('longRunDay')}, ${s('raceDate')}, ${s('easyPace')}`;
  return [
    anchor(today, `=TODAY_STATUS(${todayArgs}, ${s('raceDistance')}, ${s('cutbackCycle')})`, [
      [cellOf(today, 1, todayRow('Latest day')), DATES],
      [cellOf(today, 1, todayRow('Recovery')), '0'],
      [area(today.row + 1 + todayRow('Form'), 2, 2, 1), SIGNED_PERCENT],
      [cellOf(today, 1, todayRow('This week')), '0.0'],
      [cellOf(today, 1, todayRow('Next session')), DATES],
    ], [`=TODAY_STATUS(${todayArgs})`]),
    anchor(trendWeeks, `=WEEKLY_TREND(${range}, ${TREND_WEEKS}, ${s('weekStart')}, ${s('easyPace')})`, [
      [column(trendWeeks, 0), DATES],
      [column(trendWeeks, 1), '0.0'],
      [column(trendWeeks, 2), '0'],
      [column(trendWeeks, 3), '0.0'],
      [column(trendWeeks, 4), SIGNED_PERCENT],
    ]),
    anchor(trendDays, `=FITNESS_TREND(${range}, ${TREND_WEEKS}, ${s('easyPace')})`, dailyFormats(trendDays)),
    { row: month.row, col: 1, cells: [['Month']], bold: true },
    {
      row: month.row,
      col: month.col,
      cells: [[`=IF(COUNT(${dates}), EOMONTH(MAX(${dates}), -1) + 1, EOMONTH(TODAY(), -1) + 1)`, 'The month the tables below show: type any date in it, or keep the formula for the latest month of your Log.']],
      formats: [[month, 'mmmm yyyy']],
    },
    { row: weekly.row - 1, col: 1, cells: [[`="Weekly distance (" & ${s('unit')} & ")"`]], bold: true },
    anchor(weekly, `=WEEKLY_MILES(${range}, ${MONTH}, ${s('weekStart')}, ${s('easyPace')})`, [
      [column(weekly, 0), DATES],
      [area(weekly.row + 1, weekly.col + 1, weekly.rows - 1, 3), '0.0'],
      [column(weekly, 4), SIGNED_PERCENT],
    ]),
    title(daily, 'Fitness and form, day by day'),
    title(recovery, 'Recovery'),
    title(alerts, 'Burnout alerts'),
    title(legend, 'Colours'),
    title(trendDays, 'The last 12 weeks, day by day (the fitness chart\'s data)'),
    anchor(daily, `=FITNESS_TREND(${range}, ${MONTH}, ${s('easyPace')})`, dailyFormats(daily)),
    anchor(recovery, `=RECOVERY_SCORE(${range}, ${MONTH})`, [[column(recovery, 0), DATES], [column(recovery, 1), '0']]),
    anchor(alerts, `=BURNOUT_ALERTS(${range}, ${MONTH}, ${s('easyPace')})`, [[column(alerts, 0), DATES]]),
    { row: legend.row, col: legend.col, cells: LEGEND.map(([text]) => [text]), backgrounds: LEGEND.map(([, color]) => [color]) },
  ];
}

/** FITNESS_TREND's columns: Date, Load, Fatigue, Fitness, Form %, Zone, ACWR, Monotony. */
function dailyFormats(table: Area): [Area, string][] {
  return [
    [column(table, 0), DATES],
    [area(table.row + 1, table.col + 1, table.rows - 1, 3), '0'],
    [column(table, 4), SIGNED_PERCENT],
    [area(table.row + 1, table.col + 6, table.rows - 1, 2), '0.00'],
  ];
}

const zoneRules = (measure: Measure, where: Area): RuleSpec[] =>
  ZONES[measure].map((z) => ({ where: [where], condition: z.condition, swatch: z.swatch }));

/** Form % and its zone coloured by the zone FITNESS_TREND names on the same row. */
function formRules(table: Area): RuleSpec[] {
  const zoneCell = column(table, 5);
  return ZONES.form.map((z) => ({
    where: [area(zoneCell.row, table.col + 4, zoneCell.rows, 2)],
    condition: { criteria: 'CUSTOM_FORMULA', values: [`=$${letters(zoneCell.col)}${zoneCell.row}="${z.condition.values[0]}"`] },
    swatch: z.swatch,
  }));
}

const { today, daily, recovery, alerts, weekly, trendWeeks } = DASHBOARD;

export const DASHBOARD_RULES: RuleSpec[] = [
  // The Today block's Status column holds levels, recovery statuses and Form zones: each by its text.
  ...(['level', 'status', 'form'] as Measure[]).flatMap((m) => zoneRules(m, column(today, 2))),
  ...zoneRules('ramp', column(trendWeeks, 4)),
  ...zoneRules('level', column(alerts, 1)),
  ...zoneRules('status', column(recovery, 2)),
  { where: [column(recovery, 1)], condition: { gradient: RECOVERY_SCALE.map(({ at, color }) => ({ at, color })) } },
  ...zoneRules('acwr', column(daily, 6)),
  ...formRules(daily),
  ...zoneRules('monotony', column(daily, 7)),
];

/**
 * The weekly Change's colours, which earlier versions wrote (red above +30 %, amber above +15 % on the
 * week before): every return from a cutback week showed red while BURNOUT_ALERTS — which weighs a
 * week against the highest of the 4 before it — said OK. The alerts table and the Today block show
 * that jump; a rerun removes these.
 */
export const RETIRED_RULES: RuleSpec[] = [0.3, 0.15].map((x) => ({ where: [column(weekly, 4)], condition: { criteria: 'NUMBER_GREATER_THAN', values: [x] } }));

const LEGEND_BOTTOM = { 'legend.position': 'bottom' };
const { trendDays } = DASHBOARD;

export const DASHBOARD_CHARTS: ChartSpec[] = [
  {
    type: 'LINE',
    // Date, then Fatigue, Fitness and Form % of FITNESS_TREND.
    where: [area(trendDays.row, trendDays.col, trendDays.rows, 1), area(trendDays.row, trendDays.col + 2, trendDays.rows, 3)],
    at: { row: CHART_ROW, col: 1 },
    options: {
      title: 'Fitness, fatigue and Form %: 12 weeks',
      ...CHART_SIZE,
      ...LEGEND_BOTTOM,
      colors: ['#ea4335', '#4285f4', '#fbbc04'],
      // Form % on its own axis, whose gridlines are the Form zones' edges (Sheets cannot shade bands).
      series: { 2: { targetAxisIndex: 1 } },
      vAxes: { 0: { title: 'Load per day', viewWindow: { min: 0 } }, 1: { title: 'Form %', format: 'percent', ticks: FORM_ZONES.slice(0, -1).map((z) => z.below / 100) } },
    },
  },
  {
    type: 'COMBO',
    // Week of, then Run, Elevation gain and Long run of WEEKLY_TREND.
    where: [area(trendWeeks.row, trendWeeks.col, trendWeeks.rows, 4)],
    at: { row: CHART_ROW, col: 7 },
    options: {
      title: 'Weekly run distance, long run and elevation gain: 12 weeks',
      ...CHART_SIZE,
      ...LEGEND_BOTTOM,
      colors: ['#4285f4', '#34a853', '#a142f4'],
      seriesType: 'bars',
      series: { 1: { type: 'line', targetAxisIndex: 1 } },
      // Distance from 0, so a 50-mile week never looks like a 10-mile one.
      vAxes: { 0: { title: 'Distance', viewWindow: { min: 0 } }, 1: { title: 'Elevation gain', viewWindow: { min: 0 } } },
    },
  },
];

export function ensureDashboard(log: LogLayout, plan: string, tracker: TrackerSheet): SheetOutcome {
  const { sheet, created, name } = tracker;
  // No validation on the month cell: a bad month makes the tables say what to type instead.
  const written = ensureContent(sheet, blocks(log, plan), [], created).map((a) => `${name}!${a}`);
  // The rules' ranges, and on a new sheet the charts' too, in one getRangeList.
  const ranges = rangesOf(sheet, [...DASHBOARD_RULES, ...(created ? DASHBOARD_CHARTS : [])].flatMap((s) => s.where));
  ensureRules(sheet, DASHBOARD_RULES, created, ranges, RETIRED_RULES);
  ensureCharts(sheet, DASHBOARD_CHARTS, created, ranges);
  return { name, sheet, created, written, problems: [] };
}
