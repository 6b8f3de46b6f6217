// google.script.run for a page outside Google: the sidebar's calls reach the emulator's top-level
// functions through a transport of the host's choosing (a Playwright binding in tests, HTTP in
// the preview). As in Apps Script, arguments and results travel as JSON-like values, a thrown
// error reaches the failure handler as an Error with its message, and only top-level functions
// that are not custom formulas can be called.

import { Emulator } from './index';

export type ScriptRunReply = { ok: true; value: unknown } | { ok: false; message: string };

/** Runs `name(...args)` for google.script.run; never throws, so any transport can carry the reply. */
export function answerScriptRun(emu: Emulator, name: unknown, args: unknown): ScriptRunReply {
  if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name) || typeof emu.context[name] !== 'function' || emu.customFunctions.includes(name)) {
    return { ok: false, message: `Script function not found: ${String(name)}` };
  }
  if (!Array.isArray(args)) return { ok: false, message: 'google.script.run: the arguments must be a list' };
  try {
    const value = emu.run(name, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Page script defining `google.script.run`. `transport` is an expression of a function
 * (name, args) => Promise<ScriptRunReply>, e.g. a Playwright binding or a fetch to the preview.
 */
export const scriptRunShim = (transport: string): string => `(() => {
  const send = ${transport};
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, onFailure);
        if (name === 'withFailureHandler') return (f) => runner(onSuccess, f);
        return (...args) => {
          Promise.resolve(send(String(name), args)).then(
            (reply) => (reply.ok ? onSuccess && onSuccess(reply.value) : onFailure && onFailure(new Error(reply.message))),
            (e) => onFailure && onFailure(new Error(String(e && e.message || e))),
          );
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;
