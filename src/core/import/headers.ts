// Header cells of an export, cleaned so that one spelling table finds them: Strava wraps headers it
// has no translation for in `<span class="translation_missing" title="translation missing:
// en-US.lib.export.….horton_values.start_time">Start Time</span>`, or writes the bare
// `translation missing: en-GB.….start_time`.

const MISSING_KEY = /translation missing:\s*[\w-]+(?:\.\w+)*\.(\w+)\s*$/i;

/** A header cell as words: tags and translation-missing keys unwrapped, lower-case, spaces collapsed. */
export function cleanHeader(cell: string): string {
  let s = cell.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');
  const key = MISSING_KEY.exec(s);
  if (key) s = key[1].replace(/_/g, ' ');
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Column index of the `occurrence`-th header (1 = first) among `names`, or undefined. */
export function findColumn(header: readonly string[], names: readonly string[], occurrence = 1): number | undefined {
  let seen = 0;
  for (let i = 0; i < header.length; i++) {
    if (names.includes(header[i]) && ++seen === occurrence) return i;
  }
  return undefined;
}
