// Data-validation rules: built and read like Apps Script's, and checked against a cell's value so a
// test can ask whether Sheets would reject the value or mark it (allowInvalid: a warning triangle).

import { DataValidationCriteria, Emulates } from './gas';
import type { CellValue } from './workbook';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

interface ValidationState {
  criteria?: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

abstract class ValidationView {
  constructor(protected readonly state: ValidationState) {}
  getCriteriaType(): Criteria {
    return this.state.criteria!;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string {
    return this.state.helpText;
  }
  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder({ ...this.state, values: [...this.state.values] });
  }
}

export class EmuDataValidation extends ValidationView implements Emulates<GoogleAppsScript.Spreadsheet.DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'> {
  /** Whether a value passes the rule (a blank cell always does). */
  accepts(v: CellValue): boolean {
    if (v === '') return true;
    const [a, b] = this.state.values;
    const n = typeof v === 'number' ? v : NaN;
    switch (this.state.criteria) {
      case DataValidationCriteria.VALUE_IN_LIST: return (a as string[]).some((x) => String(x).toLowerCase() === String(v).toLowerCase());
      case DataValidationCriteria.NUMBER_BETWEEN: return n >= Number(a) && n <= Number(b);
      case DataValidationCriteria.NUMBER_GREATER_THAN: return n > Number(a);
      case DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO: return n >= Number(a);
      case DataValidationCriteria.DATE_IS_VALID_DATE: return Object.prototype.toString.call(v) === '[object Date]';
      default: throw new Error(`The emulator does not check data-validation criteria ${String(this.state.criteria)}.`);
    }
  }
}

type BuilderMethods =
  | 'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
  | 'requireValueInList' | 'requireNumberBetween' | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireDate'
  | 'setAllowInvalid' | 'setHelpText';

export class EmuDataValidationBuilder extends ValidationView implements Emulates<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods> {
  constructor(state: ValidationState = { values: [], allowInvalid: true, helpText: '' }) {
    super(state);
  }

  build(): EmuDataValidation {
    if (this.state.criteria === undefined) throw new Error('Exception: You must set a criteria for a data validation rule.');
    return new EmuDataValidation({ ...this.state, values: [...this.state.values] });
  }

  private require(criteria: Criteria, values: unknown[]): EmuDataValidationBuilder {
    this.state.criteria = criteria;
    this.state.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): EmuDataValidationBuilder {
    return this.require(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireNumberBetween(start: number, end: number): EmuDataValidationBuilder {
    return this.require(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireNumberGreaterThan(number: number): EmuDataValidationBuilder {
    return this.require(DataValidationCriteria.NUMBER_GREATER_THAN, [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): EmuDataValidationBuilder {
    return this.require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }

  requireDate(): EmuDataValidationBuilder {
    return this.require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  setAllowInvalid(allowInvalidData: boolean): EmuDataValidationBuilder {
    this.state.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): EmuDataValidationBuilder {
    this.state.helpText = helpText;
    return this;
  }
}
