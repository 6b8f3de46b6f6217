// A wrong call of a formula (not a bad cell): Sheets shows the message as the #ERROR! tooltip,
// so it names the formula and says what to fix.
export class FormulaError extends Error {
  constructor(formula: string, fix: string) {
    super(`${formula}: ${fix}`);
    this.name = 'FormulaError';
  }
}

/** A problem the runner can fix (no spreadsheet, no Log, a bad request): the message says what to do. */
export class RunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunnerError';
  }
}

/** A file that cannot be imported at all (not a single bad row): the message says why and what to do. */
export class ImportError extends RunnerError {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
