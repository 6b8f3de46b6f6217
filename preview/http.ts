// The preview's HTTP routes: the page and its assets, the spreadsheet as JSON, cell edits and menu
// runs, google.script.run (POST /rpc), the add-on's sidebars and dialogs, and a stream of change
// notices (server-sent events) so every open page redraws when the spreadsheet changes.
// Only requests addressed to this machine are answered, and changes only come as JSON, so
// another web site open in the browser cannot drive the preview.

import { readFileSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../emulator/scriptRun';
import { PreviewError } from './store';
import { SPREADSHEET_TITLE, Tracker } from './tracker';

/** The sidebar's import may send a whole export (the add-on accepts up to 50 MB). */
const MAX_BODY = 64 * 1024 * 1024;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${SPREADSHEET_TITLE}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="app"><p class="loading">Loading the spreadsheet…</p></div>
<script src="/app.js"></script>
</body>
</html>
`;

const editSchema = z.strictObject({ sheet: z.string(), row: z.number().int().min(0), col: z.number().int().min(0), text: z.string() });
const runSchema = z.strictObject({ functionName: z.string() });
const rpcSchema = z.object({ name: z.unknown(), args: z.unknown() });

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'The request is too large.'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send JSON (Content-Type: application/json).');
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req));
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'The request is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, `The request is not readable: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}.`);
  return parsed.data;
}

/**
 * Who may show a response in a frame: nobody, except the page itself showing the add-on's sidebars
 * and dialogs ('self'). Another site cannot frame the preview and trick a click into it.
 */
type Framing = 'none' | 'self';
const FRAMING: Record<Framing, Record<string, string>> = {
  none: { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" },
  self: { 'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "frame-ancestors 'self'" },
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, framing: Framing = 'none'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...FRAMING[framing] });
  res.end(body);
}

const sendJson = (res: ServerResponse, value: unknown, status = 200) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
const HTML = 'text/html; charset=utf-8';

export interface Routes {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends every open change stream (so the server can close). */
  closeStreams(): void;
}

/** `assets`: the folder holding the page's built main.js and main.css. */
export function routes(tracker: Tracker, assets: string): Routes {
  const streams = new Set<ServerResponse>();
  const asset = (name: string) => readFileSync(join(assets, name));
  const notify = () => {
    for (const s of streams) s.write(`event: change\ndata: ${tracker.emu.revision()}\n\n`);
  };

  async function answer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const numbered = /^\/(sidebar|dialog)\/(\d+)$/.exec(path);
    if (req.method === 'GET') {
      if (path === '/') return send(res, 200, HTML, PAGE);
      if (path === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', asset('main.js'));
      if (path === '/app.css') return send(res, 200, 'text/css; charset=utf-8', asset('main.css'));
      if (path === '/api/spreadsheet') return sendJson(res, tracker.spreadsheet());
      if (path === '/api/sheet') return sendJson(res, tracker.sheet(url.searchParams.get('name') ?? ''));
      if (numbered) {
        const id = Number(numbered[2]);
        const html = numbered[1] === 'sidebar' ? tracker.sidebarHtml(id) : tracker.dialogHtml(id);
        if (html === undefined) throw new HttpError(404, `No ${numbered[1]} ${id} was opened.`);
        return send(res, 200, HTML, html, 'self');
      }
      if (path === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(`event: change\ndata: ${tracker.emu.revision()}\n\n`);
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      throw new HttpError(404, `Nothing at ${path}.`);
    }
    if (req.method === 'POST') {
      const before = tracker.emu.revision();
      if (path === '/api/edit') {
        const { sheet, row, col, text } = await readJson(req, editSchema);
        sendJson(res, tracker.edit(sheet, row, col, text));
      } else if (path === '/api/run') {
        sendJson(res, tracker.runMenuItem((await readJson(req, runSchema)).functionName));
      } else if (path === '/rpc') {
        const { name, args } = await readJson(req, rpcSchema);
        sendJson(res, tracker.scriptRun(name, args));
      } else throw new HttpError(404, `Nothing at ${path}.`);
      if (tracker.emu.revision() !== before) notify();
      return;
    }
    throw new HttpError(405, `${req.method} is not answered here.`);
  }

  return {
    handle(req, res) {
      if (!LOCAL_HOST.test(req.headers.host ?? '')) return send(res, 403, 'text/plain; charset=utf-8', 'The preview answers only requests to localhost.');
      answer(req, res, new URL(req.url ?? '/', 'http://localhost')).catch((e: unknown) => {
        const status = e instanceof HttpError ? e.status : e instanceof PreviewError ? 400 : 500;
        if (!res.headersSent) sendJson(res, { error: errorMessage(e) }, status);
        else res.end();
      });
    },
    closeStreams() {
      for (const s of streams) s.end();
      streams.clear();
    },
  };
}
