import { Warnings } from '../../../src/core/import/warnings';

describe('Warnings', () => {
  it('says each problem once, with its first lines, how many more, and the first offending value', () => {
    const w = new Warnings();
    for (let line = 2; line < 302; line++) w.add('Distance: not a number — left blank', line, line === 2 ? undefined : `x${line}`);
    w.add('Distance: not a number — left blank', 5);
    w.add('a note without lines');
    expect(w.list()).toEqual([
      'Distance: not a number — left blank (lines 2, 3, 4, 5, 6 and 295 more; e.g. "x3")',
      'a note without lines',
    ]);
  });
});
