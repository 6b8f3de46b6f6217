// What the week and the season tabs share: read the runner's state, show the form, ask the server
// for a plan, and show it with its "Insert into Plan sheet" button.

import { PlannerState } from '../src/sheets/sidebarContract';
import { el, message, replaceChildren } from './dom';
import { Inserted, Exists, InsertFlow, insertInto } from './insertFlow';
import { Server, errorText } from './server';

export interface PlanTab<Q, P, R extends Inserted | Exists> {
  /** Shown while the state loads, e.g. "Reading your log…". */
  reading: string;
  /** "week", "season": "Planning your week…", "Could not plan the week". */
  what: string;
  /** The cards above the result: the form, and whatever the state shows first. */
  top(state: PlannerState, submit: (request: Q) => void): (Node | null)[];
  /** The plan, or the server's message saying why there is none. */
  plan(request: Q): Promise<P | string>;
  /** The plan as the runner reads it, above the Insert button. */
  show(plan: P): (Node | null)[];
  insert(plan: P): InsertFlow<R>;
}

export function planTab<Q, P, R extends Inserted | Exists>(server: Server, root: HTMLElement, tab: PlanTab<Q, P, R>): void {
  const status = el('div', { 'aria-live': 'polite' }, message('info', tab.reading));
  const result = el('div', { 'aria-live': 'polite' });
  replaceChildren(root, status, result);

  const submit = async (request: Q) => {
    replaceChildren(result, message('info', `Planning your ${tab.what}…`));
    try {
      const plan = await tab.plan(request);
      if (typeof plan === 'string') return replaceChildren(result, message('info', plan));
      const out = el('div', { 'aria-live': 'polite' });
      const button = el('button', { type: 'button', class: 'action' }, 'Insert into Plan sheet');
      button.addEventListener('click', () => insertInto(out, tab.insert(plan)));
      replaceChildren(result, ...tab.show(plan), button, out);
    } catch (e) {
      replaceChildren(result, message('error', `Could not plan the ${tab.what}: ${errorText(e)}`));
    }
  };

  server.getPlannerState().then(
    (state) => replaceChildren(status, ...tab.top(state, submit)),
    (e) => replaceChildren(status, message('error', `Could not read your spreadsheet: ${errorText(e)}`)),
  );
}
