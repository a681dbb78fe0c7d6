import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { createDb, migrateToLatest } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { seedDemo } from '@/lib/db/seed/seed-demo';

/**
 * Real databases for integration tests: a temporary SQLite file, or a fresh PostgreSQL schema
 * (so parallel runs and parallel test files never collide). Both are migrated; seeding is opt-in.
 */

export type TestDialect = 'sqlite' | 'postgres';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: Kysely<Database>;
  /** A DATABASE_URL pointing at this database (for child processes and getDb()). */
  url: string;
  dialect: TestDialect;
  destroy(): Promise<void>;
}

export async function createTestDatabase(
  dialect: TestDialect,
  options: { seed?: boolean; now?: Date } = {},
): Promise<TestDatabase> {
  // Each dialect differs only in where the database lives and how it is thrown away.
  // PostgreSQL drops its schema while the connection is open; SQLite removes its folder after closing.
  let url: string;
  let beforeClose: (db: Kysely<Database>) => Promise<void> = async () => undefined;
  let afterClose = (): void => undefined;
  if (dialect === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-test-'));
    url = `file:${path.join(folder, 'test.db')}`;
    afterClose = () => fs.rmSync(folder, { recursive: true, force: true });
  } else {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    url = withSchema(TEST_POSTGRES_URL, schema);
    beforeClose = async (db) => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    };
  }
  const db = createDb(url);
  await migrateToLatest(db);
  if (options.seed) await seedDemo(db, { now: options.now });
  return {
    db,
    url,
    dialect,
    async destroy() {
      try {
        await beforeClose(db);
      } finally {
        await db.destroy();
        afterClose();
      }
    },
  };
}

export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

/** Whether something accepts TCP connections at host:port (checked synchronously: describe() is sync). */
function portAnswers(host: string, port: number): boolean {
  const script = `
    const socket = require('node:net').connect(${port}, ${JSON.stringify(host)});
    socket.setTimeout(1500);
    socket.on('connect', () => process.exit(0));
    socket.on('timeout', () => process.exit(1));
    socket.on('error', () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', script], { timeout: 3000 });
  return result.status === 0;
}

const availability = new Map<string, boolean>();

function serviceAvailable(key: string, url: string, defaultPort: number): boolean {
  const cached = availability.get(key);
  if (cached !== undefined) return cached;
  const parsed = new URL(url);
  const answers = portAnswers(parsed.hostname || '127.0.0.1', Number(parsed.port || defaultPort));
  availability.set(key, answers);
  return answers;
}

export function postgresAvailable(): boolean {
  return serviceAvailable('postgres', TEST_POSTGRES_URL, 5432);
}

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function redisAvailable(): boolean {
  return serviceAvailable('redis', TEST_REDIS_URL, 6379);
}

/**
 * describe() when the service answers. Otherwise: skip with a loud banner locally, but under
 * CI=true run a failing test instead, so a missing service can never turn a CI run green.
 */
function describeIfService(service: string, address: string, available: () => boolean) {
  return (name: string, fn: () => void): void => {
    if (available()) {
      describe(name, fn);
      return;
    }
    if (process.env.CI === 'true') {
      describe(name, () => {
        it(`needs ${service} at ${address}`, () => {
          throw new Error(`${service} is not reachable at ${address}, and CI=true requires these tests to run.`);
        });
      });
      return;
    }
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! SKIPPED: "${name}"\n!! ${service} does not answer at ${address}.\n` +
        `!! Start it to run these tests (they are required when CI=true).\n${line}\n`,
    );
    describe.skip(name, fn);
  };
}

export const describeIfPostgres = describeIfService('PostgreSQL', redact(TEST_POSTGRES_URL), postgresAvailable);
export const describeIfRedis = describeIfService('Redis', redact(TEST_REDIS_URL), redisAvailable);

/** Runs `fn` once per dialect: SQLite always, PostgreSQL through describeIfPostgres. */
export function describeEachDialect(name: string, fn: (dialect: TestDialect) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  describeIfPostgres(`${name} [postgres]`, () => fn('postgres'));
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
