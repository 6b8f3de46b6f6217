// Conditional-format rules: built and read like Apps Script's, and evaluated, so a test can ask
// which format a cell shows. The first rule (in the sheet's order) whose range holds the cell and
// whose condition holds gives the format, as in Sheets.

import { Rect, contains } from './a1';
import { shiftFormula } from './formulaText';
import { BooleanCriteria, Emulates, InterpolationType } from './gas';
import { CellError, Evaluated } from './workbook';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type Interpolation = GoogleAppsScript.Spreadsheet.InterpolationType;

export interface CellFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

interface GradientPoint {
  color: string;
  type: Interpolation;
  value: string;
}

interface RuleState {
  ranges: EmuRange[];
  criteria?: Criteria;
  values: unknown[];
  format: CellFormat;
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
}

const copyState = (s: RuleState): RuleState => ({ ...s, ranges: [...s.ranges], values: [...s.values], format: { ...s.format }, gradient: { ...s.gradient } });

export class EmuBooleanCondition implements Emulates<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold'> {
  constructor(private readonly state: RuleState) {}
  getCriteriaType(): Criteria {
    return this.state.criteria!;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getBackground(): string | null {
    return this.state.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.state.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.state.format.bold ?? null;
  }
}

type GradientMethods = 'getMinColor' | 'getMinType' | 'getMinValue' | 'getMidColor' | 'getMidType' | 'getMidValue' | 'getMaxColor' | 'getMaxType' | 'getMaxValue';

export class EmuGradientCondition implements Emulates<GoogleAppsScript.Spreadsheet.GradientCondition, GradientMethods> {
  constructor(private readonly g: RuleState['gradient']) {}
  getMinColor = () => this.g.min?.color ?? '';
  getMinType = () => this.g.min?.type ?? null;
  getMinValue = () => this.g.min?.value ?? '';
  getMidColor = () => this.g.mid?.color ?? '';
  getMidType = () => this.g.mid?.type ?? null;
  getMidValue = () => this.g.mid?.value ?? '';
  getMaxColor = () => this.g.max?.color ?? '';
  getMaxType = () => this.g.max?.type ?? null;
  getMaxValue = () => this.g.max?.value ?? '';
}

abstract class RuleView {
  constructor(protected readonly state: RuleState) {}
  getRanges(): EmuRange[] {
    return [...this.state.ranges];
  }
  getBooleanCondition(): EmuBooleanCondition | null {
    return this.state.criteria === undefined ? null : new EmuBooleanCondition(this.state);
  }
  getGradientCondition(): EmuGradientCondition | null {
    return this.state.criteria === undefined && this.state.gradient.max ? new EmuGradientCondition(this.state.gradient) : null;
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(copyState(this.state));
  }
}

export class EmuConditionalFormatRule extends RuleView implements Emulates<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'> {
  /** The format this rule gives a cell of its ranges, or undefined when its condition does not hold. */
  formatAt(row: number, col: number): CellFormat | undefined {
    const first = this.state.ranges[0];
    const sheet = first.sheet;
    const ev = sheet.book.evaluated(sheet.data, row, col);
    if (this.state.criteria === undefined) {
      const color = typeof ev.value === 'number' ? this.gradientColor(ev.value) : undefined;
      return color === undefined ? undefined : { background: color };
    }
    const formula = this.state.criteria === BooleanCriteria.CUSTOM_FORMULA;
    const holds = formula
      ? formulaHolds(sheet, String(this.state.values[0]), row - first.rect.row, col - first.rect.col)
      : conditionHolds(this.state.criteria, this.state.values, ev);
    return holds ? { ...this.state.format } : undefined;
  }

  private gradientColor(x: number): string | undefined {
    const { min, mid, max } = this.state.gradient;
    if (!min || !max) return undefined;
    const numbers = this.state.ranges.flatMap((r) => numbersIn(r.sheet, r.rect));
    const stops = [min, mid, max].flatMap((p) => (p ? [{ color: p.color, at: pointValue(p, numbers) }] : []));
    if (x <= stops[0].at) return stops[0].color;
    for (let i = 1; i < stops.length; i++) {
      if (x <= stops[i].at) return mix(stops[i - 1].color, stops[i].color, (x - stops[i - 1].at) / (stops[i].at - stops[i - 1].at || 1));
    }
    return stops[stops.length - 1].color;
  }
}

type BuilderMethods =
  | 'build' | 'copy' | 'getRanges' | 'getBooleanCondition' | 'getGradientCondition' | 'setRanges'
  | 'setBackground' | 'setFontColor' | 'setBold'
  | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenTextEqualTo' | 'whenTextContains'
  | 'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo' | 'whenNumberBetween'
  | 'whenFormulaSatisfied' | 'setGradientMinpointWithValue' | 'setGradientMidpointWithValue' | 'setGradientMaxpointWithValue';

export class EmuConditionalFormatRuleBuilder extends RuleView implements Emulates<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, BuilderMethods> {
  constructor(state: RuleState = { ranges: [], values: [], format: {}, gradient: {} }) {
    super(state);
  }

  build(): EmuConditionalFormatRule {
    if (this.state.ranges.length === 0) throw new Error('Exception: Ranges must be set on a conditional format rule.');
    if (this.state.criteria === undefined && !(this.state.gradient.min && this.state.gradient.max)) {
      throw new Error('Exception: A conditional format rule needs a condition or a gradient with a minpoint and a maxpoint.');
    }
    return new EmuConditionalFormatRule(copyState(this.state));
  }

  setRanges(ranges: EmuRange[]): EmuConditionalFormatRuleBuilder {
    this.state.ranges = [...ranges];
    return this;
  }

