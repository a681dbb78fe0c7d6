import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireRunLock } from './support/run-lock';
import { buildNext, freePort, productionServerEnv, ROOT, startNext } from './support/server';
import { writeState } from './support/state';

/**
 * The browser suite runs against a real production build (`next build` + the `npm start` server) on
 * 127.0.0.1 with its own freshly migrated and seeded SQLite database, so it never touches a
 * developer's data. The build goes to `.next-e2e`; set E2E_REUSE_BUILD=1 to skip rebuilding
 * when only tests changed.
 */
export default async function globalSetup(): Promise<void> {
  await acquireRunLock();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-'));
  const distDir = '.next-e2e';
  const port = Number(process.env.E2E_PORT ?? (await freePort()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${path.join(dataDir, 'e2e.db')}`;
  const nextAuthSecret = 'e2e-secret-not-for-production-0123456789abcdef';

  const env = productionServerEnv({ distDir, databaseUrl, base: baseUrl, dataDir, nextAuthSecret });

  const reuse = process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(ROOT, distDir, 'BUILD_ID'));
  const started = Date.now();
  if (!reuse) {
    process.stdout.write(`\n[e2e] building the production site into ${distDir} …\n`);
    await buildNext(env);
    process.stdout.write(`[e2e] build finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const server = await startNext(env, port);
  process.stdout.write(`[e2e] production server listening on ${baseUrl} (data in ${dataDir})\n`);
  writeState({ baseUrl, databaseUrl, distDir, dataDir, pid: server.pid ?? -1, nextAuthSecret });
  server.unref();
}
