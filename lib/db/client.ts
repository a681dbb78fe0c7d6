import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import { Migrator } from 'kysely/migration';
import { getEnv } from '@/lib/env';
import type { Database } from './database';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url';
import { DatabaseConfigError, describeConnectionError, describeFolderError, errorCodeOf, firstLineOf } from './errors';
import { migrations } from './migrations';

export { DatabaseConfigError } from './errors';

/** Which database a Kysely instance talks to (for messages and dialect-specific steps). */
const targets = new WeakMap<Kysely<Database>, DatabaseTarget>();

export function targetOf(db: Kysely<Database>): DatabaseTarget | undefined {
  return targets.get(db);
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: the write lock is taken up front, so two
 * processes (e.g. `next build` workers migrating one file) queue on busy_timeout instead of one
 * failing with SQLITE_BUSY when a deferred read transaction tries to upgrade to a write.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

function openSqlite(file: string): BetterSqlite3.Database {
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw describeFolderError(error, folder);
  }
  const target: DatabaseTarget = { dialect: 'sqlite', file };
  try {
    const database = new BetterSqlite3(file);
    // busy_timeout first, so the WAL switch itself waits for a concurrent opener.
    database.pragma('busy_timeout = 5000');
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    return database;
  } catch (error) {
    throw describeConnectionError(error, target) ?? error;
  }
}

function createPostgresDialect(target: Extract<DatabaseTarget, { dialect: 'postgres' }>): PostgresDialect {
  // pg is loaded when the first connection is made, so a SQLite site never loads it.
  const createPool = async () => {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client losing its server (restart, network) must not crash the process:
    // the next query reconnects, and /api/ready reports the outage meanwhile.
    pool.on('error', (error) => {
      console.error(`[db] PostgreSQL connection error: ${firstLineOf(error)}`);
    });
    // The pool listens only to idle clients. One checked out by Kysely when its server vanishes
    // emits 'error' as well as failing its query; unheard, that is an uncaughtException. The query's
    // own rejection already reports the failure, and the pool drops the dead client on release.
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    return pool;
  };
  let schemaReady: Promise<void> | null = null;
  return new PostgresDialect({
    pool: createPool,
    onCreateConnection: async (connection) => {
      if (!target.schema) return;
      schemaReady ??= connection
        .executeQuery(CompiledQuery.raw(`create schema if not exists "${target.schema}"`))
        .then(
          () => undefined,
          (error: unknown) => {
            // Two connections racing to create it: the loser sees a duplicate, which is fine.
            if (['42P06', '23505'].includes(errorCodeOf(error) ?? '')) return;
            schemaReady = null;
            throw error;
          },
        );
      await schemaReady;
    },
  });
}

/** A Kysely instance for DATABASE_URL-style `url`, without migrating. Connects lazily. */
export function createDb(url: string): Kysely<Database> {
  const target = parseDatabaseUrl(url);
  const dialect =
    target.dialect === 'sqlite'
      ? new ImmediateSqliteDialect({ database: async () => openSqlite(target.file) })
      : createPostgresDialect(target);
  const db = new Kysely<Database>({ dialect });
  targets.set(db, target);
  return db;
}

const BUSY_RETRIES = 5;

async function withBusyRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = errorCodeOf(error) ?? '';
      if (!code.startsWith('SQLITE_BUSY') || attempt >= BUSY_RETRIES) throw error;
      // Another process holds the write lock past busy_timeout: back off, then re-check state.
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
  }
}

