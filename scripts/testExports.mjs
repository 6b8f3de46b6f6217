// `npm run test:exports -- DIR`: builds dist/, then checks every export in DIR through it
// (scripts/exports/). Point it at your own export folder before importing.
import { buildAll } from './build.mjs';
import { loadTs } from './loadTs.mjs';

await buildAll();
const { runCli } = await loadTs('scripts/exports/cli.ts');
process.exit(runCli(process.argv.slice(2), (line) => console.log(line)));
