// The monthly Dashboard: a month selector, then weekly distance, daily load / fitness / form,
// recovery and burnout alerts, each one formula over the Log that spills a table; colour zones as
// conditional-format rules, a legend that explains them, and two charts. Docs: docs/dashboard.md.

import { settingName } from '../settings';
import { Area, area, letters } from './area';
import { Block, ensureContent } from './blocks';
import { ChartSpec, ensureCharts } from './charts';
import { RuleSpec, ensureRules } from './conditionalRules';
import { ruleOf } from './validations';
import { LogLayout, ORDER_LEGEND, logDates, logRange } from './logSheet';
import { Measure, RECOVERY_SCALE, ZONES } from './zones';
import { ORANGE } from './palette';
import { SheetOutcome, freeze } from './outcome';
import { TrackerSheet } from './ownership';

/** A month touches at most 6 weeks (Mon or Sun start) and has at most 31 days; each table adds its header row. */
const WEEKS = 6;
const DAYS = 31;

/** The legend: what each colour means, as [text, background]. */
export const LEGEND: [string, string][] = [
  ...(['level', 'status'] as Measure[]).flatMap((m) => ZONES[m].map((z) => [z.legend, z.swatch.background] as [string, string])),
  ...RECOVERY_SCALE.map((p) => [p.legend, p.color] as [string, string]),
  ...(['acwr', 'form', 'monotony', 'change'] as Measure[]).flatMap((m) => ZONES[m].map((z) => [z.legend, z.swatch.background] as [string, string])),
  [ORDER_LEGEND, ORANGE.background],
];

/** Where everything is (1-based); each table's area includes its header row. */
export const DASHBOARD = {
  month: area(2, 2),
  weekly: area(5, 1, 1 + WEEKS, 5),
  load: area(14, 1, 1 + DAYS, 8),
  form: area(14, 10, 1 + DAYS, 3),
  recovery: area(14, 14, 1 + DAYS, 4),
  alerts: area(14, 19, 1 + DAYS, 3),
  legend: area(14, 23, LEGEND.length, 1),
};

/** The data cells (header excluded) of column `offset` (0-based) of a table. */
export const column = (table: Area, offset: number): Area => area(table.row + 1, table.col + offset, table.rows - 1, 1);

const MONTH = '$B$2';
const DATES = 'ddd d mmm';

function blocks(log: LogLayout): Block[] {
  const range = logRange(log);
  const dates = logDates(log);
  const { weekly, load, form, recovery, alerts, legend } = DASHBOARD;
  const anchor = (table: Area, formula: string, formats: [Area, string][]): Block => ({ row: table.row, col: table.col, cells: [[formula]], bold: true, formats });
  return [
    { row: 1, col: 1, cells: [['Ultra Tracker'], ['Month']], bold: true },
    {
      row: 2,
      col: 2,
      cells: [[`=IF(COUNT(${dates}), EOMONTH(MAX(${dates}), -1) + 1, EOMONTH(TODAY(), -1) + 1)`, 'The month shown: type any date in it, or keep the formula for the latest month of your Log.']],
      formats: [[DASHBOARD.month, 'mmmm yyyy']],
    },
    { row: 4, col: 1, cells: [[`="Weekly distance (" & ${settingName('unit')} & ")"`]], bold: true },
    anchor(weekly, `=WEEKLY_MILES(${range}, ${MONTH}, ${settingName('weekStart')}, ${settingName('easyPace')})`, [
      [column(weekly, 0), DATES],
      [area(weekly.row + 1, weekly.col + 1, weekly.rows - 1, 3), '0.0'],
      [column(weekly, 4), '+0%;-0%;0%'],
    ]),
    { row: load.row - 1, col: 1, cells: [['Load, fitness and form']], bold: true },
    { row: form.row - 1, col: form.col, cells: [['Form zone']], bold: true },
    { row: recovery.row - 1, col: recovery.col, cells: [['Recovery']], bold: true },
    { row: alerts.row - 1, col: alerts.col, cells: [['Burnout alerts']], bold: true },
    { row: legend.row - 1, col: legend.col, cells: [['Colours']], bold: true },
    anchor(load, `=TRAINING_LOAD(${range}, ${MONTH}, ${settingName('easyPace')})`, [
      [column(load, 0), DATES],
      [column(load, 1), '0'],
      [area(load.row + 1, load.col + 2, load.rows - 1, 3), '0.0'],
      [area(load.row + 1, load.col + 5, load.rows - 1, 2), '0.00'],
      [column(load, 7), '0'],
    ]),
    anchor(form, `=FORM_ZONE(${range}, ${MONTH}, ${settingName('easyPace')})`, [[column(form, 0), DATES], [column(form, 1), '0%']]),
    anchor(recovery, `=RECOVERY_SCORE(${range}, ${MONTH})`, [[column(recovery, 0), DATES], [column(recovery, 1), '0']]),
    anchor(alerts, `=BURNOUT_ALERTS(${range}, ${MONTH}, ${settingName('easyPace')})`, [[column(alerts, 0), DATES]]),
    { row: legend.row, col: legend.col, cells: LEGEND.map(([text]) => [text]), backgrounds: LEGEND.map(([, color]) => [color]) },
  ];
}

