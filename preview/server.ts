// `npm start`: the add-on running offline. Reads the flags, opens the spreadsheet (the saved one,
// the demo, or the runner's export), serves it on localhost and stops cleanly on Ctrl-C.
// scripts/start.mjs builds dist/ when needed, bundles this file and the page, and calls main().

import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { basename, join, relative, resolve } from 'node:path';
import { TimeZone, isoFromDay } from '../src/core/days';
import { DEMO_WEEKS } from './demoLog';
import { routes } from './http';
import { USAGE, parseOptions, PreviewOptions } from './options';
import { PreviewError, SavedState, lockState, readState, removeTemporaries, writeState } from './store';
import { openTracker } from './tracker';

export interface StartArgs {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** The repository: dist/ and the default state file are found from here. */
  root: string;
  /** The folder of the page's built main.js and main.css. */
  assets: string;
  /** Where messages go (default: the console). */
  log?: (line: string) => void;
}

export interface Running {
  url: string;
  port: number;
  /** Stops serving; resolves once the server is closed. */
  stop(): Promise<void>;
}

/** The machine's time zone, which the preview's spreadsheet takes as its own. */
export const machineZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC';

function readExport(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new PreviewError(`Cannot read ${path}: ${why}. Give --log the path of the CSV file your app exported (Strava activities.csv, a Garmin Connect or intervals.icu CSV).`);
  }
}

/** Where the spreadsheet starts: the runner's export, the saved state, or the demo ending yesterday. */
function startingState(options: PreviewOptions, statePath: string): { state: SavedState; from: string } {
  const zone = machineZone();
  if (options.log !== undefined) {
    const csv = readExport(options.log);
    return { state: { version: 1, timeZone: zone, base: { kind: 'csv', file: basename(options.log), csv }, journal: [] }, from: `your export ${options.log}` };
  }
  const saved = options.fresh ? undefined : readState(statePath);
  const state: SavedState = saved ?? { version: 1, timeZone: zone, base: { kind: 'demo', lastDay: isoFromDay(new TimeZone(zone).dayOf(Date.now()) - 1) }, journal: [] };
  const start = state.base.kind === 'demo' ? `the demo tracker (${DEMO_WEEKS} weeks up to ${state.base.lastDay})` : `the export ${state.base.file}`;
  return { state, from: saved?.journal.length ? `${start} with your ${saved.journal.length} saved change${saved.journal.length === 1 ? '' : 's'}` : start };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      fail(e);
    };
    const onListening = () => {
      server.off('error', onError);
      done((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Listens on the port asked for, or on a free one when it is taken. */
async function listenSomewhere(server: Server, port: number, log: (line: string) => void): Promise<number> {
  try {
    return await listen(server, port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      const free = await listen(server, 0);
      log(`Port ${port} is in use by another program: serving on port ${free} instead (choose a port with --port N).`);
      return free;
    }
    if (code === 'EACCES') throw new PreviewError(`Port ${port} needs administrator rights: choose one above 1023 with --port N.`);
    throw e;
  }
}

/** A command line that cannot be read. */
class UsageError extends PreviewError {}

/** Starts the preview; returns undefined after printing the help. Throws a PreviewError for a problem the runner can fix. */
export async function start(args: StartArgs): Promise<Running | undefined> {
  const log = args.log ?? ((line: string) => console.log(line));
  const parsed = parseOptions(args.argv, args.env);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const { options } = parsed;
  if (options.help) {
    log(USAGE);
    return undefined;
  }
  const statePath = resolve(args.root, options.state);
  const near = relative(process.cwd(), statePath);
  const shownPath = near && !near.startsWith('..') ? near : statePath;
  const unlock = lockState(statePath);
  try {
    return await serve(args, options, statePath, shownPath, log, unlock);
  } catch (e) {
    unlock();
    throw e;
  }
}

async function serve(args: StartArgs, options: PreviewOptions, statePath: string, shownPath: string, log: (line: string) => void, unlock: () => void): Promise<Running> {
  const removed = removeTemporaries(statePath);
  const { state, from } = startingState(options, statePath);
  const dist = join(args.root, 'dist');
  const { tracker, imported, notReplayed } = openTracker(state, {
    code: readFileSync(join(dist, 'Code.js'), 'utf8'),
    dist,
    save: (s) => writeState(statePath, s),
  });
  log(`Ultra Tracker preview: ${from}; time zone ${state.timeZone}.`);
  if (removed.length > 0) log(`Removed ${removed.join(', ')}: what an interrupted save left beside ${shownPath}.`);
  if (imported) log(`Imported ${imported.added} rows (${imported.duplicates} duplicates, ${imported.skipped} skipped).${imported.warnings.map((w) => `\n  ${w}`).join('')}`);
  for (const problem of notReplayed) log(`A saved change could not be replayed and was dropped: ${problem}`);
  log(`Your changes are saved in ${shownPath}; npm start -- --fresh starts again from the demo.`);

  const handler = routes(tracker, args.assets);
  const server = createServer(handler.handle);
  const port = await listenSomewhere(server, options.port, log);
  const url = `http://localhost:${port}`;
  log(`Serving on ${url} — open it in your browser. Ctrl-C stops.`);
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((done) => {
        handler.closeStreams();
        server.close(() => {
          unlock();
          done();
        });
        server.closeAllConnections();
      }),
  };
}

/** The command: starts, and on Ctrl-C (or a termination signal) stops and exits. */
export async function main(args: StartArgs): Promise<void> {
  let running: Running | undefined;
  try {
    running = await start(args);
  } catch (e) {
    if (!(e instanceof PreviewError)) throw e;
    console.error(e.message);
    process.exitCode = e instanceof UsageError ? 2 : 1;
    return;
  }
  if (!running) return;
  const stop = (signal: string) => {
    console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the preview. Your changes are saved.`);
    running!.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
