import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The durable mail outbox (lib/mail/outbox-tables.ts): every mail is written in the transaction of
 * the change that causes it, and a sender delivers it later. Portable column types only, like 0001.
 */
export const mailOutboxMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('address_key', 'text')
      .addColumn('message_id', 'text', (c) => c.notNull().unique())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text_body', 'text', (c) => c.notNull())
      .addColumn('html_body', 'text')
      .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('queued_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('failed_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    // Partial indexes: the sender and the resend check only ever look at unsent mail, which stays small.
    await db.schema
      .createIndex('mail_outbox_due')
      .on('mail_outbox')
      .column('next_attempt_at')
      .where(sql.ref('sent_at'), 'is', null)
      .where(sql.ref('failed_at'), 'is', null)
      .execute();
    await db.schema
      .createIndex('mail_outbox_unsent_address')
      .on('mail_outbox')
      .columns(['address_key', 'kind'])
      .where(sql.ref('sent_at'), 'is', null)
      .where(sql.ref('failed_at'), 'is', null)
      .execute();
    // Partial too: a plain index on failed_at (null for nearly every row) lured SQLite's planner into
    // scanning every sent row on each claim.
    await db.schema.createIndex('mail_outbox_failed').on('mail_outbox').column('failed_at').where(sql.ref('failed_at'), 'is not', null).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('mail_outbox').ifExists().execute();
  },
};
