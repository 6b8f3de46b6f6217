// Loads the built dist/Code.js the way Apps Script does: one global scope, no require, process,
// timers or fetch. Formulas are called by name with values created inside that context, since
// Sheets hands a custom function values of its own realm (a Date there is not a Date here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = join(__dirname, '..', '..', 'dist', 'Code.js');

export interface AppsScriptStubs {
  /** The spreadsheet's zone; undefined means "no active spreadsheet". */
  spreadsheetZone?: string;
  scriptZone?: string;
  /** Extra globals (SpreadsheetApp etc.) replacing the defaults. */
  globals?: Record<string, unknown>;
}

export interface LoadedBundle {
  context: vm.Context;
  /** Calls a top-level function by name; arguments are copied into the context first. */
  call(name: string, ...args: unknown[]): unknown;
  /** A copy of `value` made inside the context (arrays and Dates of its realm), as Sheets passes values. */
  toInner(value: unknown): unknown;
  /** Every service call the code made, e.g. "SpreadsheetApp.getActiveSpreadsheet". */
  serviceCalls: string[];
}

export const readBundle = (): string => readFileSync(CODE_PATH, 'utf8');

/** A JSON-safe encoding that keeps Dates, so values can be rebuilt inside the context. */
const encode = (v: unknown): string =>
  JSON.stringify(v, function (this: Record<string, unknown>, key) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.getTime() };
    if (raw === undefined) return { $undefined: true };
    return raw;
  });

export function loadBundle(stubs: AppsScriptStubs = {}, code = readBundle()): LoadedBundle {
  const serviceCalls: string[] = [];
  const spreadsheet = stubs.spreadsheetZone === undefined ? null : {
    getSpreadsheetTimeZone: () => {
      serviceCalls.push('Spreadsheet.getSpreadsheetTimeZone');
      return stubs.spreadsheetZone;
    },
  };
  // An ordinary global object, as Apps Script's V8 has: node's default "contextified" global
  // routes every lookup of a builtin (Math, Number, Object…) through an interceptor, ~3× slower.
  const context = Object.assign(vm.createContext(vm.constants.DONT_CONTEXTIFY), {
    console,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => {
        serviceCalls.push('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
    },
    Session: {
      getScriptTimeZone: () => {
        serviceCalls.push('Session.getScriptTimeZone');
        return stubs.scriptZone ?? 'Etc/UTC';
      },
    },
    ...stubs.globals,
  }) as vm.Context;
  vm.runInContext(code, context, { filename: 'Code.js' });
  vm.runInContext(
    `this.__decode = (json) => JSON.parse(json, (k, v) =>
       v && typeof v === 'object' && '$date' in v ? new Date(v.$date) : v && typeof v === 'object' && v.$undefined ? undefined : v);`,
    context,
  );
  const toInner = (value: unknown): unknown => context.__decode(encode(value));
  const call = (name: string, ...args: unknown[]) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
    return toOuter(fn(...(toInner(args) as unknown[])));
  };
  return { context, call, toInner, serviceCalls };
}

/** Copies a result out of the context: Dates become this realm's Dates, arrays plain arrays. */
export function toOuter(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  if (Array.isArray(v)) return v.map(toOuter);
  return v;
}

/** The calendar date of a Date in a zone, as YYYY-MM-DD. */
export const dateIn = (d: unknown, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d as Date);
