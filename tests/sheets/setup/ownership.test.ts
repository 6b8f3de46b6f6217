// Set up tracker on a workbook of the runner's own: sheets named Dashboard, Plan and Settings that
// the runner made (cells, number formats, validations, rules, a chart, a named range) and a Log
// with an unlabeled column. Setup, run three times, changes nothing it did not create.
import { Emulator, createEmulator } from '../../../emulator';
import { sheetSnapshot, workbookSnapshot } from '../../support/workbookSnapshot';

const ZONE = 'Europe/London';
const RUNNERS = ['Dashboard', 'Plan', 'Settings'];

/** The runner's workbook: about 585 cells of their own across four sheets. */
function runnersWorkbook(): Emulator {
  const emu = createEmulator({ timeZone: ZONE });
  const ss = emu.spreadsheet;
  const app = emu.app;
  const dash = ss.insertSheet('Dashboard');
  dash.getRange(1, 1, 1, 10).setValues([['Month', 'Budget', 'Spent', 'Left', 'Share', 'Note', 'Q1', 'Q2', 'Q3', 'Q4']]);
  dash.getRange(2, 1, 20, 10).setValues(Array.from({ length: 20 }, (_, i) => [`2024-${String((i % 12) + 1).padStart(2, '0')}-28`, 100 + i, 60 + i, 40, 0.6, `row ${i}`, i, i * 2, i * 3, 54]));
  dash.getRange('A2:A21').setNumberFormat('yyyy-mm-dd');
  dash.getRange('B2:D21').setNumberFormat('0.00');
  dash.getRange('E2:E21').setNumberFormat('0%');
  dash.getRange('F2:F21').setDataValidation(app.newDataValidation().requireValueInList(['row 1', 'row 2']).setAllowInvalid(true).build());
  dash.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberGreaterThan(110).setBackground('#ff0000').setRanges([dash.getRange('B2:B21')]).build()]);
  dash.insertChart(dash.newChart().setChartType('COLUMN' as never).addRange(dash.getRange('A1:B21')).setPosition(2, 12, 0, 0).build());
  dash.setFrozenRows(1);
  dash.setColumnWidth(6, 240);
  const plan = ss.insertSheet('Plan');
  plan.getRange(1, 1, 15, 8).setValues(Array.from({ length: 15 }, (_, i) => (i === 0 ? ['Day', 'Workout', 'Sets', 'Reps', 'Weight', 'Rest', 'Done', 'Notes'] : [`Day ${i}`, 'Squat', 3, 8, 60 + i, 90, i % 2 === 0, 'keep form'])));
  plan.getRange('E2:E15').setNumberFormat('0.0 "kg"');
  plan.getRange('G2:G15').setDataValidation(app.newDataValidation().requireValueInList(['TRUE', 'FALSE']).build());
  const settings = ss.insertSheet('Settings');
  settings.getRange(1, 1, 30, 5).setValues(Array.from({ length: 30 }, (_, i) => [`Option ${i}`, i * 1.5, `text ${i}`, i, 'x']));
  settings.getRange('B1:B30').setNumberFormat('+0.0;-0.0');
  settings.getRange('B2:B7').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1000).build());
  ss.setNamedRange('Budget', settings.getRange('B2'));
  const log = ss.insertSheet('Log');
  log.getRange(1, 1, 1, 5).setValues([['Date', 'Type', 'Distance', 'Duration', 'RPE']]);
  // Column F has no header: the runner's sleep hours, which setup must not label.
  log.getRange(2, 1, 20, 6).setValues(Array.from({ length: 20 }, (_, i) => [`2026-02-${String(i + 1).padStart(2, '0')}`, i % 7 === 5 ? 'Long run' : 'Easy run', 5 + (i % 4), 45 + i, 4, 7 + (i % 3) * 0.5]));
  log.getRange('C2:C21').setNumberFormat('0.00');
  log.setConditionalFormatRules([app.newConditionalFormatRule().whenTextEqualTo('Long run').setBackground('#00ff00').setRanges([log.getRange('B2:B21')]).build()]);
  ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
  return emu;
}

