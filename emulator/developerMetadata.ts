// Developer metadata: key/value marks a script puts on a sheet (or the spreadsheet) that the runner
// never sees and that move with the sheet when it is renamed. Set up tracker marks the sheets it
// creates this way, so it can tell them from the runner's own sheets of the same name. A finder's
// find() is a round trip; the metadata it returns are read whole, so their getters are local.

import type { Emulates } from './gas';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import type { SheetData } from './workbook';

type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** One mark as stored: on a sheet (by its data) or on the spreadsheet (sheet undefined). */
export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  sheet?: SheetData;
}

export class EmuDeveloperMetadataLocation implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getSheet' | 'getSpreadsheet'> {
  constructor(private readonly record: MetadataRecord, private readonly spreadsheet: EmuSpreadsheet) {}

  getLocationType(): LocationType {
    return (this.record.sheet ? 'SHEET' : 'SPREADSHEET') as unknown as LocationType;
  }

  getSheet(): EmuSheet | null {
    return this.record.sheet ? this.spreadsheet.sheetOf(this.record.sheet) : null;
  }

  getSpreadsheet(): EmuSpreadsheet | null {
    return this.record.sheet ? null : this.spreadsheet;
  }
}

export class EmuDeveloperMetadata implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation'> {
  constructor(private readonly record: MetadataRecord, private readonly spreadsheet: EmuSpreadsheet) {}

  getId(): number {
    return this.record.id;
  }

  getKey(): string {
    return this.record.key;
  }

  getValue(): string | null {
    return this.record.value;
  }

  getVisibility(): Visibility {
    return this.record.visibility;
  }

  getLocation(): EmuDeveloperMetadataLocation {
    return new EmuDeveloperMetadataLocation(this.record, this.spreadsheet);
  }
}

type FinderMethods = 'find' | 'withId' | 'withKey' | 'withValue' | 'withLocationType' | 'withVisibility';

export class EmuDeveloperMetadataFinder implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, FinderMethods> {
  private readonly tests: ((r: MetadataRecord) => boolean)[] = [];

  constructor(private readonly spreadsheet: EmuSpreadsheet, private readonly records: () => MetadataRecord[]) {}

  private with(test: (r: MetadataRecord) => boolean): EmuDeveloperMetadataFinder {
    this.tests.push(test);
    return this;
  }

  withId(id: number) {
    return this.with((r) => r.id === id);
  }

  withKey(key: string) {
    return this.with((r) => r.key === key);
  }

  withValue(value: string) {
    return this.with((r) => r.value === value);
  }

  withLocationType(locationType: LocationType) {
    return this.with((r) => (r.sheet ? 'SHEET' : 'SPREADSHEET') === String(locationType));
  }

  withVisibility(visibility: Visibility) {
    return this.with((r) => r.visibility === visibility);
  }

  find(): EmuDeveloperMetadata[] {
    return this.records().filter((r) => this.tests.every((t) => t(r))).map((r) => new EmuDeveloperMetadata(r, this.spreadsheet));
  }
}

/** addDeveloperMetadata(key, [value], [visibility]): the value and visibility are told apart by type, as in Apps Script. */
export function metadataArgs(key: string, second?: unknown, third?: unknown): Omit<MetadataRecord, 'id' | 'sheet'> {
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  const value = second !== undefined && !isVisibility(second) ? String(second) : null;
  const visibility = (third ?? (isVisibility(second) ? second : 'DOCUMENT')) as Visibility;
  return { key, value, visibility };
}
