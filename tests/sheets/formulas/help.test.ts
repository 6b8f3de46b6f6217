// Each formula's help as Sheets shows it (the @customfunction description in the built dist/Code.js)
// fits the popup: at most 300 characters, ending with a link to its section of docs/formulas.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../../support/bundle';
import { FORMULAS } from '../../../src/sheets/formulas/registry';

const LIMIT = 300;
const code = readBundle();
const reference = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'formulas.md'), 'utf8');

/** The description of each declaration: its comment's text before the first @tag. */
const descriptions = new Map(
  [...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*function\s+(\w+)\s*\(/g)]
    .filter((m) => /@customfunction\b/.test(m[1]))
    .map((m) => [m[2], m[1].split(/\n\s*\*\s*@/)[0].replace(/\n\s*\*\s?/g, ' ').trim()]),
);

describe.each(FORMULAS.map((f) => f.name))('%s help', (name) => {
  const text = descriptions.get(name)!;

  it(`fits Sheets' popup: ${LIMIT} characters at most`, () => {
    expect(text.length).toBeGreaterThan(40);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
  });

  it('links to its section of docs/formulas.md, which holds the long help', () => {
    const anchor = name.toLowerCase();
    expect(text).toMatch(new RegExp(`Full help: docs/formulas\\.md#${anchor}$`));
    const section = reference.split(`<a id="${anchor}"></a>`)[1];
    expect(section).toMatch(new RegExp(`^\\s*## \`${name}\\(`));
    const def = FORMULAS.find((f) => f.name === name)!;
    for (const detail of def.details) expect(section).toContain(detail);
  });
});
