import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One browser-suite run at a time per machine: runs share the `.next-e2e` build folder and the
 * state file, so a second `npm test` (another terminal, another checkout's watcher) waits for
 * the first to finish instead of rebuilding under its running server. A lock left by a process
 * that died is taken over.
 */
const LOCK_FILE = path.join(os.tmpdir(), `meridian-e2e-${process.getuid?.() ?? 0}.lock`);

function holderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(LOCK_FILE, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireRunLock(timeoutMs = 20 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK_FILE, String(process.pid), { flag: 'wx' });
      return;
    } catch {
      if (!holderAlive()) {
        fs.rmSync(LOCK_FILE, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another browser-suite run still holds ${LOCK_FILE}`);
      if (!announced) {
        process.stdout.write(`[e2e] another run holds ${LOCK_FILE}; waiting for it to finish …\n`);
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

export function releaseRunLock(): void {
  try {
    if (Number(fs.readFileSync(LOCK_FILE, 'utf8')) === process.pid) fs.rmSync(LOCK_FILE, { force: true });
  } catch {
    // not held
  }
}
