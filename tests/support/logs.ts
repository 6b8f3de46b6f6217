// Log tables for tests, shaped as Sheets passes a range to a custom function: the header row
// first, then rows of numbers, strings, "" and Dates. Midnights are found by brute force from
// Intl, independently of the code under test.

export const HEADER = ['Date', 'Type', 'Distance', 'Duration', 'RPE', 'Sleep', 'HRV', 'Resting HR', 'Mood', 'Soreness', 'Notes'];

export interface Entry {
  date: string;
  type?: string;
  distance?: number | '';
  duration?: number | string | '';
  rpe?: number | '';
  sleep?: number | '';
  hrv?: number | '';
  rhr?: number | '';
  mood?: number | '';
  soreness?: number | '';
  notes?: string;
}

const midnights = new Map<string, Date>();
const formats = new Map<string, Intl.DateTimeFormat>();
const localDate = (t: number, zone: string) => {
  let f = formats.get(zone);
  if (!f) formats.set(zone, (f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(t);
};

/** The first instant of calendar day `iso` in `zone`, searched minute by minute around UTC midnight. */
export function midnight(iso: string, zone: string): Date {
  const key = `${iso}@${zone}`;
  let d = midnights.get(key);
  if (!d) {
    const [y, m, day] = iso.split('-').map(Number);
    const utc = Date.UTC(y, m - 1, day);
    let t = utc - 15 * 3600000;
    while (localDate(t, zone) < iso) t += 3600000;
    t -= 3600000;
    while (localDate(t, zone) < iso) t += 60000;
    midnights.set(key, (d = new Date(t)));
  }
  return d;
}

export function logTable(entries: Entry[], zone = 'Etc/UTC'): unknown[][] {
  return [
    HEADER,
    ...entries.map((e) => [
      midnight(e.date, zone), e.type ?? '', e.distance ?? '', e.duration ?? '', e.rpe ?? '',
      e.sleep ?? '', e.hrv ?? '', e.rhr ?? '', e.mood ?? '', e.soreness ?? '', e.notes ?? '',
    ]),
  ];
}

/** ISO day `n` days after `iso`. */
export const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
