/**
 * @jest-environment node
 *
 * Several Meridian databases can share one PostgreSQL database in separate schemas (test runs, a
 * staging copy beside production). Each fresh schema must get its own migration bookkeeping and
 * tables, even when another schema already has them and even when both start at the same moment.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '@/lib/db/client';
import { describeIfPostgres, TEST_POSTGRES_URL, withSchema } from '@/tests/helpers/db';

describeIfPostgres('PostgreSQL schemas side by side', () => {
  const schemas = [1, 2, 3].map(() => `t_side_${randomBytes(4).toString('hex')}`);

  afterAll(async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('migrates a fresh schema while another schema already has the tables, and two at once', async () => {
    const [first, second, third] = schemas as [string, string, string];
    const a = await openDatabase(withSchema(TEST_POSTGRES_URL, first), { seedDemo: false });
    // `first` now has kysely_migration and kysely_migration_lock; the next two must not mistake those for their own.
    const [b, c] = await Promise.all([
      openDatabase(withSchema(TEST_POSTGRES_URL, second), { seedDemo: true }),
      openDatabase(withSchema(TEST_POSTGRES_URL, third), { seedDemo: false }),
    ]);
    try {
      for (const schema of schemas) {
        const { rows } = await sql<{ table_name: string }>`
          select table_name from information_schema.tables where table_schema = ${schema}`.execute(a);
        const names = rows.map((row) => row.table_name);
        expect(names).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'articles', 'newsletter_subscriptions', 'editors']));
      }
      const count = await b.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBeGreaterThan(0);
    } finally {
      await Promise.all([a.destroy(), b.destroy(), c.destroy()]);
    }
  }, 60_000);
});
