// A real headless Chromium for browser tests: Debian's /usr/bin/chromium where present, else the
// binary the npm package @sparticuz/chromium ships (no download at test time).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, Browser } from 'playwright-core';

const OFFLINE_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (existsSync('/usr/bin/chromium')) {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: OFFLINE_FLAGS });
  }
  const { path, args } = sparticuzChromium();
  // Its serverless flags run Chromium as one process, which dies with the first closed page.
  const kept = args.filter((a) => a !== '--single-process');
  return chromium.launch({ executablePath: path, args: [...kept, ...OFFLINE_FLAGS] });
}

/** @sparticuz/chromium is an ES module (jest runs CommonJS): ask a child Node where it unpacked. */
function sparticuzChromium(): { path: string; args: string[] } {
  const script = `import('@sparticuz/chromium').then(async ({ default: c }) =>
    console.log(JSON.stringify({ path: await c.executablePath(), args: c.args })))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }));
}
