// An independent reading of an export file — not src/core/import — for `npm run test:exports`:
// which export it is, and per row the day, type, whether it is a run, metres and seconds, so the
// import's result can be checked against it. It knows the layouts (docs/import.md), not the code.
import { csvRecords } from '../../tests/support/csvReader';

export type Source = 'strava' | 'garmin' | 'intervals-activities' | 'intervals-wellness';

export interface Entry {
  /** The row's position among the data rows. */
  row: number;
  /** The day in the spreadsheet's zone, YYYY-MM-DD. */
  day: string;
  type: string;
  run: boolean;
  metres?: number;
  seconds?: number;
  /** Minutes after midnight it started, on the spreadsheet's clock. */
  start?: number;
  sleepHours?: number;
}

export interface Reading {
  source: Source;
  /** Data rows in the file. */
  rows: number;
  /** One per row the checker could read (a date, and a type or a wellness value). */
  entries: Entry[];
  /** Rows the checker could not read, with why: the import is expected to skip them. */
  unreadable: string[];
  /** Garmin: the distance unit and how it was told. */
  garminUnit?: { unit: 'mi' | 'km'; from: 'strides' | 'assumed' };
}

const METRES = { mi: 1609.344, km: 1000 };
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** A word without its accents: exports re-saved as plain text lose them ("Löpning" → "lopning"). */
const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
const wordSet = (ws: string[]) => new Set(ws.map(plain));
/** Run words of the exports' languages (treadmill ones too); a type is a run when one of its words is one. */
const RUN_WORDS = wordSet(['run', 'running', 'trailrun', 'virtualrun', 'lauf', 'laufen', 'traillauf', 'laufband', 'laufbandtraining', 'løb', 'løping', 'löpning', 'löpband',
  'terrængløb', 'trailløb', 'terrengløping', 'traillöpning', 'terränglöpning', 'hardlopen', 'trailrunning', 'course', 'carrera', 'cinta', 'corsa',
  'corrida', 'esteira', 'bieg', 'bieganie', 'juoksu', 'polkujuoksu', 'běh', 'futás', 'terepfutás']);
const SWIM_WORDS = wordSet(['swim', 'swimming', 'svømning', 'poolsvømning', 'svømming', 'bassengsvømming', 'simning', 'schwimmen', 'schwimmbadschwimmen',
  'natação', 'natación', 'natation', 'nuoto', 'zwemmen', 'zwembadzwemmen', 'uinti', 'allasuinti', 'pływanie', 'plavání', 'úszás', 'basseng']);
