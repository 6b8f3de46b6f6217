// The add-on's conditional-format rules on a sheet. The runner's own rules stay as they are, in
// their order and first (so they win where both apply); the add-on's — recognised by their ranges
// and condition, whatever colours the runner gave them — are replaced by fresh ones.

import { Area, RangeMap, a1, openEnded, rangesOf } from './area';
import { Condition } from './zones';
import { Swatch } from './palette';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export interface GradientPoint {
  at: number;
  color: string;
}

export interface RuleSpec {
  where: Area[];
  condition: Condition | { gradient: readonly GradientPoint[] };
  swatch?: Swatch;
}

const rangesKey = (a1s: string[]) => a1s.map(openEnded).join(',');
const conditionKey = (criteria: string, values: readonly unknown[]) => `${criteria}:${values.map(String).join('|')}`;

function specKey(spec: RuleSpec): string {
  const c = spec.condition;
  const cond = 'gradient' in c ? conditionKey('GRADIENT', [c.gradient[0].at, c.gradient[c.gradient.length - 1].at]) : conditionKey(c.criteria, c.values);
  return `${rangesKey(spec.where.map(a1))}#${cond}`;
}

function ruleKey(rule: Rule): string {
  const ranges = rangesKey(rule.getRanges().map((r) => r.getA1Notation()));
  const bool = rule.getBooleanCondition();
  if (bool) return `${ranges}#${conditionKey(String(bool.getCriteriaType()), bool.getCriteriaValues())}`;
  const g = rule.getGradientCondition();
  return `${ranges}#${g ? conditionKey('GRADIENT', [g.getMinValue(), g.getMaxValue()]) : ''}`;
}

function build(ranges: RangeMap, spec: RuleSpec): Rule {
  const b = SpreadsheetApp.newConditionalFormatRule().setRanges(spec.where.map((w) => ranges.get(a1(w))!));
  const c = spec.condition;
  if ('gradient' in c) {
    const [min, mid, max] = c.gradient;
    const type = SpreadsheetApp.InterpolationType.NUMBER;
    b.setGradientMinpointWithValue(min.color, type, String(min.at)).setGradientMidpointWithValue(mid.color, type, String(mid.at)).setGradientMaxpointWithValue(max.color, type, String(max.at));
    return b.build();
  }
  const [x, y] = c.values;
  if (c.criteria === 'TEXT_EQUAL_TO') b.whenTextEqualTo(x as string);
  if (c.criteria === 'CUSTOM_FORMULA') b.whenFormulaSatisfied(x as string);
  if (c.criteria === 'NUMBER_GREATER_THAN') b.whenNumberGreaterThan(x as number);
  if (c.criteria === 'NUMBER_LESS_THAN') b.whenNumberLessThan(x as number);
  if (c.criteria === 'NUMBER_BETWEEN') b.whenNumberBetween(x as number, y as number);
  const s = spec.swatch!;
  b.setBackground(s.background).setFontColor(s.text);
  if (s.bold) b.setBold(true);
  return b.build();
}

/**
 * Replaces the add-on's rules on the sheet and keeps the runner's (a sheet setup has just inserted
 * has none, and is not read); returns how many of the runner's were kept. `retired`: rules an earlier
 * version wrote and this one does not, dropped like the add-on's own.
 */
export function ensureRules(sheet: Sheet, specs: readonly RuleSpec[], created: boolean, fetched?: RangeMap, retired: readonly RuleSpec[] = []): number {
  const ours = new Set([...specs, ...retired].map(specKey));
  const theirs = created ? [] : sheet.getConditionalFormatRules().filter((r) => !ours.has(ruleKey(r)));
  const ranges = fetched ?? rangesOf(sheet, specs.flatMap((s) => s.where));
  sheet.setConditionalFormatRules([...theirs, ...specs.map((s) => build(ranges, s))]);
  return theirs.length;
}
