// The real dist/Sidebar.html opened as the menu opens it, in a real Chromium page 300 px wide, with
// google.script.run bridged to the add-on's server functions running in the emulator.
import { Browser, Page } from 'playwright-core';
import { Emulator, createEmulator } from '../../emulator';
import { answerScriptRun, scriptRunShim } from '../../emulator/scriptRun';

/** An emulated spreadsheet with `log` (header row first) on its Log sheet, set up by Set up tracker. */
export function trackerWith(zone: string, log?: (string | number)[][]): Emulator {
  const emu = createEmulator({ timeZone: zone });
  if (log) emu.spreadsheet.insertSheet('Log').getRange(1, 1, log.length, log[0].length).setValues(log);
  emu.run('setupTracker');
  return emu;
}

/** Opens the sidebar the way the menu item does. */
export async function openSidebar(browser: Browser, emu: Emulator, menuFunction: 'openPlanner' | 'openImport'): Promise<Page> {
  emu.run(menuFunction);
  const html = emu.ui.sidebars[emu.ui.sidebars.length - 1].content;
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('__gasSend', (name: string, args: unknown[]) => answerScriptRun(emu, name, args));
  // As Apps Script does, google.script.run exists before the page's own scripts run.
  await page.setContent(html.replace('<head>', `<head><script>${scriptRunShim('window.__gasSend')}</script>`));
  return page;
}

/** The focused element's id, else its text. */
const focused = (page: Page) => page.evaluate('document.activeElement.id || document.activeElement.textContent') as Promise<string>;

/** Presses Tab until focus leaves the current control (a date field has a stop per part); returns where it landed. */
export async function tabToNext(page: Page): Promise<string> {
  const from = await focused(page);
  for (let i = 0; i < 4 && (await focused(page)) === from; i++) await page.keyboard.press('Tab');
  return focused(page);
}
