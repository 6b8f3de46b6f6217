// A real headless Chromium for the browser tests, found in this order: the CHROME_PATH variable;
// the Linux x64 binary the npm package @sparticuz/chromium ships (nothing is downloaded); Chrome,
// Chromium or Edge where their installers put them on macOS, Windows and Linux. With none of them
// the browser tests fail with one line that says how to provide one: they are never skipped.
import { existsSync } from 'node:fs';
import { chromium, Browser } from 'playwright-core';

const OFFLINE_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface FoundBrowser {
  path: string;
  /** Where it was found, for messages. */
  source: string;
  args: string[];
}

interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
  /** The packaged binary's path (unpacked on first use). */
  packaged(): Promise<string>;
}

/** Where Chrome, Chromium and Edge install, per platform. */
export function usualPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => `${env.HOME}/Applications/${a}`) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return exes.flatMap((e) => roots.map((r) => `${r}\\${e}`));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/snap/bin/chromium'];
}

export const NO_BROWSER = 'No browser for the browser tests: set CHROME_PATH to a Chrome, Chromium or Edge executable (e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test), or install one where its installer puts it.';

export async function findBrowser(m: Machine): Promise<FoundBrowser> {
  const given = m.env.CHROME_PATH;
  if (given) {
    if (!m.exists(given)) throw new Error(`CHROME_PATH is ${JSON.stringify(given)}, which does not exist: point it at a Chrome, Chromium or Edge executable.`);
    return { path: given, source: 'CHROME_PATH', args: OFFLINE_FLAGS };
  }
  if (m.platform === 'linux' && m.arch === 'x64') {
    // Without the package's serverless flags: they run Chromium as one process (which dies with the
    // first closed page) and in-process GPU emulation, which crashes this version on a new page.
    return { path: await m.packaged(), source: '@sparticuz/chromium', args: OFFLINE_FLAGS };
  }
  const path = usualPaths(m.platform, m.env).find((p) => m.exists(p));
  if (!path) throw new Error(NO_BROWSER);
  return { path, source: path, args: OFFLINE_FLAGS };
}

const thisMachine: Machine = {
  platform: process.platform,
  arch: process.arch,
  env: process.env,
  exists: existsSync,
  async packaged() {
    const { default: c } = await import('@sparticuz/chromium');
    return c.executablePath();
  },
};

export async function launchBrowser(): Promise<Browser> {
  const found = await findBrowser(thisMachine);
  try {
    return await chromium.launch({ executablePath: found.path, args: found.args });
  } catch (e) {
    throw new Error(`The browser from ${found.source} (${found.path}) did not start: ${(e as Error).message.split('\n')[0]}. Set CHROME_PATH to another Chrome, Chromium or Edge.`);
  }
}
