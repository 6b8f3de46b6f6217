// `npm start` from the command line: its messages for a bad flag, a port in use, a file it cannot
// read or import; serving the runner's own export; Ctrl-C stopping it cleanly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPreview, startPreview } from '../support/preview';
import { STRAVA_MIX, athlete } from '../fixtures/athletes';
import { stravaExport } from '../fixtures/strava';
import type { SheetView } from '../../preview/contract';

jest.setTimeout(120_000); // a hang guard for child processes, not a timing assertion

const dir = mkdtempSync(join(tmpdir(), 'preview-start-'));
const state = (name: string) => join(dir, `${name}.json`);
const VALID = 'Valid flags: --port N, --fresh, --log FILE.csv, --state FILE, --help.';

const exitOf = async (args: string[], env: Record<string, string> = {}) => {
  const p = launchPreview(args, env);
  return { code: await p.exited, output: p.output() };
};

describe('npm start: the command line', () => {
  it.each([
    [['--bogus'], 'Unknown flag --bogus.'],
    [['--port'], '--port needs a number, e.g. --port 8080.'],
    [['--port', 'eighty'], '--port must be a whole number from 0 to 65535 (0: any free port), not "eighty".'],
    [['--fresh=yes'], '--fresh takes no value (got "--fresh=yes").'],
    [['activities.csv'], 'Unexpected argument "activities.csv": every value follows its flag (--log activities.csv?).'],
  ])('refuses %j, says why and lists the valid flags (exit 2)', async (args, why) => {
    const { code, output } = await exitOf(args);
    expect(code).toBe(2);
    expect(output).toContain(why);
    expect(output).toContain(VALID);
    expect(output).not.toContain('Serving on');
  });

  it('refuses a PORT variable that is not a port', async () => {
    const { code, output } = await exitOf([], { PORT: '99999' });
    expect(code).toBe(2);
    expect(output).toContain('PORT must be a whole number from 0 to 65535');
  });

  it('prints its help', async () => {
    const { code, output } = await exitOf(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/Usage: npm start -- \[flags\]/);
    for (const flag of ['--port N', '--fresh', '--log FILE.csv', '--state FILE']) expect(output).toContain(flag);
  });

  it('says which file it cannot read, and which it cannot import (exit 1)', async () => {
    const missing = join(dir, 'no-such-export.csv');
    const unreadable = await exitOf(['--log', missing, '--state', state('missing')]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.output).toContain(`Cannot read ${missing}: there is no such file.`);
    const folder = await exitOf(['--log', dir, '--state', state('folder')]);
    expect(folder.output).toContain('it is a folder, not a file');
    const unknown = join(dir, 'shopping.csv');
    writeFileSync(unknown, 'item,price\nbread,2\n');
    const foreign = await exitOf(['--log', unknown, '--state', state('foreign')]);
    expect(foreign.code).toBe(1);
    expect(foreign.output).toContain('shopping.csv: This file\'s columns ("item", "price", …) are not those of an export this importer reads');
  });

  it('says so when the saved state is not readable, and keeps the file', async () => {
    const broken = state('broken');
    writeFileSync(broken, '{"version": 1, "journal": [');
    const { code, output } = await exitOf(['--state', broken]);
    expect(code).toBe(1);
    expect(output).toContain(`The saved preview ${broken} is not readable (it is not JSON). Start with --fresh`);
    expect(readFileSync(broken, 'utf8')).toBe('{"version": 1, "journal": [');
  });

  describe('with a port in use', () => {
    let blocker: Server;
    let taken: number;
    beforeAll(async () => {
      blocker = createServer();
      await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
      taken = (blocker.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((done) => blocker.close(() => done())));

    it('serves on a free port instead and says so; Ctrl-C stops it cleanly', async () => {
      const preview = await startPreview(['--port', String(taken), '--state', state('port')]);
      try {
        expect(preview.port).not.toBe(taken);
        expect(preview.output()).toContain(`Port ${taken} is in use by another program: serving on port ${preview.port} instead (choose a port with --port N).`);
        const page = await fetch(`${preview.url}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<script src="/app.js">');
      } finally {
        expect(await preview.stop()).toBe(0);
      }
      expect(preview.output()).toContain('Ctrl-C: stopping the preview. Your changes are saved.');
    });
  });

  it('starts from a runner\'s export through the import', async () => {
    const strava = stravaExport(athlete(STRAVA_MIX));
    const file = join(dir, 'strava-activities.csv');
    writeFileSync(file, strava.text);
    const preview = await startPreview(['--port', '0', '--log', file, '--state', state('strava')]);
    try {
      expect(preview.output()).toContain(`Imported ${strava.records.length} rows (0 duplicates, 0 skipped)`);
      expect(preview.output()).toContain(`Ultra Tracker preview: your export ${file}`);
      const log = (await (await fetch(`${preview.url}/api/sheet?name=Log`)).json()) as SheetView;
      const added = Number(/Imported (\d+) rows/.exec(preview.output())![1]);
      expect(log.cells.filter((row) => row[0].text).length).toBe(added + 1);
      const saved = JSON.parse(readFileSync(state('strava'), 'utf8'));
      expect(saved.base).toEqual({ kind: 'csv', file: 'strava-activities.csv', csv: readFileSync(file, 'utf8') });
    } finally {
      await preview.stop();
    }
  });
});
