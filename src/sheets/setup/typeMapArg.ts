// Every formula Set up writes that reads the Log passes the Type map (the named range on Settings) as
// its last argument, so a runner's own type words count everywhere. A tracker set up by an older
// version holds the same formula in an older form (without the map; the Today block also without race
// distance and cycle): a rerun upgrades exactly those texts — a formula the runner changed is theirs,
// and stays as it is.
import { TYPE_MAP_NAME } from '../typeMapTable';

/** `=F(a, b)` → `=F(a, b, TypeMap)`. */
export const withTypeMap = (formula: string): string => formula.replace(/\)\s*$/, `, ${TYPE_MAP_NAME})`);

/** A formula as Sheets may hand it back: spaces and case aside. */
const normal = (formula: string): string => formula.replace(/\s+/g, '').toUpperCase();

/** Whether `current` is one of the `older` forms of a formula, unchanged by the runner. */
export const isOlderForm = (current: string, older: readonly string[]): boolean =>
  current !== '' && older.some((f) => normal(f) === normal(current));
