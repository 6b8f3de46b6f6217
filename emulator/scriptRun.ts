// google.script.run for a page outside Google: the sidebar's calls reach the emulator's top-level
// functions through a transport of the host's choosing (a Playwright binding in tests, HTTP in
// the preview). As in Apps Script, arguments and results travel as JSON-like values, a thrown
// error reaches the failure handler as an Error with its message, and only top-level functions
// that are not custom formulas can be called.

import { Emulator } from './index';

/** A thrown value's message. The script's errors come from its own realm, where `instanceof Error` fails. */
export const errorMessage = (e: unknown): string =>
  Object.prototype.toString.call(e) === '[object Error]' ? (e as Error).message : String(e);

export type ScriptRunReply = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Whether google.script.run may call `name`: a top-level function of the code itself (an own
 * property of its global scope, so never an inherited `constructor` or `toString`), not a formula.
 */
export const isScriptFunction = (emu: Emulator, name: unknown): name is string =>
  typeof name === 'string' && /^[A-Za-z_$][\w$]*$/.test(name) && Object.prototype.hasOwnProperty.call(emu.context, name) &&
  typeof emu.context[name] === 'function' && !emu.customFunctions.includes(name);

/** Runs `name(...args)` for google.script.run; never throws, so any transport can carry the reply. */
export function answerScriptRun(emu: Emulator, name: unknown, args: unknown): ScriptRunReply {
  if (!isScriptFunction(emu, name)) return { ok: false, message: `Script function not found: ${String(name)}` };
  if (!Array.isArray(args)) return { ok: false, message: 'google.script.run: the arguments must be a list' };
  try {
    const value = emu.run(name, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (e) {
    return { ok: false, message: errorMessage(e) };
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