const ROW_WORDS = wordSet(['rowing', 'roning', 'rudern', 'roing', 'rodd', 'inomhusrodd', 'remo', 'aviron', 'canottaggio', 'roeien', 'sisäsoutu', 'wioślarstwo', 'veslování', 'evezés']);
const words = (type: string) => plain(type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export const isRunType = (type: string): boolean => words(type).some((w) => RUN_WORDS.has(w));
const isOneOf = (type: string, set: Set<string>) => words(type).some((w) => set.has(w));

const dayFormat = new Map<string, Intl.DateTimeFormat>();
/** The day of a UTC instant in `zone`. */
function dayIn(ms: number, zone: string): string {
  let f = dayFormat.get(zone);
  if (!f) dayFormat.set(zone, (f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(ms);
}

const clockFormat = new Map<string, Intl.DateTimeFormat>();
/** The minute of the day of a UTC instant in `zone`. */
function minuteIn(ms: number, zone: string): number {
  let f = clockFormat.get(zone);
  if (!f) clockFormat.set(zone, (f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  const [h, m] = f.format(ms).split(':').map(Number);
  return h * 60 + m;
}

/** The minute of the day a local `YYYY-MM-DD hh:mm…` text states. */
const localMinute = (s: string): number | undefined => {
  const m = /^\d{4}-\d\d-\d\d[ T](\d{1,2}):(\d\d)/.exec(s.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
};

/** A UTC time as Strava writes it ("Oct 6, 2022, 11:19:20 PM", "21.07.2026, 15:09:27", "2022-10-06 23:19:20") → ms. */
function stravaUtc(s: string): number | undefined {
  let m = /^(\w{3})\w* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d\d):(\d\d) ?([AP]M)?$/i.exec(s.trim());
  if (m) {
    const month = MONTHS.indexOf(m[1].toLowerCase());
    const hour = m[7] ? (Number(m[4]) % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0) : Number(m[4]);
    return month < 0 ? undefined : Date.UTC(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6]));
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? (\d{1,2}):(\d\d):(\d\d)$/.exec(s.trim());
  if (m) return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)Z?$/.exec(s.trim());
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return undefined;
}

/** A number written with `decimal` as its decimal mark, thousands separators allowed; undefined for blank or `--`. */
function num(s: string | undefined, decimal: '.' | ','): number | undefined {
  const t = (s ?? '').trim();
  if (t === '' || /^-+$/.test(t)) return undefined;
  const plain = decimal === '.' ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** hh:mm:ss(.t) or mm:ss (tenths after a point or comma) → seconds; undefined for `--` or `--:--:--`. */
function clock(s: string | undefined): number | undefined {
  const t = (s ?? '').trim().replace(',', '.');
  if (!/^\d+(:\d\d){1,2}(\.\d+)?$/.test(t)) return undefined;
  return t.split(':').reduce((a, x) => a * 60 + Number(x), 0);
}

/** YYYY-MM-DD of a local `YYYY-MM-DD…`, or of a `D.M.YYYY` date as a spreadsheet re-saves it. */
const localDay = (s: string) => {
  const t = s.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (dotted) return `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
  return /^\d{4}-\d\d-\d\d/.test(t) ? t.slice(0, 10) : undefined;
};

function readStrava(header: string[], rows: string[][], zone: string, out: Reading): void {
  const pre2019 = header[0] === 'id' && header[1] === 'date';
  const at = pre2019
    ? { date: 1, type: 3, metres: header.indexOf('distance'), moving: -1, elapsed: header.indexOf('elapsed_time') }
    : { date: 1, type: 3, metres: 17, moving: 16, elapsed: 15 };
  // Metres and seconds have no thousands separators; German writes a decimal comma.
  const plain = (s?: string) => num((s ?? '').replace(',', '.'), '.');
  for (const [row, r] of rows.entries()) {
    const ms = stravaUtc(r[at.date] ?? '');
    const type = (r[at.type] ?? '').trim();
    if (ms === undefined || !type) {
      out.unreadable.push(`row ${row + 1}: date ${JSON.stringify(r[at.date])}`);
      continue;
    }
    out.entries.push({ row, day: dayIn(ms, zone), start: minuteIn(ms, zone), type, run: isRunType(type), metres: plain(r[at.metres]), seconds: plain(r[at.moving]) || plain(r[at.elapsed]) });
  }
}

function readGarmin(header: string[], rows: string[][], tracker: 'mi' | 'km', out: Reading): void {
  const english = header[0] === 'Activity Type';
  const favorite = rows.every((r) => /^(true|false)$/i.test(r[2] ?? ''));
  const distanceAt = favorite ? 4 : 3;
  const timeAt = distanceAt + 2;
  // Distances carry two decimals ("2.49", "2,49"): their mark is the file's (Brazilian exports write English numbers).
  const twoDecimals = rows.map((r) => /^\d+([.,])\d\d$/.exec((r[distanceAt] ?? '').trim())).find((m) => m);
  const decimal = twoDecimals ? (twoDecimals[1] as '.' | ',') : english ? '.' : ',';
  const named = (names: string[]) => header.findIndex((h) => names.includes(h));
  const steps = named(['Steps', 'Skridt', 'Skritt', 'Steg', 'Schritte', 'Stappen', 'Pas', 'Pasos', 'Passos', 'Passi', 'Kroki', 'Kroky', 'Askeleet', 'Lépések']);
  const stride = named(['Avg Stride Length', 'Gns. skridtlængde', 'Gjennomsnittlig skrittlengde', 'Medelsteglängd', 'Ø Schrittlänge',
    'Longueur moyenne des foulées', 'Longitud media de zancada', 'Comprimento médio da passada', 'Średnia długość kroku', 'Átlagos lépéshossz', 'Askeleen keskipituus']);
  const moving = named(['Moving Time', 'Tid i bevegelse', 'Färdtid', 'Zeit in Bewegung', 'Temps de déplacement', 'Tiempo en movimiento',
    'Tempo em movimento', 'Czas ruchu', 'Menetidő']);
  // The unit the file never states: steps × stride (metres) ÷ distance of the rows that have both,
  // among those that moved at least 90 % of their time (a stop-and-go session's steps outrun its stride).
  const ratios = steps < 0 || stride < 0 ? [] : rows.flatMap((r) => {
    const [n, len, d] = [num(r[steps], decimal), num(r[stride], decimal), num(r[distanceAt], decimal)];
    const [t, m] = [clock(r[timeAt]), moving < 0 ? undefined : clock(r[moving])];
    return n && len && d && !(t && m !== undefined && m < 0.9 * t) ? [(n * len) / d] : [];
  }).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  out.garminUnit = median
    ? { unit: Math.abs(median - METRES.mi) < Math.abs(median - METRES.km) ? 'mi' : 'km', from: 'strides' }
    : { unit: english ? tracker : 'km', from: 'assumed' };
  const unitMetres = METRES[out.garminUnit.unit];
  for (const [row, r] of rows.entries()) {
    const day = localDay(r[1] ?? '');
    const type = (r[0] ?? '').trim();
    if (!day || !type) {
      out.unreadable.push(`row ${row + 1}: date ${JSON.stringify(r[1])}`);
      continue;
    }
    const d = num(r[distanceAt], decimal);
    // Rows in metres; pool swims (above 50) in yards from a miles account, metres from a km one.
    const poolSwim = isOneOf(type, SWIM_WORDS) && d !== undefined && d > 50;
    const each = isOneOf(type, ROW_WORDS) ? 1 : poolSwim ? (out.garminUnit.unit === 'mi' ? 0.9144 : 1) : unitMetres;
    out.entries.push({ row, day, start: localMinute(r[1] ?? ''), type, run: isRunType(type), metres: d === undefined ? undefined : d * each, seconds: clock(r[timeAt]) });
  }
}

function readIntervalsActivities(header: string[], rows: string[][], out: Reading): void {
  const col = (name: string) => header.indexOf(name);
  const [date, type, distance, moving, elapsed] = ['start_date_local', 'type', 'distance', 'moving_time', 'elapsed_time'].map(col);
  for (const [row, r] of rows.entries()) {
    const day = localDay(r[date] ?? '');
    const t = (r[type] ?? '').trim();
    if (!day || !t) {
      out.unreadable.push(`row ${row + 1}: date ${JSON.stringify(r[date])}`);
      continue;
    }
    out.entries.push({ row, day, start: localMinute(r[date] ?? ''), type: t, run: isRunType(t), metres: num(r[distance], '.'), seconds: num(r[moving], '.') || num(r[elapsed], '.') });
  }
}

function readWellness(header: string[], rows: string[][], out: Reading): void {
  const col = (name: string) => header.indexOf(name);
  const values = ['sleepSecs', 'hrv', 'restingHR', 'mood', 'soreness'].map(col).filter((i) => i >= 0);
  const sleep = col('sleepSecs');
  for (const [row, r] of rows.entries()) {
    const day = localDay(r[0] ?? '');
    if (!day) {
      out.unreadable.push(`row ${row + 1}: date ${JSON.stringify(r[0])}`);
      continue;
    }
    if (values.every((i) => (r[i] ?? '').trim() === '')) {
      out.unreadable.push(`row ${row + 1}: no wellness value`);
      continue;
    }
    const secs = sleep < 0 ? undefined : num(r[sleep], '.');
    out.entries.push({ row, day, type: '', run: false, sleepHours: secs === undefined ? undefined : secs / 3600 });
  }
}

/** Which export a header is, by the layouts alone; undefined when none. */
export function sourceOf(header: readonly string[], rows: readonly string[][]): Source | undefined {
  if (header[0] === 'date' && ['sleepSecs', 'restingHR', 'hrv'].some((c) => header.includes(c))) return 'intervals-wellness';
  if (header.includes('start_date_local')) return 'intervals-activities';
  // Strava: the post-2019 layout repeats Elapsed Time (5, 15) and Distance (6, 17) in any language.
  if ((header[0] === 'id' && header[1] === 'date') || (header.length > 43 && header[5] === header[15] && header[6] === header[17])) return 'strava';
  // Garmin: a type, then a local date and time (or a date alone, as a spreadsheet re-saves it).
  if (rows.length > 0 && rows.every((r) => /^(\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?|\d{1,2}\.\d{1,2}\.\d{4})$/.test((r[1] ?? '').trim()))) return 'garmin';
  return undefined;
}

/** The reading of an export, dated in `zone`, with the tracker's unit for a Garmin file that cannot tell. */
export function readExport(text: string, zone: string, tracker: 'mi' | 'km'): Reading | string {
  // A file re-saved by a spreadsheet in a decimal-comma locale is separated by semicolons.
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const [header = [], ...records] = csvRecords(text, firstLine.split(';').length > firstLine.split(',').length ? ';' : ',');
  const rows = records.filter((r) => r.some((c) => c.trim() !== ''));
  const source = sourceOf(header, rows);
  if (!source) return `not an export this check knows (columns ${header.slice(0, 4).map((h) => JSON.stringify(h)).join(', ')}, …)`;
  const out: Reading = { source, rows: rows.length, entries: [], unreadable: [] };
  if (source === 'strava') readStrava(header, rows, zone, out);
  else if (source === 'garmin') readGarmin(header, rows, tracker, out);
  else if (source === 'intervals-activities') readIntervalsActivities(header, rows, out);
  else readWellness(header, rows, out);
  return out;
}

/**
 * Entries that repeat an earlier one: wellness on the same day; an activity on the same day, of the
 * same type, within a minute and 1 % (or 50 m) of it, and started within a minute of it when both say
 * when — the same session uploaded twice (two sessions of one day that started apart are two).
 */
export function repeats(entries: readonly Entry[]): Set<Entry> {
  const out = new Set<Entry>();
  const kept = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.day}|${e.type}`;
    const earlier = kept.get(key) ?? [];
    const same = earlier.some((p) => e.type === '' || (Math.abs((p.seconds ?? 0) - (e.seconds ?? 0)) <= 60
      && Math.abs((p.metres ?? 0) - (e.metres ?? 0)) <= Math.max(50, 0.01 * (e.metres ?? 0))
      && (p.start === undefined || e.start === undefined || Math.abs(p.start - e.start) <= 1)));
    if (same) out.add(e);
    else kept.set(key, [...earlier, e]);
  }
  return out;
}
