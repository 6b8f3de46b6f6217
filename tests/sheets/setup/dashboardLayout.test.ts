// The Dashboard a runner opens: the Today block at the top left, two 12-week charts under it, the
// month below; block and charts within columns A–L (1,200 px: no sideways scrolling at 1280 px),
// no chart over a cell in use, distance axes from 0. On the built dist/Code.js, in the emulator.
import { Emulator, createEmulator } from '../../../emulator';
import { DEFAULT_COLUMN_WIDTH } from '../../../emulator/sheet';
import { dateIn, loadBundle } from '../../support/bundle';
import { trainingLog, typedLog } from '../../support/trainingLog';
import { DASHBOARD, FIT_COLUMNS } from '../../../src/sheets/setup/dashboardSheet';
import { TODAY_ROWS } from '../../../src/sheets/formulas/todayStatus';
import { a1 } from '../../../src/sheets/setup/area';
import { AMBER, GREEN, RED } from '../../../src/sheets/setup/palette';

const ZONE = 'Europe/London';
/** Sheets' default row height, px. */
const ROW_PX = 21;
/** The width a Sheets window leaves for cells at 1280 px: the row numbers and a scrollbar take the rest. */
const CELLS_PX_AT_1280 = 1280 - 46 - 15;
const LOG = typedLog(trainingLog({ from: '2025-09-01', weeks: 26, overload: 24 }).filter((e) => e.date <= '2026-02-28'));

function setUp(): Emulator {
  const emu = createEmulator({ timeZone: ZONE });
  emu.spreadsheet.insertSheet('Log').getRange(1, 1, LOG.length, LOG[0].length).setValues(LOG);
  emu.run('setupTracker');
  return emu;
}

