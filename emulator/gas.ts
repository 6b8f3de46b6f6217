// Ties every emulated class to the @types/google-apps-script interface it stands for: a class
// declares `implements Emulates<GAS type, 'method' | …>`, so each method it offers has the real
// method's parameters and return type, with Apps Script's own classes replaced by the emulator's.
// Enums are the real enums' member names, typed as those enums.

import type { EmuSpreadsheet } from './spreadsheet';
import type { EmuSheet } from './sheet';
import type { EmuRange, EmuRangeList } from './range';
import type { EmuNamedRange } from './namedRanges';
import type { EmuBooleanCondition, EmuConditionalFormatRule, EmuConditionalFormatRuleBuilder, EmuGradientCondition } from './conditionalFormats';
import type { EmuDataValidation, EmuDataValidationBuilder } from './dataValidation';
import type { EmuChartOptions, EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts';
import type { EmuHtmlOutput, EmuMenu, EmuUi } from './ui';
import type { EmuLock, EmuProperties } from './services';
import type { EmuDeveloperMetadata, EmuDeveloperMetadataFinder, EmuDeveloperMetadataLocation } from './developerMetadata';

type GS = typeof GoogleAppsScript.Spreadsheet;
type S = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The emulator's class for an Apps Script type (arrays and unions included); other types as they are. */
export type Swap<T> = 0 extends 1 & T
  ? T
  : T extends S ? EmuSpreadsheet
  : T extends GoogleAppsScript.Spreadsheet.Sheet ? EmuSheet
  : T extends GoogleAppsScript.Spreadsheet.Range ? EmuRange
  : T extends GoogleAppsScript.Spreadsheet.RangeList ? EmuRangeList
  : T extends GoogleAppsScript.Spreadsheet.NamedRange ? EmuNamedRange
  : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder ? EmuConditionalFormatRuleBuilder
  : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule ? EmuConditionalFormatRule
  : T extends GoogleAppsScript.Spreadsheet.BooleanCondition ? EmuBooleanCondition
  : T extends GoogleAppsScript.Spreadsheet.GradientCondition ? EmuGradientCondition
  : T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder ? EmuDataValidationBuilder
  : T extends GoogleAppsScript.Spreadsheet.DataValidation ? EmuDataValidation
  : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder ? EmuDeveloperMetadataFinder
  : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation ? EmuDeveloperMetadataLocation
  : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadata ? EmuDeveloperMetadata
  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder ? EmuEmbeddedChartBuilder
  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart ? EmuEmbeddedChart
  : T extends GoogleAppsScript.Charts.ChartOptions ? EmuChartOptions
  : T extends GoogleAppsScript.Base.Ui ? EmuUi
  : T extends GoogleAppsScript.Base.Menu ? EmuMenu
  : T extends GoogleAppsScript.HTML.HtmlOutput ? EmuHtmlOutput
  : T extends GoogleAppsScript.Properties.Properties ? EmuProperties
  : T extends GoogleAppsScript.Lock.Lock ? EmuLock
  : T extends readonly (infer U)[] ? Swap<U>[]
  : T;

type SwapAll<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

/** The methods K of an Apps Script interface T, as the emulator implements them. */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: SwapAll<A>) => Swap<R> : T[P];
};

const enumOf = <E>(names: readonly string[]): E => Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as E;

export const BooleanCriteria = enumOf<GS['BooleanCriteria']>([
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]);

export const DeveloperMetadataLocationType = enumOf<GS['DeveloperMetadataLocationType']>(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const DeveloperMetadataVisibility = enumOf<GS['DeveloperMetadataVisibility']>(['DOCUMENT', 'PROJECT']);

export const InterpolationType = enumOf<GS['InterpolationType']>(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);

export const DataValidationCriteria = enumOf<GS['DataValidationCriteria']>([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR',
  'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);

export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
