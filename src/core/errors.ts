// A wrong call of a formula (not a bad cell): Sheets shows the message as the #ERROR! tooltip,
// so it names the formula and says what to fix.
export class FormulaError extends Error {
  constructor(formula: string, fix: string) {
    super(`${formula}: ${fix}`);
    this.name = 'FormulaError';
  }
}
