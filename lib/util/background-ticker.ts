import 'server-only';

/**
 * Runs `tick` once now and then every `everyMs`, once per process (route bundles, instrumentation
 * and dev hot reloads share one through a key on globalThis). Never throws and never delays
 * start-up; a failing tick (the database away) is logged at most once a minute, not on every tick.
 */
export function startTicker(options: { key: symbol; everyMs: number; name: string; tick: () => Promise<void> }): void {
  const store = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (store[options.key]) return;
  store[options.key] = true;
  let lastFailure = 0;
  const run = () =>
    void options.tick().catch((error: unknown) => {
      if (Date.now() - lastFailure < 60_000) return;
      lastFailure = Date.now();
      console.error(`[${options.name}] unavailable: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    });
  run();
  // unref: the timer must never keep a stopping process alive.
  setInterval(run, options.everyMs).unref();
}
