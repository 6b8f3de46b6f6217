// Fresh calls, timed in a worker thread: a V8 isolate of their own, whose heap holds nothing but
// the one fresh context and its arguments. Apps Script starts each custom-function call in a new
// global scope; timed in the bench's own heap instead (hundreds of contexts, every log), a fresh
// call's figure depended on the bench around it — a 10-year RECOVERY_SCORE read 35 ms or 62 ms
// by the order of the bench's loops alone, the formula unchanged (docs/bench.md). The worker also
// keeps the full collection before each sample out of the main heap, where it would slow the
// warm calls that follow it.

import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { join } from 'node:path';
import { loadBundle } from '../tests/support/bundle';
import { timeOnce } from './stats';

interface Request {
  formula: string;
  /** The formula's arguments, as the bench's realm holds them (copied into the context). */
  args: unknown[];
}

type Reply = { ms: number } | { error: string };

interface Setup {
  code: string;
  zone: string;
  /** [0]: set to 1 by the worker when a reply (or its readiness) is posted. */
  signal: SharedArrayBuffer;
  replies: MessagePort;
}

/** How long the bench waits for the worker to start or answer before it gives up. */
const WAIT_MS = 120_000;

/** The bench's side: one worker for a bench run; `time` blocks until the sample is taken. */
export class FreshCalls {
  private readonly worker: Worker;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly replies: MessagePort;

  constructor(code: string, zone: string) {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    const setup: Setup = { code, zone, signal: this.signal.buffer as SharedArrayBuffer, replies: port2 };
    this.worker = new Worker(join(__dirname, 'freshWorker.mjs'), { workerData: setup, transferList: [port2] });
    this.reply('start');
  }

  /** Milliseconds of one call of `formula` in a freshly loaded context. */
  time(formula: string, args: unknown[]): number {
    const request: Request = { formula, args };
    this.worker.postMessage(request);
    const reply = this.reply(formula) as Reply;
    if ('error' in reply) throw new Error(reply.error);
    return reply.ms;
  }

  close(): Promise<number> {
    this.replies.close();
    return this.worker.terminate();
  }

  private reply(what: string): unknown {
    if (Atomics.wait(this.signal, 0, 0, WAIT_MS) === 'timed-out') {
      throw new Error(`the fresh-call worker did not answer (${what}) within ${WAIT_MS / 1000} s`);
    }
    Atomics.store(this.signal, 0, 0);
    // The worker posts its reply before it signals, so the reply is there to be read.
    const received = receiveMessageOnPort(this.replies);
    if (!received) throw new Error(`the fresh-call worker signalled without a reply (${what})`);
    return received.message;
  }
}

/** The worker's side (bench/freshWorker.mjs): answers each request with one timed fresh call. */
export function serveFreshCalls(requests: MessagePort, { code, zone, signal, replies }: Setup): void {
  const flag = new Int32Array(signal);
  const answer = (reply: Reply | 'ready') => {
    replies.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  // Each load's source is made unique: V8 would otherwise reuse the last one's compilation.
  let loads = 0;
  requests.on('message', ({ formula, args }: Request) => {
    try {
      const fresh = loadBundle({ spreadsheetZone: zone }, `${code}\n// fresh load ${++loads}\n`);
      const fn = fresh.context[formula] as (...a: unknown[]) => unknown;
      const inner = fresh.toInner(args) as unknown[];
      answer({ ms: timeOnce(() => fn(...inner), true) });
    } catch (e) {
      answer({ error: `${formula}: ${e instanceof Error ? e.message : String(e)}` });
    }
  });
  answer('ready');
}
