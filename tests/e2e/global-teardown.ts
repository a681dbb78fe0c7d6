import fs from 'node:fs';
import { releaseRunLock } from './support/run-lock';
import { readState, STATE_FILE } from './support/state';

export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(STATE_FILE)) {
    releaseRunLock();
    return;
  }
  const state = readState();
  try {
    // The server was started in its own process group: stop it and anything it spawned.
    process.kill(-state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(STATE_FILE, { force: true });
  if (process.env.E2E_KEEP_DATA !== '1') fs.rmSync(state.dataDir, { recursive: true, force: true });
  releaseRunLock();
}
