import { shiftFormula, tokenize, topLevelCall } from '../../emulator/formulaText';
import { parseA1, resolveRef, rectA1, columnLetters, columnIndex, sheetPrefix } from '../../emulator/a1';

describe('A1 notation', () => {
  it('converts columns both ways, past Z', () => {
    for (const [i, l] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA']] as const) {
      expect(columnLetters(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
  });

  it('resolves open ranges to the edge of the sheet', () => {
    expect(resolveRef(parseA1('Log!A1:L')!, 1000, 26)).toEqual({ row: 0, col: 0, rows: 1000, cols: 12 });
    expect(resolveRef(parseA1('B:C')!, 50, 26)).toEqual({ row: 0, col: 1, rows: 50, cols: 2 });
    expect(parseA1("'My log'!$B$2")).toMatchObject({ sheet: 'My log', start: { row: 1, col: 1, rowAbs: true, colAbs: true } });
    expect(parseA1('B')).toBeUndefined();
    expect(rectA1({ row: 4, col: 0, rows: 7, cols: 5 })).toBe('A5:E11');
    expect(sheetPrefix('Log')).toBe('Log!');
    expect(sheetPrefix("Bob's log")).toBe("'Bob''s log'!");
  });
});

describe('formula text', () => {
  it('finds references, not function names, strings or named ranges', () => {
    const refs = tokenize('=LOG10(A1) + SUM(Log!A2:A) & "B2" & WeekStart & \'My sheet\'!C3').filter((t) => t.kind === 'ref').map((t) => t.text);
    expect(refs).toEqual(['A1', 'Log!A2:A', "'My sheet'!C3"]);
  });

  it('moves relative references and keeps anchored ones', () => {
    expect(shiftFormula('=$L2<>""', 3, 1)).toBe('=$L5<>""');
    expect(shiftFormula('=A1+$B$1+B$1+$C1+SUM(D2:D)', 2, 1)).toBe('=B3+$B$1+C$1+$C3+SUM(E4:E)');
    expect(shiftFormula('="A1"&A1', 1, 0)).toBe('="A1"&A2');
  });

  it('splits a top-level call into its arguments', () => {
    expect(topLevelCall('=WEEKLY_MILES(Log!A1:K, $B$2, WeekStart, "a, b", SUM(1, 2))')).toEqual({
      name: 'WEEKLY_MILES',
      args: ['Log!A1:K', '$B$2', 'WeekStart', '"a, b"', 'SUM(1, 2)'],
    });
    expect(topLevelCall('=suggest_plan(A1:H, , "Sat")')).toEqual({ name: 'SUGGEST_PLAN', args: ['A1:H', '', '"Sat"'] });
    expect(topLevelCall('=PAIRS()')).toEqual({ name: 'PAIRS', args: [] });
    expect(topLevelCall('=PAIRS(3) + 1')).toBeUndefined();
    expect(topLevelCall('=1 + PAIRS(3)')).toBeUndefined();
  });
});
