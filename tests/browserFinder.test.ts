// Which browser the browser tests launch (tests/support/browser.ts), on each platform, with the
// file system and the packaged binary faked.
import { NO_BROWSER, findBrowser } from './support/browser';

function machine(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}, arch = 'x64') {
  const unpacked: string[] = [];
  return {
    unpacked,
    m: {
      platform, arch, env,
      exists: (p: string) => files.includes(p),
      packaged: async () => {
        unpacked.push('packaged');
        return '/tmp/chromium';
      },
    },
  };
}

describe('findBrowser', () => {
  it('takes CHROME_PATH first, on any platform, without unpacking the packaged binary', async () => {
    const { m, unpacked } = machine('linux', ['/opt/my/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/my/chrome' });
    expect(await findBrowser(m)).toMatchObject({ path: '/opt/my/chrome', source: 'CHROME_PATH' });
    expect(unpacked).toEqual([]);
  });

  it('says so when CHROME_PATH names no file, rather than launching something else', async () => {
    const { m } = machine('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/nope/chrome' });
    await expect(findBrowser(m)).rejects.toThrow('CHROME_PATH is "/nope/chrome", which does not exist');
  });

  it('uses the packaged binary on Linux x64, headless and offline', async () => {
    const { m } = machine('linux', ['/usr/bin/chromium']);
    const found = await findBrowser(m);
    expect(found).toMatchObject({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
    expect(found.args).toEqual(expect.arrayContaining(['--headless=new', '--disable-background-networking']));
    expect(found.args).not.toContain('--single-process');
  });

  it.each<[NodeJS.Platform, string, string[], NodeJS.ProcessEnv, string]>([
    ['darwin', 'x64', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {}, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', 'arm64', ['/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'], { HOME: '/Users/ann' }, '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['win32', 'x64', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['win32', 'x64', ['C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    ['linux', 'arm64', ['/usr/bin/google-chrome-stable'], {}, '/usr/bin/google-chrome-stable'],
  ])('on %s (%s) finds an installed browser at its usual place', async (platform, arch, files, env, expected) => {
    const { m, unpacked } = machine(platform, files, env, arch);
    expect((await findBrowser(m)).path).toBe(expected);
    expect(unpacked).toEqual([]);
  });

  it('fails with one line that says how to provide a browser when there is none', async () => {
    const { m } = machine('darwin', [], { HOME: '/Users/ann' });
    await expect(findBrowser(m)).rejects.toThrow(NO_BROWSER);
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toContain('CHROME_PATH');
  });
});