describe('the Dashboard after Set up tracker on six months of log', () => {
  const emu = setUp();
  const dash = emu.spreadsheet.getSheetByName('Dashboard')!;
  const widths = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => dash.getColumnWidth(from + i)).reduce((a, b) => a + b, 0);
  const block = (r: number, c: number) => emu.values(`Dashboard!${a1({ row: r, col: c, rows: 1, cols: 1 })}`)[0][0];

  it('opens on the Today block at A1, its rows the latest day\'s figures, as the other formulas give them', () => {
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Dashboard');
    expect(dash.getRange('A1').getFormula()).toBe('=TODAY_STATUS(Log!A1:O, Plan!A1:H, WeekStart, LongRunDay, RaceDate, EasyPace, RaceDistance, CutbackCycle, TypeMap)');
    expect(emu.values('Dashboard!A1:D1')).toEqual([['Today', 'Figure', 'Status', 'Why']]);
    expect(emu.values(`Dashboard!A2:A${1 + TODAY_ROWS.length}`).map((r) => r[0])).toEqual([...TODAY_ROWS]);
    expect(dateIn(block(2, 2) as Date, ZONE)).toBe('2026-02-28');
    const bundle = loadBundle({ spreadsheetZone: ZONE });
    const log = emu.values('Log!A1:K');
    const lastRow = (t: unknown[][]) => t[t.length - 1];
    const alert = lastRow(bundle.call('BURNOUT_ALERTS', log, '2026-02') as unknown[][]);
    expect([block(3, 3), block(3, 4)]).toEqual([alert[1], alert[2] || 'no rule fired']);
    const recovery = lastRow(bundle.call('RECOVERY_SCORE', log, '2026-02') as unknown[][]);
    expect([block(4, 2), block(4, 3)]).toEqual([Math.round(recovery[1] as number), recovery[2]]);
    const form = lastRow(bundle.call('FORM_ZONE', log, '2026-02') as unknown[][]);
    expect(block(5, 2)).toBe(Math.round((form[1] as number) * 100) / 100);
    expect(block(5, 3)).toBe(form[2]);
    // This week (Mon 23 – Sat 28 Feb): the running distance logged since Monday.
    const week = LOG.slice(1).filter((r) => String(r[0]) >= '2026-02-23' && /run|tempo|hills/i.test(String(r[1])));
    expect(block(7, 2)).toBeCloseTo(week.reduce((s, r) => s + Number(r[2] || 0), 0), 1);
    expect(String(block(7, 3))).toMatch(/^\d+ % of \d+(\.\d)? mi$/);
    expect(dateIn(block(8, 2) as Date, ZONE)).toBe('2026-03-01');
  });

  it('colours the block\'s Status by level, recovery status and Form zone', () => {
    const colour: Record<string, string> = { ALERT: RED.background, WATCH: AMBER.background, OK: GREEN.background, Red: RED.background, Amber: AMBER.background, Green: GREEN.background };
    for (const r of [3, 4]) {
      const status = String(block(r, 3));
      if (colour[status]) expect(emu.formatOf(`Dashboard!C${r}`).background).toBe(colour[status]);
    }
    expect(emu.formatOf('Dashboard!C3').background).not.toBe('#ffffff');
  });

  it('plots 12 weeks: fitness, fatigue and Form % by day, run distance, elevation and long run by week', () => {
    expect(dash.getCharts().map((c) => [String(c.type), c.getRanges().map((r) => r.getA1Notation())])).toEqual([
      ['LINE', ['A72:A156', 'C72:E156']],
      ['COMBO', ['N1:Q13']],
    ]);
    expect(emu.values('Dashboard!C72:E72')).toEqual([['Fatigue', 'Fitness', 'Form %']]);
    expect(emu.values('Dashboard!N1:Q1')).toEqual([['Week of', 'Run', 'Elevation gain', 'Long run']]);
    const weeks = emu.values('Dashboard!N2:N13').map((r) => dateIn(r[0] as Date, ZONE));
    expect(weeks[11]).toBe('2026-02-23');
    expect(weeks[0]).toBe('2025-12-08');
    expect(emu.values('Dashboard!P2:P13').flat().every((v) => v === '')).toBe(true); // no Elevation gain column: blanks, no error
  });

  it('starts the distance axis at 0', () => {
    const combo = dash.getCharts().find((c) => String(c.type) === 'COMBO')!;
    expect((combo.getOptions().get('vAxes') as Record<number, { viewWindow: { min: number } }>)[0].viewWindow.min).toBe(0);
  });

  it(`keeps the block and the charts within columns A–L, ${CELLS_PX_AT_1280} px at most`, () => {
    expect(widths(1, FIT_COLUMNS)).toBeLessThanOrEqual(CELLS_PX_AT_1280);
    expect(DASHBOARD.today.col + DASHBOARD.today.cols - 1).toBeLessThanOrEqual(FIT_COLUMNS);
    for (const chart of dash.getCharts()) {
      const { row, column, offsetX } = chart.position;
      const right = widths(1, column - 1) + offsetX + (chart.getOptions().get('width') as number);
      expect(right).toBeLessThanOrEqual(widths(1, FIT_COLUMNS));
      expect(row).toBeGreaterThan(DASHBOARD.today.row + DASHBOARD.today.rows - 1);
    }
  });

  it('covers no cell in use with a chart', () => {
    for (const chart of dash.getCharts()) {
      const { row, column, offsetX, offsetY } = chart.position;
      const width = chart.getOptions().get('width') as number;
      const height = chart.getOptions().get('height') as number;
      let right = column;
      for (let x = dash.getColumnWidth(column) - offsetX; x < width; x += dash.getColumnWidth(right)) right++;
      const bottom = row + Math.ceil((offsetY + height) / ROW_PX) - 1;
      const under = dash.getRange(row, column, bottom - row + 1, right - column + 1);
      expect(under.getValues().flat().every((v) => v === '')).toBe(true);
      expect(under.getFormulas().flat().every((f) => f === '')).toBe(true);
      expect(bottom).toBeLessThan(DASHBOARD.month.row);
    }
    expect(DEFAULT_COLUMN_WIDTH).toBe(100);
  });
});
