/**
 * Resident memory of the process that actually serves a port: the one holding its listening socket,
 * found among the spawned process and its descendants, since a launcher (npm, `next start`) may
 * hand the socket to a child. Linux /proc only.
 */
import fs from 'node:fs';

/** Inodes of the sockets listening on `port` (state 0A in /proc/net/tcp and tcp6). */
function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** `rootPid` and every process below it. */
function descendants(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses: read after its closing one.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const found = [rootPid];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === found[i]) found.push(pid);
  }
  return found;
}

/** The pid (rootPid or a descendant) whose file descriptors include the socket listening on `port`. */
export function servingPid(rootPid: number, port: number): number {
  const inodes = listeningInodes(port);
  for (const pid of descendants(rootPid)) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = target.match(/^socket:\[(\d+)\]$/)?.[1];
        if (inode && inodes.has(inode)) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  throw new Error(`no process under ${rootPid} listens on port ${port}`);
}

/** VmRSS of `pid`, in bytes. */
export function rssBytes(pid: number): number {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * The lowest VmRSS of each pid over `ms` of idle, sampled every 500 ms: a resting footprint, not the
 * warm-up's garbage that V8 has yet to collect (one sample after the same warm-up read 121 or 156 MB).
 */
export async function restingRssBytes(pids: number[], ms = 10_000): Promise<number[]> {
  const lowest = pids.map(rssBytes);
  for (let waited = 0; waited < ms; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    pids.forEach((pid, i) => (lowest[i] = Math.min(lowest[i]!, rssBytes(pid))));
  }
  return lowest;
}
