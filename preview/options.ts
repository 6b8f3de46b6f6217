// `npm start -- [flags]`: the preview's command line, read into options or into a message that says
// what was wrong and lists every valid flag.

export interface PreviewOptions {
  /** The port asked for; 0 is any free port. */
  port: number;
  /** Whether the port was asked for (a flag or PORT) rather than the default. */
  portChosen: boolean;
  /** Start again from the demo, forgetting saved edits. */
  fresh: boolean;
  /** Start from this export (CSV) through the add-on's import instead of the demo. */
  log?: string;
  /** Where the runner's edits are kept. */
  state: string;
  help: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_STATE = '.preview/state.json';

const FLAGS: [string, string][] = [
  ['--port N', `serve on port N (default ${DEFAULT_PORT}, or the PORT variable; 0: any free port). A port in use is replaced by a free one.`],
  ['--fresh', 'start again from the demo tracker, forgetting the edits saved from earlier runs'],
  ['--log FILE.csv', 'start from your own export (Strava, Garmin, intervals.icu) instead of the demo; replaces the saved edits'],
  ['--state FILE', `where your edits are saved and read back after a restart (default ${DEFAULT_STATE})`],
  ['--help', 'show this help'],
];

export const USAGE = [
  'Usage: npm start -- [flags]',
  '',
  'Serves the add-on, running offline on an emulated spreadsheet, on http://localhost.',
  '',
  'Flags:',
  ...FLAGS.map(([flag, what]) => `  ${flag.padEnd(16)} ${what}`),
].join('\n');

const VALID = `Valid flags: ${FLAGS.map(([f]) => f).join(', ')}.`;

export type ParsedOptions = { ok: true; options: PreviewOptions } | { ok: false; message: string };

function readPort(text: string, where: string): number | string {
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) > 65535) {
    return `${where} must be a whole number from 0 to 65535 (0: any free port), not "${text}".`;
  }
  return Number(text);
}

/** Reads the flags after `npm start --` and the PORT variable. */
export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): ParsedOptions {
  const options: PreviewOptions = { port: DEFAULT_PORT, portChosen: false, fresh: false, state: DEFAULT_STATE, help: false };
  const fail = (message: string): ParsedOptions => ({ ok: false, message: `${message}\n${VALID} (npm start -- --help explains them.)` });
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = readPort(env.PORT, 'PORT');
    if (typeof port === 'string') return fail(port);
    [options.port, options.portChosen] = [port, true];
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    /** The flag's value: after `=`, or the next argument unless that is a flag. */
    const value = (): string | undefined => {
      const v = inline ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
      return v === '' ? undefined : v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        if (v === undefined) return fail('--port needs a number, e.g. --port 8080.');
        const port = readPort(v, '--port');
        if (typeof port === 'string') return fail(port);
        [options.port, options.portChosen] = [port, true];
        break;
      }
      case '--fresh':
        if (inline !== undefined) return fail(`--fresh takes no value (got "${arg}").`);
        options.fresh = true;
        break;
      case '--log': {
        const v = value();
        if (v === undefined) return fail('--log needs the path of a CSV export, e.g. --log activities.csv.');
        options.log = v;
        break;
      }
      case '--state': {
        const v = value();
        if (v === undefined) return fail('--state needs a file path, e.g. --state my-tracker.json.');
        options.state = v;
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        return fail(arg.startsWith('-') ? `Unknown flag ${flag}.` : `Unexpected argument "${arg}": every value follows its flag (--log ${arg}?).`);
    }
  }
  return { ok: true, options };
}
