// The page's calls to the preview server (preview/http.ts): JSON in, JSON out; a failure carries
// the server's message.

import type { EditReply, RunReply, SheetView, SpreadsheetView } from '../contract';

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error(json?.error ?? `${path}: HTTP ${response.status}`);
  return json as T;
}

export const api = {
  spreadsheet: () => call<SpreadsheetView>('/api/spreadsheet'),
  sheet: (name: string) => call<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  edit: (sheet: string, row: number, col: number, text: string) => call<EditReply>('/api/edit', { sheet, row, col, text }),
  run: (functionName: string) => call<RunReply>('/api/run', { functionName }),
};

/**
 * Calls `onChange(revision)` whenever the spreadsheet changes (an edit, the menu, the sidebar,
 * another tab) and on every (re)connection; `onLost` when the server stops answering.
 */
export function watchChanges(onChange: (revision: number) => void, onLost: () => void): void {
  const events = new EventSource('/events');
  events.addEventListener('change', (e) => onChange(Number((e as MessageEvent).data)));
  events.addEventListener('error', onLost);
}
