// The add-on's server functions as the sidebar sees them: typed, promise-based.
import { SidebarServer } from '../src/sheets/sidebarContract';
import { createServer } from './rpc';

export const server = createServer<SidebarServer>(() => {
  const run = window.google?.script.run;
  if (!run) throw new Error('google.script.run is missing: open this page from the add-on menu');
  return run;
});
export type Server = typeof server;

/** A server failure as a sentence: Apps Script passes an Error whose message we wrote. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
