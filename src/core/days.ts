// Calendar days as integers (days since 1970-01-01) in the *spreadsheet's* time zone.
// Every date the tracker handles is reduced to such a day number once, at the edge; all
// arithmetic after that is integer arithmetic, immune to DST and to the script's own zone.

export type Day = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Day number of 1899-12-30, the zero of spreadsheet serial numbers. */
export const SERIAL_EPOCH_DAY = -25_569;
export const MIN_DAY = 0; // 1970-01-01
export const MAX_DAY = 47_846; // 2100-12-31

export const isDateValue = (v: unknown): v is Date =>
  // Values may come from another realm (Apps Script, vm contexts): no `instanceof`.
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';

/** Proleptic Gregorian y-m-d → day number (Howard Hinnant's days_from_civil). */
export function dayFromYmd(y: number, m: number, d: number): Day {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function ymdFromDay(day: Day): { y: number; m: number; d: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoFromDay(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export const weekdayOf = (day: Day): number => (((day + 3) % 7) + 7) % 7;

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** First day of the week containing `day`, weeks starting on `startWeekday` (0 = Mon … 6 = Sun). */
export const weekStartOf = (day: Day, startWeekday: number): Day =>
  day - ((weekdayOf(day) - startWeekday + 7) % 7);

export const monthOf = (day: Day): { y: number; m: number } => {
  const { y, m } = ymdFromDay(day);
  return { y, m };
};

/** First and last day of a calendar month. */
export function monthBounds(y: number, m: number): { first: Day; last: Day } {
  const first = dayFromYmd(y, m, 1);
  const next = m === 12 ? dayFromYmd(y + 1, 1, 1) : dayFromYmd(y, m + 1, 1);
  return { first, last: next - 1 };
}

const WEEK_MS = 7 * MS_PER_DAY;
const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

/** The offset of one week of UTC time: constant, or one change at `at` (zones never change twice in a week). */
interface WeekOffset {
  before: number;
  after: number;
  at: number;
}

/**
 * Converts instants to wall-clock time in one IANA zone and back. Offsets come from Intl (the
 * tz database Sheets uses too). Reading Intl costs microseconds, so offsets are cached per UTC
 * week, and a week whose two ends differ is bisected to the second of its transition.
 */
export class TimeZone {
  private readonly fmt: Intl.DateTimeFormat;
  private readonly weeks = new Map<number, WeekOffset>();

  /** @throws RangeError for a zone name Intl does not know. */
  constructor(readonly name: string) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  }

  /** Offset (local − UTC) in ms at instant `t`, read from Intl, to the whole second. */
  private exactOffset(t: number): number {
    const whole = Math.floor(t / 1000) * 1000;
    const m = WALL_CLOCK.exec(this.fmt.format(whole).replace(/\u202f|\u200e/g, ''));
    if (!m) throw new Error(`Unexpected date format for zone ${this.name}`);
    const y = m[4] === 'BC' ? 1 - Number(m[3]) : Number(m[3]);
    const local = dayFromYmd(y, Number(m[1]), Number(m[2])) * MS_PER_DAY + ((Number(m[5]) * 60 + Number(m[6])) * 60 + Number(m[7])) * 1000;
    return local - whole;
  }

  private week(w: number): WeekOffset {
    let o = this.weeks.get(w);
    if (o) return o;
    const start = w * WEEK_MS;
    // Neighbouring weeks share their boundary instant: read it from Intl once.
    const before = this.weeks.get(w - 1)?.after ?? this.exactOffset(start);
    const after = this.weeks.get(w + 1)?.before ?? this.exactOffset(start + WEEK_MS);
    let lo = start, hi = start + WEEK_MS; // offset(lo) = before, offset(hi) = after
    while (before !== after && hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (this.exactOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    o = { before, after, at: hi };
    this.weeks.set(w, o);
    return o;
  }

  private lastWeek = NaN;
  private last: WeekOffset = { before: 0, after: 0, at: 0 };

  offsetAt(t: number): number {
    const w = Math.floor(t / WEEK_MS);
    if (w !== this.lastWeek) {
      this.last = this.week(w);
      this.lastWeek = w;
    }
    return t < this.last.at ? this.last.before : this.last.after;
  }

  /** Local wall-clock time of instant `t` as ms since 1970-01-01T00:00 local. */
  wallClock(t: number): number {
    return t + this.offsetAt(t);
  }

  dayOf(t: number): Day {
    return Math.floor(this.wallClock(t) / MS_PER_DAY);
  }

  /**
   * The day a date cell's Date stands for: its local day — except on the eve of a day whose
   * midnight does not exist (DST starting at 00:00, e.g. Sao Paulo 2018-11-04). That day's serial
   * has no instant of its own; converted naively (offset read after the gap) it comes back as 23:00
   * of the day before, so that instant reads as the day it was written for. The other resolution,
   * 01:00 of the day itself, is its local day already.
   */
  cellDay(t: number): Day {
    const day = this.dayOf(t);
    if (this.wallClock(t) - day * MS_PER_DAY === 0) return day; // local midnight: the common cell
    const next = (day + 1) * MS_PER_DAY;
    const after = this.offsetAt(t + 2 * MS_PER_HOUR);
    return this.offsetAt(t) !== after && t + after === next ? day + 1 : day;
  }

  /** The first instant of calendar day `day`: local midnight, or the end of a DST gap at midnight. */
  startOf(day: Day): number {
    const wall = day * MS_PER_DAY;
    let t = wall - this.offsetAt(wall);
    t = wall - this.offsetAt(t);
    // In a gap at midnight the guess lands on the previous day: step forward by the jump.
    if (this.dayOf(t) < day) t += this.offsetAt(t + 2 * MS_PER_HOUR) - this.offsetAt(t);
    return t;
  }

  /** A Date at the start of `day`, as Sheets shows a date cell. */
  dateOf(day: Day): Date {
    return new Date(this.startOf(day));
  }
}

/**
 * tz.dateOf for days in increasing order, as a daily table lists them. The next day usually
 * starts 24 h after the last one: that guess is kept when it passes exactly the steps startOf
 * would take (two offset lookups instead of four), otherwise startOf decides.
 */
export function datesInOrder(tz: TimeZone): (day: Day) => Date {
  let lastDay = NaN;
  let lastStart = NaN;
  return (day) => {
    const next = lastStart + MS_PER_DAY;
    lastStart = day === lastDay + 1 && startsDay(tz, next, day) ? next : tz.startOf(day);
    lastDay = day;
    return new Date(lastStart);
  };
}

/** startOf(day) === t, by startOf's own steps: t is local midnight and the offset at the midnight's UTC reading agrees. */
function startsDay(tz: TimeZone, t: number, day: Day): boolean {
  const offset = tz.offsetAt(t);
  return t + offset === day * MS_PER_DAY && tz.offsetAt(t + offset) === offset;
}
