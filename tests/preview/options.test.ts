// The flags of `npm start`: every form a runner may type, and the defaults.
import { DEFAULT_PORT, DEFAULT_STATE, parseOptions } from '../../preview/options';

const ok = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseOptions(argv, env);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
};

describe('npm start flags', () => {
  it('default to port 8080, the saved state, no fresh start and no export', () => {
    expect(ok([])).toEqual({ port: DEFAULT_PORT, portChosen: false, fresh: false, state: DEFAULT_STATE, help: false });
  });

  it('take values after a space or an equals sign; PORT gives the port, a flag overrides it', () => {
    expect(ok(['--port=0', '--log=my export.csv', '--state', 's.json', '--fresh'])).toEqual({ port: 0, portChosen: true, fresh: true, log: 'my export.csv', state: 's.json', help: false });
    expect(ok([], { PORT: '3000' })).toMatchObject({ port: 3000, portChosen: true });
    expect(ok(['--port', '4000'], { PORT: '3000' }).port).toBe(4000);
    expect(ok([], { PORT: '' }).port).toBe(DEFAULT_PORT);
    expect(ok(['-h']).help).toBe(true);
  });

  it.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535'],
    [['--port', '-1'], '--port must be a whole number from 0 to 65535 (0: any free port), not "-1".'],
    [['--log'], '--log needs the path of a CSV export'],
    [['--log', '--fresh'], '--log needs the path of a CSV export'],
    [['--state='], '--state needs a file path'],
    [['-x'], 'Unknown flag -x.'],
  ])('refuse %j: %s', (argv, why) => {
    const parsed = parseOptions(argv, {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(why);
  });
});
