// Reading formula text the way Sheets does, just enough to: find its references (to close Google's
// open ranges such as `Log!A1:L` for HyperFormula, to shift a conditional-format formula to each
// cell of its range, to order custom formulas by dependency) and to split a top-level call
// `=NAME(arg, …)` into its arguments.

import { ParsedRef, RefPart, parsePart, partText, sheetPrefix } from './a1';

export type Token =
  | { kind: 'string' | 'number' | 'op' | 'space'; text: string }
  | { kind: 'func' | 'name'; text: string }
  | { kind: 'ref'; text: string; ref: ParsedRef };

const WORD = /[A-Za-z0-9_.$]/;

function readQuoted(s: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === quote && s[j + 1] === quote) j += 2;
    else if (s[j] === quote) return j + 1;
    else j++;
  }
  return j;
}

function readWord(s: string, i: number): number {
  let j = i;
  while (j < s.length && WORD.test(s[j])) j++;
  return j;
}

/** A reference starting at `i` (after any sheet prefix): `A1`, `A1:B2`, `A:C`, `A2:A`. */
function readRef(s: string, i: number): { end: number; start: RefPart; last?: RefPart } | undefined {
  const j = readWord(s, i);
  const start = parsePart(s.slice(i, j));
  if (!start) return undefined;
  if (s[j] === ':') {
    const k = readWord(s, j + 1);
    const last = parsePart(s.slice(j + 1, k));
    if (last) return { end: k, start, last };
  }
  return start.col !== undefined && start.row !== undefined ? { end: j, start } : undefined;
}

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const j = readQuoted(formula, i, '"');
      tokens.push({ kind: 'string', text: formula.slice(i, j) });
      i = j;
      continue;
    }
    if (/\s/.test(ch)) {
      let j = i;
      while (j < formula.length && /\s/.test(formula[j])) j++;
      tokens.push({ kind: 'space', text: formula.slice(i, j) });
      i = j;
      continue;
    }
    let sheet: string | undefined;
    let at = i;
    if (ch === "'") {
      const j = readQuoted(formula, i, "'");
      if (formula[j] === '!') {
        sheet = formula.slice(i + 1, j - 1).replace(/''/g, "'");
        at = j + 1;
      }
    } else if (WORD.test(ch)) {
      const j = readWord(formula, i);
      if (formula[j] === '!') {
        sheet = formula.slice(i, j);
        at = j + 1;
      }
    }
    const ref = WORD.test(formula[at] ?? '') ? readRef(formula, at) : undefined;
    if (ref && formula[ref.end] !== '(') {
      tokens.push({ kind: 'ref', text: formula.slice(i, ref.end), ref: { sheet, start: ref.start, end: ref.last } });
      i = ref.end;
      continue;
    }
    if (WORD.test(ch)) {
      const j = readWord(formula, i);
      const word = formula.slice(i, j);
      const next = formula.slice(j).match(/^\s*\(/);
      tokens.push({ kind: /^[\d.]/.test(word) ? 'number' : next ? 'func' : 'name', text: word });
      i = j;
      continue;
    }
    tokens.push({ kind: 'op', text: ch });
    i++;
  }
  return tokens;
}

export const refText = (ref: ParsedRef): string =>
  `${ref.sheet === undefined ? '' : sheetPrefix(ref.sheet)}${partText(ref.start)}${ref.end ? `:${partText(ref.end)}` : ''}`;

/** Rewrites every reference of a formula; other text is kept as written. */
export function mapRefs(formula: string, f: (ref: ParsedRef) => ParsedRef): string {
  return tokenize(formula)
    .map((t) => (t.kind === 'ref' ? refText(f(t.ref)) : t.text))
    .join('');
}

/** The formula as seen from a cell `dr` rows and `dc` columns further: relative parts move. */
export const shiftFormula = (formula: string, dr: number, dc: number): string =>
  mapRefs(formula, (ref) => {
    const move = (p: RefPart): RefPart => ({
      ...p,
      col: p.col === undefined || p.colAbs ? p.col : p.col + dc,
      row: p.row === undefined || p.rowAbs ? p.row : p.row + dr,
    });
    return { ...ref, start: move(ref.start), end: ref.end && move(ref.end) };
  });

export interface TopLevelCall {
  name: string;
  /** Argument texts, trimmed; '' for an omitted argument. */
  args: string[];
}

/** `=NAME(a, b)` when the whole formula is that one call; undefined otherwise. */
export function topLevelCall(formula: string): TopLevelCall | undefined {
  const tokens = tokenize(formula.trim());
  const solid = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.kind !== 'space');
  if (solid[0]?.[0].text !== '=' || solid[1]?.[0].kind !== 'func' || solid[2]?.[0].text !== '(') return undefined;
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = solid[2][1] + 1; i < tokens.length; i++) {
    const t = tokens[i];
    const op = t.kind === 'op' ? t.text : '';
    if (op === ')' && depth === 0) {
      args.push(current.trim());
      if (!tokens.slice(i + 1).every((x) => x.kind === 'space')) return undefined;
      return { name: solid[1][0].text.toUpperCase(), args: args.length === 1 && args[0] === '' ? [] : args };
    }
    if (op === '(' || op === '{') depth++;
    if (op === ')' || op === '}') depth--;
    if (op === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += t.text;
  }
  return undefined;
}