/** The runner's Log as it was: its first six columns, the rules apart from the tracker's. */
const runnersLog = (emu: Emulator) => {
  const s = sheetSnapshot(emu.spreadsheet.getSheetByName('Log')!);
  return { ...s, cells: s.cells.filter((c) => c.col <= 6), rules: s.rules.filter((r) => r.condition?.[2] !== '#f9cb9c'), widths: s.widths.filter(([c]) => c <= 6) };
};

describe('Set up tracker on a workbook of the runner\'s own', () => {
  const emu = runnersWorkbook();
  const before = workbookSnapshot(emu);
  const cellCount = before.sheets.reduce((n, s) => n + s.cells.length, 0);
  const theirs = (snap: ReturnType<typeof workbookSnapshot>) => snap.sheets.filter((s) => RUNNERS.includes(s.name) || s.name === 'Sheet1');
  const logBefore = runnersLog(emu);
  const reports = [1, 2, 3].map(() => {
    const report = emu.run('setupTracker') as { created: string[]; repaired: string[]; problems: string[]; kept: string[] };
    return { report, snap: workbookSnapshot(emu), log: runnersLog(emu), toast: emu.ui.toasts.at(-1)?.message };
  });

  it('holds about 585 cells of the runner\'s', () => {
    expect(cellCount).toBeGreaterThanOrEqual(580);
  });

  it('creates the tracker\'s sheets beside the runner\'s, first among the tabs, and says so', () => {
    expect(reports[0].report).toEqual({
      created: ['Dashboard (Ultra Tracker)', 'Plan (Ultra Tracker)', 'Settings (Ultra Tracker)'],
      repaired: expect.any(Array),
      problems: [],
      kept: RUNNERS,
    });
    expect(reports[0].toast).toMatch(/Your own Dashboard, Plan, Settings are left as they are: the tracker's sheets are Dashboard \(Ultra Tracker\), Plan \(Ultra Tracker\), Settings \(Ultra Tracker\)\./);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Dashboard (Ultra Tracker)', 'Plan (Ultra Tracker)', 'Settings (Ultra Tracker)', 'Sheet1', 'Dashboard', 'Plan', 'Settings', 'Log',
    ]);
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Dashboard (Ultra Tracker)');
  });

  it('changes nothing of the runner\'s sheets, cells, formats, validations, rules, charts or names, each run', () => {
    for (const { snap, log } of reports) {
      expect(theirs(snap)).toEqual(theirs(before));
      expect(log).toEqual(logBefore);
      expect(snap.named.filter(([name]) => name === 'Budget')).toEqual([['Budget', 'Settings', 'B2']]);
    }
  });

  it('never labels the unlabeled column: the Log\'s missing columns go after it', () => {
    expect(emu.values('Log!A1:G1')[0]).toEqual(['Date', 'Type', 'Distance', 'Duration', 'RPE', '', 'Sleep']);
    expect(reports[0].report.repaired).toEqual(['Log!G1:L1', 'Log!M1']);
    expect(emu.spreadsheet.getSheetByName('Log')!.getRange('M1').getFormula()).toBe('=ORDER_CHECK(A1:L, TypeMap)');
  });

  it('points the tracker at its own sheets: the Dashboard reads the Log, the settings are named on its Settings', () => {
    expect(emu.spreadsheet.getRangeByName('WeekStart')!.getSheet().getName()).toBe('Settings (Ultra Tracker)');
    expect(emu.errorAt('\'Dashboard (Ultra Tracker)\'!A5')).toBeUndefined();
  });

  it('finds its own sheets again by their marks, even renamed, and has nothing to do', () => {
    for (const { report } of reports.slice(1)) expect(report).toEqual({ created: [], repaired: [], problems: [], kept: [] });
    expect(reports[2].snap).toEqual(reports[1].snap);
    emu.spreadsheet.getSheetByName('Plan (Ultra Tracker)')!.data.name = 'My plan';
    expect(emu.run('setupTracker')).toEqual({ created: [], repaired: [], problems: [], kept: [] });
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toContain('My plan');
  });
});
