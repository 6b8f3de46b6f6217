// The global services besides the spreadsheet: SpreadsheetApp, PropertiesService, LockService,
// Session, ScriptApp and Charts.

import { AuthMode, BooleanCriteria, ChartType, DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, Emulates, InterpolationType } from './gas';
import { EmuConditionalFormatRuleBuilder } from './conditionalFormats';
import { EmuDataValidationBuilder } from './dataValidation';
import { EmuUi, UiLog } from './ui';
import type { EmuSpreadsheet } from './spreadsheet';

type AppMethods =
  | 'BooleanCriteria' | 'InterpolationType' | 'DataValidationCriteria' | 'DeveloperMetadataLocationType' | 'DeveloperMetadataVisibility'
  | 'getActive' | 'getActiveSpreadsheet' | 'getUi' | 'flush' | 'newConditionalFormatRule' | 'newDataValidation';

export class EmuSpreadsheetApp implements Emulates<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;

  constructor(private readonly spreadsheet: EmuSpreadsheet, private readonly ui: UiLog) {}

  getActive(): EmuSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): EmuSpreadsheet {
    return this.spreadsheet;
  }

  getUi(): EmuUi {
    return new EmuUi(this.ui);
  }

  /** Writes are applied at once in the emulator; flush only brings formulas up to date. */
  flush(): void {
    this.spreadsheet.book.recalc();
  }

  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder();
  }

  newDataValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder();
  }
}

type PropertiesMethods = 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties' | 'getKeys';

export class EmuProperties implements Emulates<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  readonly store = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): EmuProperties {
    this.store.set(key, String(value));
    return this;
  }

  deleteProperty(key: string): EmuProperties {
    this.store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): EmuProperties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class EmuPropertiesService
  implements Emulates<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'> {
  readonly document = new EmuProperties();
  readonly user = new EmuProperties();
  readonly script = new EmuProperties();
  getDocumentProperties = () => this.document;
  getUserProperties = () => this.user;
  getScriptProperties = () => this.script;
}

/**
 * A lock of one kind. The emulator runs one execution at a time, so contention is simulated: while
 * `heldElsewhere` is set, another execution holds the lock and waiting for it times out.
 */
export class EmuLock implements Emulates<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  heldElsewhere = false;
  private held = false;

  tryLock(_timeoutInMillis: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    this.held = false;
  }

  hasLock(): boolean {
    return this.held;
  }
}

export class EmuLockService implements Emulates<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly document = new EmuLock();
  readonly script = new EmuLock();
  readonly user = new EmuLock();
  getDocumentLock = () => this.document;
  getScriptLock = () => this.script;
  getUserLock = () => this.user;
}

export class EmuSession implements Emulates<GoogleAppsScript.Base.Session, 'getScriptTimeZone'> {
  constructor(private readonly scriptTimeZone: string) {}
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}

export const SCRIPT_APP = { AuthMode } satisfies Emulates<GoogleAppsScript.Script.ScriptApp, 'AuthMode'>;
export const CHARTS = { ChartType } satisfies Emulates<GoogleAppsScript.Charts.Charts, 'ChartType'>;
