// A typed, promise-based `google.script.run` (after gas-client): the sidebar calls the add-on's
// top-level server functions by name, with their argument and result types checked at compile time.

export interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

/** `server.fn(args)` returns a promise of fn's result; a thrown server error rejects it. */
export function createServer<S extends { [K in keyof S]: (...args: never[]) => unknown }>(run: () => ScriptRun): {
  [K in keyof S]: (...args: Parameters<S[K]>) => Promise<Awaited<ReturnType<S[K]>>>;
} {
  return new Proxy({} as never, {
    get: (_target, name: string) => (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = run().withSuccessHandler(resolve).withFailureHandler(reject);
        const fn = runner[name];
        if (typeof fn !== 'function') {
          reject(new Error(`The add-on has no server function ${name}`));
          return;
        }
        fn.apply(runner, args);
      }),
  });
}
