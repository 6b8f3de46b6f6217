// The one rule for every text the add-on writes into a cell (import, plan insert, setup). Sheets
// reads a string written by setValue(s) as if the runner typed it: "=…", "+…", "-…" and "@…" become
// formulas, "#N/A" an error, "TRUE" a boolean, and anything with a digit may become a number, a
// percentage, an amount, a date or a time — which forms depends on the spreadsheet's locale
// ("1,5" is a number in Germany, "1/2" a date in the US). So the rule escapes a superset: every
// text with a digit, a formula or error lead, or a boolean word of a common locale. A leading
// apostrophe is Sheets' own mark for "this is text": the cell's value is the rest, unchanged, so
// escaping text that would have stayed text anyway costs nothing.

/** Boolean words Sheets reads in the locales runners most often use (case ignored). */
const BOOLEANS = new Set(['true', 'false', 'wahr', 'falsch', 'vrai', 'faux', 'verdadero', 'falso', 'vero', 'waar', 'onwaar', 'sant', 'usant']);

/** Whether Sheets could read the string as something other than this very text. */
export function readsAsOtherThanText(s: string): boolean {
  const t = s.trim();
  return /^[=+\-@'#]/.test(t) || /\p{Nd}/u.test(t) || BOOLEANS.has(t.toLowerCase());
}

/** The string to write so that the cell holds exactly `s`, as text. */
export const asText = (s: string): string => (readsAsOtherThanText(s) ? `'${s}` : s);

/** A cell value to write: text through asText, everything else (numbers, dates, booleans) as it is. */
export const cellValue = <T>(v: T): T | string => (typeof v === 'string' ? asText(v) : v);
