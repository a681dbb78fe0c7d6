/**
 * Meridian's production server for a bench: built into BENCH_DIST_DIR (default .next-bench) on a
 * fresh SQLite database, started as `npm start` does (scripts/server.mjs) on 127.0.0.1.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNext, freePort, productionServerEnv, ROOT, startNext } from '../../tests/e2e/support/server';
import { stopOnExit } from './cleanup';

export const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench';

export interface MeridianServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
}

/**
 * Builds (unless BENCH_REUSE_BUILD=1 finds a build) and starts Meridian on BENCH_PORT or a free port.
 * `prepare` runs against the fresh database before the server starts (e.g. a bigger seed).
 */
export async function startMeridian(prepare?: (env: NodeJS.ProcessEnv) => Promise<void>): Promise<MeridianServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'));
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = productionServerEnv({
    distDir: DIST,
    databaseUrl: `file:${path.join(dataDir, 'bench.db')}`,
    base: baseUrl,
    dataDir,
    nextAuthSecret: 'bench-secret-not-for-production-0123456789abcdef',
  });
  if (!(process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(ROOT, DIST, 'BUILD_ID')))) {
    console.log(`building into ${DIST} …`);
    await buildNext(env);
  }
  await prepare?.(env);
  // What `npm start` runs (scripts/server.mjs), as the bars say.
  const child = await startNext(env, port);
  stopOnExit(child);
  return { baseUrl, port, child };
}

/** The reader pages both benches measure, in the order they print them. */
export const READER_PAGES = ['article', 'home', 'section'] as const;
export type ReaderPage = (typeof READER_PAGES)[number];

/** Each reader page's path on a Meridian server: the given article, the home page and the News section. */
export function readerPaths(article: string): Record<ReaderPage, string> {
  return { article, home: '/', section: '/news' };
}

/** The first article linked from the home page's lead story. */
export async function findArticlePath(baseUrl: string): Promise<string> {
  const html = await (await fetch(baseUrl + '/', { signal: AbortSignal.timeout(30_000) })).text();
  const match = html.match(/<article lang="en"[^]*?href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/);
  if (!match?.[1]) throw new Error('No article link on the home page');
  return match[1];
}
