// What the add-on shows besides the grid, as Sheets shows it: the sidebar in a 300 px panel on the
// right, modal dialogs (Help), alerts with an OK button, and toasts in the bottom corner.

import type { UiEvents } from '../contract';
import { el, replaceChildren } from '../../sidebar/dom';

/** Sheets' sidebar width. */
const SIDEBAR_WIDTH = 300;

export class Windows {
  readonly panel = el('aside', { class: 'side-panel', hidden: true, 'aria-label': 'Add-on sidebar' });
  private readonly toasts = el('div', { class: 'toasts', 'aria-live': 'polite' });
  private readonly modals = el('div', { class: 'modals' });

  constructor(root: HTMLElement) {
    root.append(this.toasts, this.modals);
  }

  /** Shows everything a run of the add-on showed. */
  show(ui: UiEvents, error?: string): void {
    for (const t of ui.toasts) this.toast(t.title, t.message, t.timeoutSeconds);
    if (ui.sidebar) this.sidebar(ui.sidebar.id, ui.sidebar.title);
    if (ui.dialog) this.dialog(ui.dialog.id, ui.dialog.title, ui.dialog.width, ui.dialog.height);
    for (const a of ui.alerts) this.alert(a.title, a.prompt);
    if (error) this.alert('Script error', error);
  }

  sidebar(id: number, title: string): void {
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close sidebar' }, '×');
    close.addEventListener('click', () => {
      this.panel.hidden = true;
      replaceChildren(this.panel);
    });
    const frame = el('iframe', { src: `/sidebar/${id}`, title, name: 'sidebar', style: `width:${SIDEBAR_WIDTH}px` });
    replaceChildren(this.panel, el('header', {}, el('h2', {}, title), close), frame);
    this.panel.hidden = false;
  }

  private modal(title: string, width: number | undefined, ...content: HTMLElement[]): { close: () => void; box: HTMLElement } {
    const box = el('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-label': title, style: width ? `width:${width}px` : undefined });
    const backdrop = el('div', { class: 'backdrop' }, box);
    const close = () => backdrop.remove();
    const x = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    x.addEventListener('click', close);
    box.append(el('header', {}, el('h2', {}, title), x), ...content);
    backdrop.addEventListener('keydown', (e) => e.key === 'Escape' && close());
    this.modals.append(backdrop);
    return { close, box };
  }

  dialog(id: number, title: string, width: number, height: number): void {
    this.modal(title, width, el('iframe', { src: `/dialog/${id}`, title, style: `width:100%;height:${height}px` }));
  }

  alert(title: string, prompt: string): void {
    const ok = el('button', { type: 'button', class: 'action' }, 'OK');
    const { close } = this.modal(title || 'Ultra Tracker', 420, el('p', { class: 'prompt' }, prompt), el('footer', {}, ok));
    ok.addEventListener('click', close);
    ok.focus();
  }

  toast(title: string, message: string, seconds: number): void {
    const box = el('div', { class: 'toast', role: 'status' }, title ? el('strong', {}, title) : null, el('span', {}, message));
    this.toasts.append(box);
    if (seconds >= 0) setTimeout(() => box.remove(), Math.max(seconds, 1) * 1000);
  }
}
