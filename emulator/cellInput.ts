// What a value written by setValue(s) becomes in a cell, as when the runner types it: `=…` is a
// formula; a leading apostrophe keeps text as text; text Sheets reads as a number, percentage,
// amount, date, time, boolean or error literal is stored as one (the forms: typedForms.ts); other
// text starting with +, − or @ is a formula too (as in Sheets); a Date is a date serial.

import { isDateValue } from '../src/core/days';
import { parseTyped } from './typedForms';
import type { Scalar, Workbook } from './workbook';

export interface Input {
  formula?: string;
  value?: Scalar;
  /** The format Sheets picks for a typed date, time, percentage or amount when the cell has none. */
  format?: string;
}

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
  const typed = parseTyped(text, new Date().getUTCFullYear());
  if (typed?.kind === 'error') return { formula: `=${typed.code}` };
  if (typed) return typed.kind === 'number' && typed.format ? { value: typed.value, format: typed.format } : { value: typed.value };
  // Sheets reads text starting with + or - as a formula, as if typed: "-felt good" shows an error;
  // "@" starts one too (Excel's implicit-intersection mark, which Sheets accepts when typed).
  if (/^[+-]/.test(text)) return { formula: `=${text}` };
  if (text.startsWith('@')) return { formula: `=${text.slice(1)}` };
  return { value: text };
}
