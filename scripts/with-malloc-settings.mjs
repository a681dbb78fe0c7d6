// @ts-check
/**
 * Imported first by scripts/server.mjs, for its effect: glibc reads its allocator settings only when
 * a process starts, so the server starts again with them (same pid, via execve) before any other
 * module is evaluated. Node 22.14 has no process.execve; there the server runs without them.
 */
import { envWithMallocSettings } from '../lib/http/malloc-env.mjs';

const mallocEnv = envWithMallocSettings(process.env, process.platform);
if (mallocEnv && typeof process.execve === 'function') {
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], mallocEnv);
  } catch (error) {
    // A sandbox that forbids execve: serve all the same, only without the settings.
    console.warn(`npm start: could not restart with glibc's allocator settings (${error instanceof Error ? error.message : String(error)}); serving without them`);
  }
}
