// What the runner would see: the add-on menu, alerts, sidebars, dialogs and toasts, recorded in a
// UiLog; HtmlService reads HTML files from the built dist/ (or from files given to the emulator).

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Button, ButtonSet, Emulates } from './gas';

export interface MenuRecord {
  /** Set for menus from createMenu; undefined for the add-on menu. */
  caption?: string;
  /** Items in order; null is a separator. */
  items: ({ caption: string; functionName: string } | null)[];
}

export interface UiLog {
  menus: MenuRecord[];
  alerts: { title: string; prompt: string; buttons?: GoogleAppsScript.Base.ButtonSet }[];
  sidebars: { title: string; content: string }[];
  dialogs: { title: string; content: string; width: number; height: number }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  /** The button the next alerts return (default OK). */
  answers: GoogleAppsScript.Base.Button[];
}

export const newUiLog = (): UiLog => ({ menus: [], alerts: [], sidebars: [], dialogs: [], toasts: [], answers: [] });

export class EmuMenu implements Emulates<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly record: MenuRecord;

  constructor(private readonly log: UiLog, caption?: string) {
    this.record = { caption, items: [] };
  }

  addItem(caption: string, functionName: string): EmuMenu {
    this.record.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): EmuMenu {
    this.record.items.push(null);
    return this;
  }

  addSubMenu(menu: EmuMenu): EmuMenu {
    this.record.items.push(...menu.record.items);
    return this;
  }

  /** Adds the menu, replacing one of the same caption (the add-on menu has one place). */
  addToUi(): void {
    const i = this.log.menus.findIndex((m) => m.caption === this.record.caption);
    if (i >= 0) this.log.menus.splice(i, 1);
    this.log.menus.push({ caption: this.record.caption, items: [...this.record.items] });
  }
}

type HtmlMethods = 'append' | 'getContent' | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth' | 'getHeight' | 'setHeight';

export class EmuHtmlOutput implements Emulates<GoogleAppsScript.HTML.HtmlOutput, HtmlMethods> {
  private title = '';
  private width = 600;
  private height = 400;

  constructor(private content: string) {}

  append(addedContent: string): EmuHtmlOutput {
    this.content += addedContent;
    return this;
  }

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): EmuHtmlOutput {
    this.title = title;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): EmuHtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): EmuHtmlOutput {
    this.height = height;
    return this;
  }
}

export class EmuHtmlService implements Emulates<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'> {
  /** HTML files: read from a directory (the built dist/), or given by name (without .html). */
  constructor(private readonly files: string | Record<string, string>) {}

  createHtmlOutput(html = ''): EmuHtmlOutput {
    return new EmuHtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): EmuHtmlOutput {
    const name = filename.replace(/\.html$/, '');
    const path = typeof this.files === 'string' ? join(this.files, `${name}.html`) : undefined;
    const content = path === undefined ? (this.files as Record<string, string>)[name] : existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new EmuHtmlOutput(content);
  }
}

type UiMethods = 'Button' | 'ButtonSet' | 'alert' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog';

export class EmuUi implements Emulates<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly log: UiLog) {}

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns the next queued answer. */
  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    const titled = typeof c !== 'undefined';
    this.log.alerts.push({ title: titled ? a : '', prompt: titled ? String(b) : a, buttons: (titled ? c : b) as GoogleAppsScript.Base.ButtonSet | undefined });
    return this.log.answers.shift() ?? Button.OK;
  }

  createAddonMenu(): EmuMenu {
    return new EmuMenu(this.log);
  }

  createMenu(caption: string): EmuMenu {
    return new EmuMenu(this.log, caption);
  }

  showSidebar(userInterface: EmuHtmlOutput): void {
    this.log.sidebars.push({ title: userInterface.getTitle(), content: userInterface.getContent() });
  }

  showModalDialog(userInterface: EmuHtmlOutput, title: string): void {
    this.log.dialogs.push({ title, content: userInterface.getContent(), width: userInterface.getWidth(), height: userInterface.getHeight() });
  }
}
