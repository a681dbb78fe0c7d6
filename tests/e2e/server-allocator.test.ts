import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MALLOC_SETTINGS } from '@/lib/http/malloc-env.mjs';
import { copyBuild, freePort, productionServerEnv, removeServerFiles, startNext, stopNext } from './support/server';
import { readState } from './support/state';

/**
 * `npm start` on Linux runs with glibc's allocator settings that return freed native memory
 * (lib/http/malloc-env.mjs): without them a server that drew a few share cards rested ~90 MB higher.
 * glibc reads them only at process start, so the server restarts itself with them; the process that
 * serves (the pid `npm start` spawned) must hold them in its own environment.
 */
const DIST = '.next-server-allocator';
const onLinux = process.platform === 'linux' ? describe : describe.skip;
if (process.platform !== 'linux') console.warn('server-allocator.test.ts: skipped, glibc settings apply on Linux only');

onLinux('npm start on Linux', () => {
  let server: ChildProcess | undefined;
  let dataDir: string;
  let base: string;

  beforeAll(async () => {
    copyBuild(readState().distDir, DIST);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-server-allocator-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = productionServerEnv({ distDir: DIST, databaseUrl: `file:${path.join(dataDir, 'site.db')}`, base, dataDir, nextAuthSecret: readState().nextAuthSecret, extra: { REDIS_URL: '' } });
    delete env.MALLOC_ARENA_MAX;
    delete env.MALLOC_MMAP_THRESHOLD_;
    server = await startNext(env, port);
  }, 180_000);

  afterAll(async () => {
    await stopNext(server);
    removeServerFiles(dataDir, DIST);
  }, 30_000);

  it('serves from the spawned process, now running with both allocator settings', async () => {
    expect((await fetch(new URL('/api/health', base))).status).toBe(200);
    const environ = fs.readFileSync(`/proc/${server!.pid}/environ`, 'utf8').split('\0');
    expect(environ).toContain(`MALLOC_ARENA_MAX=${MALLOC_SETTINGS.MALLOC_ARENA_MAX}`);
    expect(environ).toContain(`MALLOC_MMAP_THRESHOLD_=${MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_}`);
  });
});
