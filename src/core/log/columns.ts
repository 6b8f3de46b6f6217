// The Log's columns: the header texts each one answers to (formulas.md, "The log table").

export const COLUMNS = {
  date: { title: 'Date', names: ['date', 'day'] },
  type: { title: 'Type', names: ['type', 'session', 'activity', 'activity type', 'sport', 'session type'] },
  distance: { title: 'Distance', names: ['distance', 'miles', 'mi', 'km', 'dist'] },
  duration: { title: 'Duration', names: ['duration', 'minutes', 'time', 'mins', 'min'] },
  rpe: { title: 'RPE', names: ['rpe', 'effort', 'perceived exertion'] },
  sleep: { title: 'Sleep', names: ['sleep', 'sleep hours', 'hours slept'] },
  hrv: { title: 'HRV', names: ['hrv', 'rmssd'] },
  rhr: { title: 'Resting HR', names: ['resting hr', 'rhr', 'resting heart rate'] },
  mood: { title: 'Mood', names: ['mood'] },
  soreness: { title: 'Soreness', names: ['soreness'] },
  notes: { title: 'Notes', names: ['notes', 'note', 'comments', 'comment'] },
  // Read when present; the import adds them (at the right of the header) when an export fills them.
  avgHr: { title: 'Avg HR', names: ['avg hr', 'average heart rate', 'avg heart rate', 'hr'], optional: true },
  /** Feet when the distance unit is miles, metres when km. */
  elevation: { title: 'Elevation gain', names: ['elevation gain', 'elevation', 'elev gain', 'ascent', 'total ascent', 'vert', 'climb'], optional: true },
  /** Time of day the session started (hh:mm, the spreadsheet's zone): tells apart two sessions of one day on import. */
  start: { title: 'Start', names: ['start', 'start time', 'time of day', 'started', 'starts'], optional: true },
} as const;

export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];
/** The columns every Log gets from Set up tracker, in this order; the optional ones only when filled. */
export type StandardKey = { [K in ColumnKey]: (typeof COLUMNS)[K] extends { optional: true } ? never : K }[ColumnKey];
export const STANDARD_KEYS = COLUMN_KEYS.filter((k) => !('optional' in COLUMNS[k])) as StandardKey[];

/** Every column's title, in COLUMN_KEYS order: the columns an import's rows hold. */
export const COLUMN_TITLES: readonly string[] = COLUMN_KEYS.map((k) => COLUMNS[k].title);

/** The Log sheet's header row as Set up tracker writes it. */
export const LOG_HEADER: readonly string[] = STANDARD_KEYS.map((k) => COLUMNS[k].title);

/** "  Distance (km) " → "distance": case, surrounding spaces and a trailing unit in parentheses ignored. */
export const normalizeHeader = (text: unknown): string =>
  String(text ?? '')
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const KEY_BY_NAME = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS) for (const n of COLUMNS[key].names) KEY_BY_NAME.set(n, key);

/** Column index of each known column in a header row; the first matching header wins. */
export function locateColumns(header: readonly unknown[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  header.forEach((cell, i) => {
    const key = KEY_BY_NAME.get(normalizeHeader(cell));
    if (key !== undefined && found[key] === undefined) found[key] = i;
  });
  return found;
}