const zoneRules = (measure: Measure, where: Area): RuleSpec[] =>
  ZONES[measure].map((z) => ({ where: [where], condition: z.condition, swatch: z.swatch }));

/** Form (TSB), Form % and the zone coloured by the zone FORM_ZONE names on the same row. */
function formRules(): RuleSpec[] {
  const zoneCell = column(DASHBOARD.form, 2);
  const where = [column(DASHBOARD.load, 4), area(zoneCell.row, DASHBOARD.form.col + 1, zoneCell.rows, 2)];
  return ZONES.form.map((z) => ({
    where,
    condition: { criteria: 'CUSTOM_FORMULA', values: [`=$${letters(zoneCell.col)}${zoneCell.row}="${z.condition.values[0]}"`] },
    swatch: z.swatch,
  }));
}

export const DASHBOARD_RULES: RuleSpec[] = [
  ...zoneRules('level', column(DASHBOARD.alerts, 1)),
  ...zoneRules('status', column(DASHBOARD.recovery, 2)),
  { where: [column(DASHBOARD.recovery, 1)], condition: { gradient: RECOVERY_SCALE.map(({ at, color }) => ({ at, color })) } },
  ...zoneRules('acwr', column(DASHBOARD.load, 5)),
  ...formRules(),
  ...zoneRules('monotony', column(DASHBOARD.load, 6)),
  ...zoneRules('change', column(DASHBOARD.weekly, 4)),
];

const LEGEND_BOTTOM = { 'legend.position': 'bottom', height: 260 };

export const DASHBOARD_CHARTS: ChartSpec[] = [
  {
    type: 'COLUMN',
    where: [area(DASHBOARD.weekly.row, 1, DASHBOARD.weekly.rows, 3)],
    at: { row: 1, col: 7 },
    options: { title: 'Weekly distance: run and cross-training', isStacked: true, width: 440, colors: ['#4285f4', '#34a853'], ...LEGEND_BOTTOM },
  },
  {
    type: 'LINE',
    where: [area(DASHBOARD.load.row, 1, DASHBOARD.load.rows, 1), area(DASHBOARD.load.row, 3, DASHBOARD.load.rows, 3)],
    at: { row: 1, col: 12 },
    options: { title: 'Fatigue, fitness and form', width: 560, colors: ['#ea4335', '#4285f4', '#fbbc04'], ...LEGEND_BOTTOM },
  },
];

export function ensureDashboard(log: LogLayout, tracker: TrackerSheet): SheetOutcome {
  const { sheet, created, name } = tracker;
  const month = { where: DASHBOARD.month, rule: ruleOf((v) => v.requireDate(), 'A date in the month to show, e.g. 2026-03-01.', false) };
  const written = ensureContent(sheet, blocks(log), [month], created).map((a) => `${name}!${a}`);
  ensureRules(sheet, DASHBOARD_RULES, created);
  ensureCharts(sheet, DASHBOARD_CHARTS, created);
  freeze(sheet, DASHBOARD.month.row, created);
  if (created) {
    const widths: [number, number][] = [[DASHBOARD.recovery.col + 3, 260], [DASHBOARD.alerts.col + 2, 360], [DASHBOARD.legend.col, 400]];
    for (const [col, px] of widths) sheet.setColumnWidth(col, px);
  }
  return { name, sheet, created, written, problems: [] };
}
