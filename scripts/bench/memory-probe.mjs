/**
 * Preloaded into the server by `npm run bench:soak` (NODE_OPTIONS=--import): every 15 s it appends
 * process.memoryUsage() as one JSON line to MEMORY_PROBE_FILE, so the soak can say whether RSS
 * growth is the V8 heap, Buffers outside it, or neither (native allocations, fragmentation).
 */
import fs from 'node:fs';

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  const write = () => fs.appendFileSync(file, JSON.stringify({ pid: process.pid, at: Date.now(), ...process.memoryUsage() }) + '\n');
  setInterval(write, 15_000).unref();
  write();
}
