// The line between the script (dist/Code.js in its vm context) and the emulator. Every emulator
// object the script gets is a proxy that counts each method call — as a round trip, or as a
// builder call when it only builds a local object — refuses the calls Apps Script refuses in the
// current authorization mode, and hands values over in the script's own realm (its Dates and
// Arrays), as Apps Script does.

import type { AuthModeName } from './gas';

/** Service calls by name, e.g. `Range.getValues`. */
export class ServiceCalls {
  private readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** How many calls were made (only those whose name passes `filter`, when given). */
  total(filter: (name: string) => boolean = () => true): number {
    let n = 0;
    for (const [name, count] of this.counts) if (filter(name)) n += count;
    return n;
  }

  byName(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/** The script context's own constructors. */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

const SPREADSHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'NamedRange']);
/**
 * Objects Apps Script builds in the script itself, without a round trip: builders, what they build
 * (rules, conditions, validations), a chart's options; and the methods that start a builder.
 */
const LOCAL_CLASSES = new Set([
  'ConditionalFormatRuleBuilder', 'ConditionalFormatRule', 'BooleanCondition', 'GradientCondition',
  'DataValidationBuilder', 'DataValidation', 'EmbeddedChartBuilder', 'ChartOptions',
  // Developer metadata: a finder is built locally and only its find() reaches the spreadsheet; what it
  // finds comes back whole (key, value, location), so reading it costs nothing more.
  'DeveloperMetadataFinder', 'DeveloperMetadata', 'DeveloperMetadataLocation',
]);
const LOCAL_METHODS = new Set([
  'SpreadsheetApp.newConditionalFormatRule', 'SpreadsheetApp.newDataValidation', 'Sheet.newChart', 'Spreadsheet.createDeveloperMetadataFinder',
]);
const ROUND_TRIPS = new Set(['DeveloperMetadataFinder.find']);
const isLocal = (label: string, method: string) => !ROUND_TRIPS.has(`${label}.${method}`) && (LOCAL_CLASSES.has(label) || LOCAL_METHODS.has(`${label}.${method}`));
/** What a custom function may not do: change the spreadsheet or show anything. */
const WRITES = /^(set|insert|delete|remove|clear|add|update|toast|activate)/;
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi']);

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export class Boundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  mode: AuthModeName = 'FULL';
  /** Round trips made by the script's functions (menu items, triggers, sidebar calls). */
  readonly calls = new ServiceCalls();
  /** Calls the script's functions made on builders and the objects they build (no round trip). */
  readonly builderCalls = new ServiceCalls();
  /** Calls made by custom formulas while the sheet recalculates. */
  readonly customFunctionCalls = new ServiceCalls();

  /** Runs once right after the script's next call of that name: the runner acting mid-execution. */
  private readonly after = new Map<string, () => void>();

  constructor(private readonly realm: Realm) {}

  /** Calls `f` once, just after the script's next call named `name` (e.g. 'Range.getValues') returns. */
  onceAfter(name: string, f: () => void): void {
    this.after.set(name, f);
  }

  /** Runs f in an authorization mode, then returns to the previous one. */
  inMode<T>(mode: AuthModeName, f: () => T): T {
    const before = this.mode;
    this.mode = mode;
    try {
      return f();
    } finally {
      this.mode = before;
    }
  }

  private check(label: string, method: string): void {
    const name = `${label}.${method}`;
    const refused =
      (this.mode === 'NONE' && !NONE_ALLOWED.has(name) && label !== 'Ui' && label !== 'Menu') ||
      (this.mode === 'CUSTOM_FUNCTION' && (label === 'Ui' || label === 'Menu' || method === 'getUi' || (SPREADSHEET_CLASSES.has(label) && WRITES.test(method))));
    if (refused) throw new Error(`Exception: You do not have permission to call ${name} (authorization mode ${this.mode}).`);
  }

  /** An emulator object as the script sees it; `label` names its class in the call counts. */
  expose<T extends object>(target: T, label = target.constructor.name.replace(/^Emu/, '')): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v = Reflect.get(t, prop, t);
        if (typeof v !== 'function' || typeof prop === 'symbol') return v;
        return (...args: unknown[]) => {
          this.check(label, prop);
          const counter = this.mode === 'CUSTOM_FUNCTION' ? this.customFunctionCalls : isLocal(label, prop) ? this.builderCalls : this.calls;
          counter.record(`${label}.${prop}`);
          const result = this.toScript(v.apply(t, args.map((a) => this.fromScript(a))));
          const hook = this.after.get(`${label}.${prop}`);
          this.after.delete(`${label}.${prop}`);
          hook?.();
          return result;
        };
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** A host value for the script: Dates and arrays of its realm, emulator objects behind proxies. */
  toScript(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (isDate(v)) return new this.realm.Date(v.getTime());
    if (Array.isArray(v)) return this.realm.Array.from(v, (x) => this.toScript(x));
    if (v.constructor?.name.startsWith('Emu')) return this.expose(v);
    if (Object.getPrototypeOf(v) === Object.prototype) {
      return Object.assign(new this.realm.Object(), Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.toScript(x)])));
    }
    return v;
  }

  /** A script value for the emulator: proxies become their objects, Dates and arrays the host's. */
  fromScript(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    const target = this.targets.get(v);
    if (target) return target;
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return v.map((x) => this.fromScript(x));
    if (Object.prototype.toString.call(v) === '[object Object]' && Object.getPrototypeOf(Object.getPrototypeOf(v)) === null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.fromScript(x)]));
    }
    return v;
  }
}
