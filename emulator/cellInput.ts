// What a value written by setValue(s) becomes in a cell, as when the runner types it: text that
// reads as a number, a boolean, a date (YYYY-MM-DD) or a time (h:mm[:ss]) is stored as one; a
// leading apostrophe keeps text as text; `=…` is a formula, and so is other text starting with + or −
// (as in Sheets); a Date is a date serial.

import { isDateValue } from '../src/core/days';
import { dayFromIsoText } from '../src/core/log/cells';
import type { Scalar, Workbook } from './workbook';

export interface Input {
  formula?: string;
  value?: Scalar;
  /** The format Sheets picks for a typed date or time when the cell has none. */
  format?: string;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TIME_TEXT = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const SERIAL_OF_1970 = 25_569;

export function toInput(book: Workbook, v: unknown): Input | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (isDateValue(v)) {
    const serial = book.serialOf(v);
    return { value: serial, format: Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const text = String(v);
  if (text.startsWith('=')) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed)) return { value: Number(trimmed) };
  // Sheets reads text starting with + or - as a formula, as if typed: "-felt good" shows an error.
  if (/^[+-]/.test(text)) return { formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed) };
  const day = dayFromIsoText(trimmed);
  if (day !== undefined && /^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) return { value: day + SERIAL_OF_1970, format: 'yyyy-mm-dd' };
  const time = TIME_TEXT.exec(trimmed);
  if (time) return { value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400, format: '[h]:mm:ss' };
  return { value: text };
}
