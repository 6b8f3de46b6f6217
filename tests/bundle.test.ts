// The built dist/Code.js as Apps Script sees it: syntax, top-level declarations, their docs,
// and that loading it runs no service. (npm test builds dist/ before jest runs.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadBundle, readBundle } from './support/bundle';
import { FORMULAS } from '../src/sheets/formulas/registry';

const code = readBundle();

describe('dist/Code.js', () => {
  it('is a plain script Apps Script V8 can parse: no modules, no ES2022 class syntax', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/[\s{;(,]#[A-Za-z_$][\w$]*\s*(=|\(|;|in\b)/); // #private members
    expect(code).not.toMatch(/[{;}]\s*static\s+[\w$]+\s*(=|;)/); // static class fields
    expect(code).not.toMatch(/\b(require|process\.|setTimeout|setInterval|fetch)\s*\(/);
  });

  it('keeps the formulas\' long help out of the code Apps Script runs: only their declarations carry it', () => {
    const body = code.slice(0, code.indexOf('/**'));
    for (const def of FORMULAS) for (const paragraph of def.details) expect(body).not.toContain(paragraph);
  });

  it('loads in a bare Apps Script-like context without calling any service', () => {
    const { serviceCalls, context } = loadBundle({ spreadsheetZone: 'Etc/UTC' });
    expect(serviceCalls).toEqual([]);
    for (const name of ['require', 'process', 'setTimeout', 'fetch', 'module', 'exports']) expect(context[name]).toBeUndefined();
  });

  it.each(FORMULAS.map((f) => [f.name, f] as const))('declares %s at top level with its @customfunction docs directly above', (name, def) => {
    const params = def.params.map((p) => p.name);
    const decl = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\) \\{`).exec(code);
    expect(decl).not.toBeNull();
    const [, doc, args] = decl!;
    expect(args.split(', ')).toEqual(params);
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(def.summary);
    // The long help is in docs/formulas.md (tests/sheets/formulas/help.test.ts), not in Sheets' popup.
    for (const paragraph of def.details) expect(doc).not.toContain(paragraph);
    for (const p of def.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} \\S`));
  });

  it('reads only the spreadsheet time zone when a formula runs, falling back to the script zone', () => {
    const withSheet = loadBundle({ spreadsheetZone: 'Australia/Sydney', scriptZone: 'Etc/UTC' });
    withSheet.call('TRAINING_LOAD', [['Date', 'Duration', 'RPE'], ['2026-01-01', 30, 5]]);
    expect(withSheet.serviceCalls).toEqual(['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSpreadsheetTimeZone']);
    const noSheet = loadBundle({ scriptZone: 'Europe/Paris' });
    noSheet.call('TRAINING_LOAD', [['Date', 'Duration', 'RPE'], ['2026-01-01', 30, 5]]);
    expect(noSheet.serviceCalls).toEqual(['SpreadsheetApp.getActiveSpreadsheet', 'Session.getScriptTimeZone']);
  });

  it('ships a least-privilege V8 manifest', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
