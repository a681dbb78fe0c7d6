/**
 * Servers a bench spawns live in their own process groups (detached), so a Ctrl-C or a crash of
 * the bench would leave them running: every group registered here is sent SIGTERM on the way out.
 */
import type { ChildProcess } from 'node:child_process';

const groups = new Set<number>();

function killAll(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  groups.clear();
}

process.once('exit', killAll);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(code);
  });
}

/** Registers a detached server so its process group is stopped if the bench exits without stopNext. */
export function stopOnExit(child: ChildProcess): void {
  const pid = child.pid;
  if (!pid) return;
  groups.add(pid);
  child.once('exit', () => groups.delete(pid));
}
