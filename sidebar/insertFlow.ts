// "Insert into Plan sheet", for the week and for the season alike: write, or — when the Plan sheet
// already holds one — ask first, and replace only on the runner's yes.

import { el, message, replaceChildren } from './dom';
import { errorText } from './server';

export type Inserted = { status: 'inserted' };
export type Exists = { status: 'exists' };

export interface InsertFlow<R extends Inserted | Exists> {
  /** Sends the insert; `replace` once the runner confirmed. */
  send(replace: boolean): Promise<R>;
  /** What was written, in words. */
  done(r: Extract<R, Inserted>): string;
  /** The question: what is already there. */
  ask(r: Extract<R, Exists>): string;
  /** "week", "season". */
  what: string;
}

/** Runs the insert into `out`; resolves when the runner has the answer (or the question) in front of them. */
export async function insertInto<R extends Inserted | Exists>(out: HTMLElement, flow: InsertFlow<R>, replace = false): Promise<void> {
  replaceChildren(out, message('info', 'Writing to the Plan sheet…'));
  let r: R;
  try {
    r = await flow.send(replace);
  } catch (e) {
    replaceChildren(out, message('error', `Could not insert the ${flow.what}: ${errorText(e)}`));
    return;
  }
  if (r.status === 'inserted') {
    replaceChildren(out, message('ok', flow.done(r as Extract<R, Inserted>)));
    return;
  }
  const yes = el('button', { type: 'button', class: 'action' }, `Replace that ${flow.what}`);
  const no = el('button', { type: 'button' }, 'Keep it');
  yes.addEventListener('click', () => insertInto(out, flow, true));
  no.addEventListener('click', () => replaceChildren(out, message('info', 'Nothing was changed.')));
  replaceChildren(out, el('div', { class: 'confirm', role: 'alertdialog', 'aria-label': `Replace the planned ${flow.what}?` },
    el('p', {}, flow.ask(r as Extract<R, Exists>)), yes, ' ', no));
  yes.focus();
}
