// The project stands on its own: no tracked file (tests, scripts, docs, help text) names the folder
// beside the clone where material was handed over. Only .ci/run does, to check the real exports.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const ALLOWED = new Set(['.ci/run']);
// The folder's name alone, the pattern around it built here, so this file does not match itself.
const DIR = 'shared';
const OUTSIDE = new RegExp(`(^|[^\\w-])${DIR}[/\\\\]`);
const UNTRACKED = new Set(['node_modules', 'dist', 'test-output', '.git', '.preview']);

/** Tracked files; outside a git checkout (a downloaded archive), every file but build output. */
function projectFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      UNTRACKED.has(e.name) ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name)).split('\\').join('/')]);
    return walk(root);
  }
}

describe('the repository', () => {
  it('refers to nothing outside itself (.ci/run aside)', () => {
    const files = projectFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('.ci/run');
    const offending = files.filter((f) => !ALLOWED.has(f)).flatMap((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      if (text.includes('\0')) return [];
      return text.split('\n').flatMap((line, i) => (OUTSIDE.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offending).toEqual([]);
  });

  it('the guard sees a reference when there is one', () => {
    expect([`see ../${DIR}/samples`, `(${DIR}/spec/formulas.md)`, `C:\\${DIR}\\seed`].map((s) => OUTSIDE.test(s))).toEqual([true, true, true]);
    expect([`${DIR} by the planner`, `un${DIR}/x`, `my-${DIR}/y`].map((s) => OUTSIDE.test(s))).toEqual([false, false, false]);
  });
});