  setBackground(color: string | null): EmuConditionalFormatRuleBuilder {
    this.state.format.background = color?.toLowerCase() ?? undefined;
    return this;
  }

  setFontColor(color: string | null): EmuConditionalFormatRuleBuilder {
    this.state.format.fontColor = color?.toLowerCase() ?? undefined;
    return this;
  }

  setBold(bold: boolean | null): EmuConditionalFormatRuleBuilder {
    this.state.format.bold = bold ?? undefined;
    return this;
  }

  private when(criteria: Criteria, values: unknown[]): EmuConditionalFormatRuleBuilder {
    this.state.criteria = criteria;
    this.state.values = values;
    this.state.gradient = {};
    return this;
  }

  whenCellEmpty = () => this.when(BooleanCriteria.CELL_EMPTY, []);
  whenCellNotEmpty = () => this.when(BooleanCriteria.CELL_NOT_EMPTY, []);
  whenTextEqualTo = (text: string) => this.when(BooleanCriteria.TEXT_EQUAL_TO, [text]);
  whenTextContains = (text: string) => this.when(BooleanCriteria.TEXT_CONTAINS, [text]);
  whenNumberGreaterThan = (n: number) => this.when(BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  whenNumberGreaterThanOrEqualTo = (n: number) => this.when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  whenNumberLessThan = (n: number) => this.when(BooleanCriteria.NUMBER_LESS_THAN, [n]);
  whenNumberLessThanOrEqualTo = (n: number) => this.when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  whenNumberBetween = (start: number, end: number) => this.when(BooleanCriteria.NUMBER_BETWEEN, [start, end]);
  whenFormulaSatisfied = (formula: string) => this.when(BooleanCriteria.CUSTOM_FORMULA, [formula]);

  private point(which: 'min' | 'mid' | 'max', color: string, type: Interpolation, value: string): EmuConditionalFormatRuleBuilder {
    this.state.criteria = undefined;
    this.state.values = [];
    this.state.gradient[which] = { color: color.toLowerCase(), type, value };
    return this;
  }

  setGradientMinpointWithValue = (color: string, type: Interpolation, value: string) => this.point('min', color, type, value);
  setGradientMidpointWithValue = (color: string, type: Interpolation, value: string) => this.point('mid', color, type, value);
  setGradientMaxpointWithValue = (color: string, type: Interpolation, value: string) => this.point('max', color, type, value);
}

// ---- evaluation ----

const text = (ev: Evaluated): string => (ev.value === null || ev.value instanceof CellError ? '' : String(ev.value)).toLowerCase();

function conditionHolds(criteria: Criteria, values: unknown[], ev: Evaluated): boolean {
  const n = typeof ev.value === 'number' ? ev.value : undefined;
  const [a, b] = values.map(Number);
  const t = String(values[0] ?? '').toLowerCase();
  switch (criteria) {
    case BooleanCriteria.CELL_EMPTY: return ev.value === null;
    case BooleanCriteria.CELL_NOT_EMPTY: return ev.value !== null;
    case BooleanCriteria.TEXT_EQUAL_TO: return text(ev) === t;
    case BooleanCriteria.TEXT_CONTAINS: return ev.value !== null && text(ev).includes(t);
    case BooleanCriteria.NUMBER_GREATER_THAN: return n !== undefined && n > a;
    case BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO: return n !== undefined && n >= a;
    case BooleanCriteria.NUMBER_LESS_THAN: return n !== undefined && n < a;
    case BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO: return n !== undefined && n <= a;
    case BooleanCriteria.NUMBER_BETWEEN: return n !== undefined && n >= Math.min(a, b) && n <= Math.max(a, b);
    default: throw new Error(`The emulator does not evaluate conditional-format criteria ${String(criteria)}.`);
  }
}

/** A custom-formula rule: the formula is written for the range's top-left cell and moves with the cell. */
function formulaHolds(sheet: EmuSheet, formula: string, dr: number, dc: number): boolean {
  const shifted = shiftFormula(formula, dr, dc);
  const v = sheet.book.hf.calculateFormula(sheet.book.toHfFormula(shifted, sheet.data), sheet.data.id);
  return v === true || (typeof v === 'number' && v !== 0);
}

function numbersIn(sheet: EmuSheet, rect: Rect): number[] {
  const out: number[] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = sheet.book.evaluated(sheet.data, r, c, false).value;
      if (typeof v === 'number') out.push(v);
    }
  }
  return out;
}

function pointValue(p: GradientPoint, numbers: number[]): number {
  const sorted = [...numbers].sort((x, y) => x - y);
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  const v = Number(p.value);
  switch (p.type) {
    case InterpolationType.MIN: return lo;
    case InterpolationType.MAX: return hi;
    case InterpolationType.PERCENT: return lo + ((hi - lo) * v) / 100;
    case InterpolationType.PERCENTILE: return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(((sorted.length - 1) * v) / 100))] : 0;
    default: return v;
  }
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The colour a fraction f of the way from a to b, as Sheets' colour scales blend. */
function mix(a: string, b: string, f: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i] - v) * f).toString(16).padStart(2, '0')).join('')}`;
}

/** The format a cell shows through its sheet's conditional-format rules, if any rule applies. */
export function conditionalFormatAt(sheet: EmuSheet, row: number, col: number): CellFormat | undefined {
  sheet.book.recalc();
  for (const rule of sheet.data.conditionalFormats) {
    if (!rule.getRanges().some((r) => contains(r.rect, row, col))) continue;
    const f = rule.formatAt(row, col);
    if (f) return f;
  }
  return undefined;
}
