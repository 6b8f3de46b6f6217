// Date-times as exports write them: ISO `2025-05-26 17:40:55` / `2026-03-04T16:59:40Z`, Strava's
// English `Oct 6, 2022, 11:19:20 PM` (also `6 Oct 2022, 23:19:20`) and German `21.07.2026, 15:09:27`.
// Whether a time is UTC (Strava) or local (Garmin, intervals.icu) is the format's business:
// a local time is taken as written (`asWritten`); `inZone` puts a UTC time on the spreadsheet's clock.

import { Day, TimeZone, dayFromYmd, ymdFromDay } from '../days';

export interface WrittenTime {
  /** The calendar day as written. */
  day: Day;
  /** Milliseconds after midnight as written. */
  ms: number;
  /** Offset from UTC the text states (`Z`, `+02:00`), in ms. */
  offset?: number;
  /** The text states no time of day (`ms` is 0). */
  untimed?: true;
}

/** Where an activity lands in the Log: its day and, when the export says, its start (minutes after midnight). */
export interface LocalTime {
  day: Day;
  start?: number;
}

const TIME = String.raw`(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`);
const MONTH_FIRST = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})${TIME}$`);

function validDay(y: number, m: number, d: number): Day | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const day = dayFromYmd(y, m, d);
  return ymdFromDay(day).d === d ? day : undefined;
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** 1–12 for an English month name or its abbreviation ("Oct", "Sept"), 0 for anything else. */
const monthOf = (name: string): number => {
  const n = name.toLowerCase();
  return MONTHS.findIndex((full) => n.length >= 3 && full.startsWith(n)) + 1;
};

function written(y: number, m: number, d: number, t: (string | undefined)[]): WrittenTime | undefined {
  const day = validDay(y, m, d);
  if (day === undefined) return undefined;
  let h = Number(t[0] ?? 0);
  const min = Number(t[1] ?? 0);
  const s = Number(t[2] ?? 0);
  const ampm = t[3]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return undefined;
  const w: WrittenTime = { day, ms: ((h * 60 + min) * 60 + s) * 1000 };
  if (t[0] === undefined) w.untimed = true;
  return w;
}

/** The date and time a cell states, or undefined when it is none of the known forms. */
export function parseDateTime(text: string): WrittenTime | undefined {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const w = written(Number(m[1]), Number(m[2]), Number(m[3]), [m[4], m[5], m[6]]);
    if (w && m[7]) {
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(m[7]);
      w.offset = z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60_000 : 0;
    }
    return w;
  }
  if ((m = DOTTED.exec(s))) return written(Number(m[3]), Number(m[2]), Number(m[1]), m.slice(4));
  if ((m = MONTH_FIRST.exec(s))) return written(Number(m[3]), monthOf(m[1]), Number(m[2]), m.slice(4));
  if ((m = DAY_FIRST.exec(s))) return written(Number(m[3]), monthOf(m[2]), Number(m[1]), m.slice(4));
  return undefined;
}

const MS_PER_DAY = 86_400_000;
const startOf = (ms: number, w: WrittenTime): number | undefined => (w.untimed ? undefined : Math.floor(ms / 60_000));

/** A local time (Garmin, intervals.icu): the day and time as written. */
export const asWritten = (w: WrittenTime): LocalTime => ({ day: w.day, start: startOf(w.ms, w) });

/** A UTC time (or one with a stated offset) on the spreadsheet's calendar and clock. */
export function inZone(w: WrittenTime, tz: TimeZone): LocalTime {
  const wall = tz.wallClock(w.day * MS_PER_DAY + w.ms - (w.offset ?? 0));
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, start: startOf(wall - day * MS_PER_DAY, w) };
}
