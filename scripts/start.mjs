// `npm start`: the add-on running offline in the browser (preview/). Builds dist/ when a source is
// newer than it, bundles the preview with esbuild — the server for Node (its packages stay in
// node_modules), the page for the browser (uPlot and its styles inlined) — and runs it.
// Flags: preview/options.ts, or `npm start -- --help`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.preview', 'build');

/** The newest modification time under a file or folder (0 when missing). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts/build.mjs', 'package-lock.json'];
const BUILT = ['dist/Code.js', 'dist/Sidebar.html', 'dist/Help.html'];

async function buildIfNeeded() {
  const built = Math.min(...BUILT.map((f) => newest(join(root, f)) || -Infinity));
  if (built >= Math.max(...SOURCES.map((f) => newest(join(root, f))))) return;
  console.log('Building dist/ (the add-on as Apps Script runs it)…');
  await buildAll();
}

/** Writes each output through a temporary file, so a preview starting at the same time never reads half a file. */
function writeAtomically(files) {
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    const temporary = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
    writeFileSync(temporary, f.contents);
    renameSync(temporary, f.path);
  }
}

async function bundlePreview() {
  const common = { bundle: true, write: false, logLevel: 'warning', charset: 'utf8', legalComments: 'none' };
  const server = await build({
    ...common,
    entryPoints: [join(root, 'preview', 'server.ts')],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: join(out, 'server.cjs'),
  });
  const page = await build({
    ...common,
    entryPoints: [join(root, 'preview', 'page', 'main.ts')],
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    outdir: join(out, 'page'),
  });
  writeAtomically([...server.outputFiles, ...page.outputFiles]);
}

await buildIfNeeded();
await bundlePreview();
const { main } = createRequire(import.meta.url)(join(out, 'server.cjs'));
await main({ argv: process.argv.slice(2), env: process.env, root, assets: join(out, 'page') });
