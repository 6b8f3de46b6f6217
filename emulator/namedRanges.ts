// NamedRange: a name for a range, usable in formulas (HyperFormula knows it as a named expression).

import { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';
import type { Emulates } from './gas';

/** Sheets' rule: letters, digits and underscores, not starting with a digit, not like a cell reference. */
export function checkRangeName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    throw new Error(`Exception: Invalid name "${name}": use letters, digits and underscores, not a cell reference.`);
  }
}

export class EmuNamedRange implements Emulates<GoogleAppsScript.Spreadsheet.NamedRange, 'getName' | 'getRange' | 'setRange' | 'remove'> {
  constructor(private readonly spreadsheet: EmuSpreadsheet, private readonly name: string) {}

  getName(): string {
    return this.name;
  }

  getRange(): EmuRange {
    const range = this.spreadsheet.getRangeByName(this.name);
    if (!range) throw new Error(`The named range ${this.name} was removed.`);
    return range;
  }

  setRange(range: EmuRange): EmuNamedRange {
    this.spreadsheet.book.setNamedRange(this.name, range.sheet.data, range.rect);
    return this;
  }

  remove(): void {
    this.spreadsheet.book.removeNamedRange(this.name);
  }
}
