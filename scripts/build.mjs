// Builds dist/: Code.js (the bundle plus the top-level declarations Apps Script needs) and
// appsscript.json. The declarations are generated from the formula definitions in src/, so the
// @customfunction docs Sheets shows cannot drift from the code.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'UltraTracker';

/**
 * Leaves each formula's help (summary, details, return line, argument examples and descriptions) out
 * of the bundle Apps Script loads for every formula cell: the declarations, docs/formulas.md and
 * dist/Help.html are written from a second, complete bundle.
 */
const withoutFormulaDetails = {
  name: 'without-formula-details',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]sheets[\\/]formulas[\\/][^\\/]+\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.ES2020, true);
      const cuts = [];
      const visit = (node) => {
        const call = node.parent?.parent;
        const name = ts.isPropertyAssignment(node) ? node.name.getText(file) : '';
        const inDefinition = call && ts.isCallExpression(call) && call.expression.getText(file) === 'defineFormula';
        if (name === 'details' && inDefinition && ts.isArrayLiteralExpression(node.initializer)) {
          cuts.push([node.initializer.getStart(file), node.initializer.end, '[]']);
        }
        if ((name === 'summary' || name === 'returns') && inDefinition) cuts.push([node.initializer.getStart(file), node.initializer.end, "''"]);
        // An argument's description and example are help only.
        if (name === 'description' || name === 'short' || name === 'example') {
          cuts.push([node.initializer.getStart(file), node.initializer.end, "''"]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      const contents = cuts.sort((a, b) => b[0] - a[0]).reduce((t, [from, to, by]) => `${t.slice(0, from)}${by}${t.slice(to)}`, text);
      return { contents, loader: 'ts' };
    });
  },
};

async function bundle(entry, options) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text;
}

/** dist/Sidebar.html: HtmlService serves one file, so the script and styles are inlined. */
async function buildSidebar() {
  const script = await bundle('sidebar/main.ts', { minify: true, platform: 'browser' });
  const styles = readFileSync(join(root, 'sidebar', 'styles.css'), 'utf8');
  const html = readFileSync(join(root, 'sidebar', 'index.html'), 'utf8');
  // Inline text must not close its own element early.
  const safe = (text, tag) => text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
  writeFileSync(join(dist, 'Sidebar.html'), html.replace('/*STYLES*/', () => safe(styles, 'style')).replace('/*SCRIPT*/', () => safe(script, 'script')));
}

/** dist/Help.html, the Help dialog: static, so it is written here rather than carried in Code.js. */
async function buildHelp() {
  const code = await bundle('src/sheets/help.ts', { globalName: 'Help' });
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.Help = Help;`, context, { filename: 'help.js' });
  writeFileSync(join(dist, 'Help.html'), context.Help.helpHtml());
}

const comment = (lines) => ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');

function checkDocText(where, text) {
  if (text.includes('*/')) throw new Error(`${where}: documentation must not contain "*/"`);
  return text;
}

/** Where a formula's full help is: its section of docs/formulas.md. */
export const helpAnchor = (name) => name.toLowerCase();
/** Sheets' help popup shows the description whole only up to about this many characters. */
export const HELP_LIMIT = 300;

/** The description Sheets shows: the summary and where the rest is; the details stay in docs/formulas.md. */
export function helpDescription(def) {
  const text = `${def.summary} Full help: docs/formulas.md#${helpAnchor(def.name)}`;
  if (text.length > HELP_LIMIT) throw new Error(`${def.name}: its help is ${text.length} characters; Sheets' popup fits ${HELP_LIMIT} — shorten its summary`);
  return text;
}

function formulaDeclaration(def) {
  const names = def.params.map((p) => p.name);
  const doc = [
    checkDocText(def.name, helpDescription(def)),
    '',
    ...def.params.map((p) => `@param {${checkDocText(def.name, p.example)}} ${p.name} ${checkDocText(def.name, p.short ?? p.description)}`),
    `@return ${checkDocText(def.name, def.returns ?? 'A table whose first row is the header row.')}`,
    '@customfunction',
  ];
  return `${comment(doc)}\nfunction ${def.name}(${names.join(', ')}) {\n  return ${GLOBAL_NAME}.callFormula(${JSON.stringify(def.name)}, [${names.join(', ')}]);\n}`;
}

/** docs/formulas.md: the formula reference, from the same definitions as the declarations. */
export function formulaReference(defs) {
  const param = (p) => `| \`${p.name}\` | ${p.description.replace(/\|/g, '\\|')} |`;
  const sections = defs.map((d) => [
    `<a id="${helpAnchor(d.name)}"></a>`,
    '',
    `## \`${d.name}(${d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})\``,
    '',
    d.summary,
    '',
    ...d.details.flatMap((x) => [x, '']),
    '| argument | meaning |',
    '|---|---|',
    ...d.params.map(param),
    '',
  ].join('\n'));
  return `# Formula reference\n\nGenerated by \`npm run build\` from the formula definitions in \`src/sheets/formulas/\`; Sheets shows each formula's summary as its help, with a link to its section here.\n\n${sections.join('\n')}`;
}

function entryDeclaration(name, doc) {
  return `${comment([checkDocText(name, doc)])}\nfunction ${name}(...args) {\n  return ${GLOBAL_NAME}.entryPoints.${name}.run(...args);\n}`;
}

/** Evaluates the bundle in an empty context: loading it must need no Apps Script service. */
function loadModule(code) {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.${GLOBAL_NAME} = ${GLOBAL_NAME};`, context, { filename: 'Code.js' });
  return context[GLOBAL_NAME];
}

export async function buildAll() {
  // Minified: Apps Script loads and parses the whole file again for every formula cell it
  // recalculates. Messages meant for the runner are plain strings, so they survive intact.
  const code = await bundle('src/main.ts', { globalName: GLOBAL_NAME, minify: true, plugins: [withoutFormulaDetails] });
  const mod = loadModule(code);
  const documented = loadModule(await bundle('src/main.ts', { globalName: GLOBAL_NAME })).formulas;
  const declarations = [
    ...documented.map(formulaDeclaration),
    ...Object.entries(mod.entryPoints ?? {}).map(([name, e]) => entryDeclaration(name, e.doc)),
  ];
  mkdirSync(dist, { recursive: true });
  const header = '// Ultra Tracker: generated by scripts/build.mjs from src/ — edit the sources, not this file.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${code}\n${declarations.join('\n\n')}\n`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  await buildSidebar();
  await buildHelp();
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'formulas.md'), formulaReference(documented));
  return { formulas: documented.map((f) => f.name), bytes: readFileSync(join(dist, 'Code.js')).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { formulas, bytes } = await buildAll();
  console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, formulas: ${formulas.join(', ')}`);
}
