/**
 * @jest-environment node
 *
 * /api/health answers without a database; /api/ready answers 200 only when the database does,
 * 503 with no details otherwise, within its 1 s budget. Neither may be cached.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, migrateToLatest } from '@/lib/db/client';

// connection() only marks the handler as request-time (no prerender); it needs a live request
// scope that jest does not have. `next build` lists both routes as dynamic (ƒ).
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => undefined }));

type RouteModule = { GET: () => Promise<Response> };

/** Loads a route with a fresh module graph (env and the DB handle are read once per process). */
async function loadRoute(route: 'health' | 'ready', databaseUrl: string): Promise<RouteModule> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = 'false';
  let mod: RouteModule | undefined;
  await jest.isolateModulesAsync(async () => {
    mod = (await import(`@/app/api/${route}/route`)) as RouteModule;
  });
  return mod!;
}

const UNREACHABLE = 'postgres://postgres@127.0.0.1:5999/test';
const originalEnv = { ...process.env };
let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-ready-'));
});
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('meridian.db')];
  process.env = { ...originalEnv };
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('/api/health', () => {
  it('is 200 ok and no-store even when the database is unreachable', async () => {
    const { GET } = await loadRoute('health', UNREACHABLE);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('/api/ready', () => {
  it('is 200 when the database answers', async () => {
    const url = `file:${path.join(folder, 'ready.db')}`;
    // Migrate first, as server start-up (instrumentation.ts) does, so the probe only pings.
    const db = createDb(url);
    await migrateToLatest(db);
    await db.destroy();
    const { GET } = await loadRoute('ready', url);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is 503 with no error details when the database is unreachable', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { GET } = await loadRoute('ready', UNREACHABLE);
      const response = await GET();
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'unavailable' });
      // The reason goes to the server log, in one line.
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[ready\] database unavailable: Cannot reach PostgreSQL at 127\.0\.0\.1:5999/));
    } finally {
      errors.mockRestore();
    }
  });
});
