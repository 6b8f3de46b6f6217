// `npm start` guarding the runner's saved state and the page: one preview per state file (a second
// says so and exits; a lock left by kill -9 is taken over), temporary files of interrupted saves
// removed, the state file readable by its owner only, google.script.run limited to the add-on's own
// functions (also when the saved journal is replayed), and the page never shown in another site's frame.
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoFromDay } from '../../src/core/days';
import { launchPreview, startPreview } from '../support/preview';

jest.setTimeout(180_000); // a hang guard for child processes, not a timing assertion

const dir = mkdtempSync(join(tmpdir(), 'preview-safety-'));
const state = join(dir, 'state.json');
const yesterday = isoFromDay(Math.floor(Date.now() / 86_400_000) - 1);
const rpc = (url: string, name: string) =>
  fetch(`${url}/rpc`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args: [] }) }).then((r) => r.json());

describe('npm start and its saved state', () => {
  it('holds its state file alone, cleans up after kill -9, keeps it private, and calls only the add-on\'s functions', async () => {
    // What a preview killed with kill -9 during a save leaves: its lock and an 11 MB temporary file.
    writeFileSync(`${state}.lock`, '999999999');
    writeFileSync(`${state}.4242.tmp`, 'x'.repeat(1000));
    // A saved journal naming what is not an add-on function.
    const journal = [{ kind: 'run', name: 'constructor', args: [] }, { kind: 'run', name: 'toString', args: [] }];
    writeFileSync(state, JSON.stringify({ version: 1, timeZone: 'Europe/London', base: { kind: 'demo', lastDay: yesterday }, journal }), { mode: 0o644 });

    const first = await startPreview(['--port', '0', '--state', state]);
    try {
      expect(first.output()).toContain(`Removed state.json.4242.tmp: what an interrupted save left beside ${state}.`);
      expect(readdirSync(dir).sort()).toEqual(['state.json', 'state.json.lock']);
      expect(first.output()).toContain('A saved change could not be replayed and was dropped: constructor: Script function not found: constructor');
      expect(first.output()).toContain('dropped: toString: Script function not found: toString');
      expect(statSync(state).mode & 0o777).toBe(0o600);

      for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        expect(await rpc(first.url, name)).toEqual({ ok: false, message: `Script function not found: ${name}` });
      }
      expect(await rpc(first.url, 'getPlannerState')).toMatchObject({ ok: true });

      const page = await fetch(`${first.url}/`);
      expect([page.headers.get('x-frame-options'), page.headers.get('content-security-policy')]).toEqual(['DENY', "frame-ancestors 'none'"]);

      const second = launchPreview(['--port', '0', '--state', state]);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`Another preview (process ${first.child.pid}) is saving to ${state}: stop it first (Ctrl-C in its terminal), or start this one with --state OTHER-FILE.json.`);
      expect(second.output()).not.toContain('Serving on');
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(`${state}.lock`)).toBe(false);
  });
});
