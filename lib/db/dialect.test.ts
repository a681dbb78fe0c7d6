/**
 * @jest-environment node
 *
 * dialectOf() must name PostgreSQL even when the handle's adapter comes from another copy of
 * Kysely's classes, as in a production build with two bundle layers (the search index then wrote
 * SQLite's tables on PostgreSQL and every publish answered 503).
 */
import { DummyDriver, Kysely, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DialectAdapter } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';

/** An adapter that behaves like PostgreSQL's but is not an instance of this copy's PostgresAdapter. */
function foreignPostgresAdapter(): DialectAdapter {
  return {
    supportsCreateIfNotExists: true,
    supportsTransactionalDdl: true,
    supportsReturning: true,
    supportsOutput: false,
    async acquireMigrationLock() {},
    async releaseMigrationLock() {},
  } as DialectAdapter;
}

describe('dialectOf', () => {
  it('tells PostgreSQL from SQLite by what the handle compiles, not by class identity', () => {
    const postgres = new Kysely<unknown>({
      dialect: {
        createAdapter: foreignPostgresAdapter,
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    const sqlite = new Kysely<unknown>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      },
    });
    expect(dialectOf(postgres)).toBe('postgres');
    expect(dialectOf(sqlite)).toBe('sqlite');
  });
});