async function runMigrator(db: Kysely<Database>): Promise<void> {
  const target = targets.get(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Without a schema, Kysely's "does the migration table exist?" check matches a table of that
    // name in ANY schema of the database, so a second Meridian schema in the same database (test
    // runs, a staging copy) would never get its own bookkeeping tables. Name ours explicitly.
    ...(target?.dialect === 'postgres' ? { migrationTableSchema: target.schema ?? 'public' } : {}),
    // Features land in parallel (0003 may ship before 0002); each migration touches only its own
    // tables, so applying a late-registered earlier one is safe and must not brick a dev database.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error');
  if (failed) {
    throw new DatabaseConfigError(
      `Database migration ${failed.migrationName} failed: ${firstLineOf(error)}. ` +
        'Fix the cause and restart; the failed migration was rolled back.',
      { cause: error },
    );
  }
  throw error;
}

/**
 * Applies pending migrations from the static registry. Safe to run from several processes at
 * once (`next build` workers): PostgreSQL serialises through Kysely's advisory lock and runs each
 * migration in a transaction. Kysely runs SQLite migrations without a transaction, so for SQLite
 * the whole run happens inside one BEGIN IMMEDIATE on the single connection: other processes
 * wait on busy_timeout, then find the work done. Throws DatabaseConfigError.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const target = targets.get(db);
  try {
    if (target?.dialect === 'sqlite') {
      await withBusyRetry(() =>
        db.connection().execute(async (connection) => {
          await sql`begin immediate`.execute(connection);
          try {
            await runMigrator(connection);
            await sql`commit`.execute(connection);
          } catch (error) {
            await sql`rollback`.execute(connection).catch(() => undefined);
            throw error;
          }
        }),
      );
    } else {
      await runMigrator(db);
    }
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    const described = target ? describeConnectionError(error, target) : null;
    if (described) throw described;
    throw new DatabaseConfigError(`Database migration failed: ${firstLineOf(error)}`, { cause: error });
  }
}

/** Runs `select 1`, failing after `timeoutMs`. Used by /api/ready. */
export async function pingDatabase(db: Kysely<Database>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database ping timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: can this process reach a migrated database within `timeoutMs`? Never throws; logs
 * one line (no credentials: messages name host:port only) when the answer is no.
 */
export async function isDatabaseReady(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([getDb().then((db) => pingDatabase(db, timeoutMs)), timeout]);
    return true;
  } catch (error) {
    console.error(`[ready] database unavailable: ${firstLineOf(error)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function hasContent(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('sections').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Opens, migrates and (when asked and the database is empty) seeds the demo content. */
export async function openDatabase(url: string, options: { seedDemo: boolean }): Promise<Kysely<Database>> {
  const db = createDb(url);
  try {
    await migrateToLatest(db);
    if (options.seedDemo && !(await hasContent(db))) {
      // Loaded only when there is something to seed: the demo articles are about 2,000 lines of text
      // that a serving process would otherwise keep in memory for nothing.
      const { seedDemo } = await import('./seed/seed-demo');
      await withBusyRetry(() => seedDemo(db, { onlyIfEmpty: true }));
    }
    return db;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const target = parseDatabaseUrl(url);
    throw describeConnectionError(error, target) ?? error;
  }
}

interface DbHolder {
  url: string;
  promise: Promise<Kysely<Database>>;
}

// On globalThis so `next dev` hot reloads reuse one pool instead of opening a new one per edit.
const holderKey = Symbol.for('meridian.db');
type GlobalWithDb = typeof globalThis & { [holderKey]?: DbHolder };

/**
 * The process-wide database: migrated, and seeded with demo content on first start when
 * SEED_DEMO is on. Memoised; a failed attempt is forgotten so the next call retries (a database
 * that was down at start can come back without a restart).
 */
export function getDb(): Promise<Kysely<Database>> {
  const env = getEnv();
  const store = globalThis as GlobalWithDb;
  const existing = store[holderKey];
  if (existing && existing.url === env.DATABASE_URL) return existing.promise;
  const promise = openDatabase(env.DATABASE_URL, { seedDemo: env.SEED_DEMO });
  const holder: DbHolder = { url: env.DATABASE_URL, promise };
  store[holderKey] = holder;
  promise.catch(() => {
    if (store[holderKey] === holder) delete store[holderKey];
  });
  return promise;
}
