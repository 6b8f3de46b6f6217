// The README's clasp steps (and `npm run deploy`) name only commands and flags that the installed
// clasp has: each command's own `clasp <command> --help` is asked (offline), so the docs cannot
// drift from the tool.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

jest.setTimeout(300_000); // a hang guard: clasp starts slowly on a loaded machine; not a timing check

const root = join(__dirname, '..');
const CLASP = join(root, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

interface Use { command: string; flags: string[]; where: string }

/** Every `clasp COMMAND [--flag value …]` in a text: the command and its flags. */
function claspUses(text: string, where: string): Use[] {
  const uses: Use[] = [];
  for (const m of text.matchAll(/\bclasp ([a-z][a-z-]*)([^\n`|&;#)]*)/g)) {
    uses.push({ command: m[1], flags: [...m[2].matchAll(/(?:^|\s)(--?[A-Za-z][\w-]*)/g)].map((f) => f[1]), where });
  }
  return uses;
}

/** `clasp COMMAND --help`; clasp takes seconds to start, so all are asked at once. */
const helpOf = (command: string) => new Promise<string>((resolve, reject) => {
  execFile(process.execPath, [CLASP, command, '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    (error, stdout) => (error ? reject(error) : resolve(stdout)));
});

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const uses = [
  ...claspUses(readme, 'README.md'),
  ...Object.entries(scripts).flatMap(([name, script]) => claspUses(script, `npm run ${name}`)),
];
const commands = [...new Set(uses.map((u) => u.command))];
const NOT_A_COMMAND = 'open-sheet';
const help: Record<string, string> = {};
beforeAll(async () => {
  await Promise.all([...new Set([...commands, NOT_A_COMMAND, 'push'])].map(async (c) => (help[c] = await helpOf(c))));
});

describe('clasp as the README uses it', () => {
  it('finds the clasp lines of the README and of npm run deploy', () => {
    expect(commands).toEqual(expect.arrayContaining(['login', 'create-script', 'push', 'open-container']));
    expect(uses.find((u) => u.where === 'npm run deploy')).toEqual({ command: 'push', flags: ['--force'], where: 'npm run deploy' });
  });

  it.each(commands)('clasp %s exists, with every flag the docs give it', (command) => {
    // For an unknown command clasp prints its general help, which starts "Usage: clasp <command>".
    const usage = /^Usage: clasp (\S+)/.exec(help[command])?.[1] ?? '';
    expect(usage.split('|')).toContain(command);
    const flags = [...new Set(uses.filter((u) => u.command === command).flatMap((u) => u.flags))];
    const missing = flags.filter((f) => !new RegExp(`(^|[\\s,])${f}([\\s,<=]|$)`, 'm').test(help[command]));
    expect(missing).toEqual([]);
  });

  it('would notice a command or flag clasp does not have', () => {
    expect(/^Usage: clasp (\S+)/.exec(help[NOT_A_COMMAND])?.[1]).toBe('<command>');
    const push = help.push;
    expect(['--force', '--watch'].map((f) => push.includes(f))).toEqual([true, true]);
    expect(push.includes('--rootDir')).toBe(false);
    expect(claspUses('run `npx clasp create-script --type sheets --title "A b" --rootDir dist` then', 'x')).toEqual([
      { command: 'create-script', flags: ['--type', '--title', '--rootDir'], where: 'x' },
    ]);
  });
});
