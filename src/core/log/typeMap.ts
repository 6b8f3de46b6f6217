// The runner's Type map: their own words (or an export's, "Løb", "Corrida") → a session type.
// Applied before the built-in synonyms by the Log reader and by the import, so one table on the
// Settings sheet makes every formula and every import read those words alike.

import { Kind, kindFromText, normalizeTypeText } from '../sessionTypes';
import { isBlank, quote } from './cells';

export interface TypeMapProblem {
  /** Row in the map's range, its first row being 1. */
  row: number;
  problem: string;
}

export interface TypeMap {
  /** Normalized word (normalizeTypeText) → kind. */
  kinds: ReadonlyMap<string, Kind>;
  problems: TypeMapProblem[];
}

export const EMPTY_TYPE_MAP: TypeMap = { kinds: new Map(), problems: [] };

/** The map's header row as Set up writes it. */
export const TYPE_MAP_HEADER = ['Word', 'Session type'] as const;

/** A first row whose second cell names no session type but reads as a column title is a header. */
const looksLikeHeader = (cells: readonly unknown[]): boolean =>
  kindFromText(String(cells[1] ?? '')) === undefined &&
  /\b(type|session|kind|word|maps? to)\b/.test(normalizeTypeText(`${cells[0] ?? ''} ${cells[1] ?? ''}`));

/**
 * Reads a two-column table (word, session type; header row optional). Bad rows are skipped and
 * reported, never thrown: a typo in one entry must not break every formula.
 */
export function parseTypeMap(rows: readonly (readonly unknown[])[]): TypeMap {
  const kinds = new Map<string, Kind>();
  const problems: TypeMapProblem[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [word, type] = [cells[0], cells[1]];
    if (isBlank(word) && isBlank(type)) return;
    if (i === 0 && looksLikeHeader(cells)) return;
    if (isBlank(word)) return void problems.push({ row, problem: `no word for the session type ${quote(type)} — ignored` });
    if (isBlank(type)) return void problems.push({ row, problem: `no session type for ${quote(word)} — ignored` });
    const kind = kindFromText(String(type));
    if (kind === undefined) {
      return void problems.push({ row, problem: `${quote(type)} is not a session type (e.g. Easy run, Bike, Strength) — ${quote(word)} ignored` });
    }
    const key = normalizeTypeText(String(word));
    const earlier = firstRow.get(key);
    if (earlier !== undefined && kinds.get(key) !== kind) {
      return void problems.push({ row, problem: `${quote(word)} is already mapped in row ${earlier} — this row is ignored` });
    }
    firstRow.set(key, row);
    kinds.set(key, kind);
  });
  return { kinds, problems };
}

/** The kind a type text names: the runner's map first, then the built-in synonyms. */
export const kindWithMap = (text: string, map: TypeMap | undefined): Kind | undefined =>
  (map && map.kinds.size > 0 ? map.kinds.get(normalizeTypeText(text)) : undefined) ?? kindFromText(text);
