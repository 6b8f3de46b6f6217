// `npm start` as a runner starts it: `node scripts/start.mjs …` in a child process, its output
// collected, its address read from the line it prints, stopped with Ctrl-C (SIGINT).
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const START = join(__dirname, '..', '..', 'scripts', 'start.mjs');
/** A hang guard for starting (build check, bundling, setup of the demo), not a timing assertion. */
const START_TIMEOUT_MS = 60_000;

export interface PreviewProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

export interface RunningPreview extends PreviewProcess {
  port: number;
  url: string;
  /** Sends Ctrl-C (SIGINT) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function launchPreview(args: string[], env: Record<string, string> = {}): PreviewProcess {
  const child = spawn(process.execPath, [START, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => text, exited };
}

/** Starts the preview and waits until it serves. */
export async function startPreview(args: string[], env: Record<string, string> = {}): Promise<RunningPreview> {
  const p = launchPreview(args, env);
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the preview did not start:\n${p.output()}`)), START_TIMEOUT_MS);
    const check = () => {
      const m = /Serving on http:\/\/localhost:(\d+)/.exec(p.output());
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    p.child.stdout!.on('data', check);
    p.exited.then((code) => fail(new Error(`the preview exited (${code}) before serving:\n${p.output()}`)));
  });
  return {
    ...p,
    port,
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      p.child.kill('SIGINT');
      return p.exited;
    },
  };
}
