import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Publish follow-ups (lib/content/followup-tables.ts): the healing tag expiry and the CDN purge a
 * change owes after the response, written in the change's own transaction so they survive a restart.
 */
export const publishFollowupsMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('publish_followups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('done_at', 'text')
      .addColumn('failed_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    // Partial: runners only ever look at pending rows, which stay few.
    await db.schema
      .createIndex('publish_followups_due')
      .on('publish_followups')
      .column('due_at')
      .where(sql.ref('done_at'), 'is', null)
      .where(sql.ref('failed_at'), 'is', null)
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('publish_followups').ifExists().execute();
  },
};
