import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Newsletter subscriptions (lib/newsletter/tables.ts): subscribers, one subscription per
 * (subscriber, newsletter) carrying the consent record, hashed confirmation tokens, and an
 * append-only event log. Portable column types only, like 0001_content.
 */
export const newsletterMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('newsletter_subscribers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('newsletter_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subscriber_id', 'text', (c) => c.notNull().references('newsletter_subscribers.id'))
      .addColumn('newsletter_id', 'text', (c) => c.notNull().references('newsletters.id'))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'confirmed', 'unsubscribed')`))
      .addColumn('consent_version', 'text', (c) => c.notNull())
      .addColumn('source_path', 'text')
      .addColumn('requested_at', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('unsubscribed_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('newsletter_subscriptions_subscriber_newsletter', ['subscriber_id', 'newsletter_id'])
      .execute();
    // Sending an issue reads the confirmed subscribers of one newsletter.
    await db.schema
      .createIndex('newsletter_subscriptions_newsletter_status')
      .on('newsletter_subscriptions')
      .columns(['newsletter_id', 'status'])
      .execute();

    await db.schema
      .createTable('newsletter_confirmation_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('subscriber_id', 'text', (c) => c.notNull().references('newsletter_subscribers.id'))
      .addColumn('newsletter_ids', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('newsletter_confirmation_tokens_subscriber')
      .on('newsletter_confirmation_tokens')
      .column('subscriber_id')
      .execute();

    await db.schema
      .createTable('newsletter_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subscriber_id', 'text', (c) => c.notNull().references('newsletter_subscribers.id'))
      .addColumn('newsletter_id', 'text', (c) => c.notNull().references('newsletters.id'))
      .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('requested', 'confirmed', 'unsubscribed')`))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('consent_version', 'text')
      .addColumn('source_path', 'text')
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('newsletter_events_subscriber_occurred')
      .on('newsletter_events')
      .columns(['subscriber_id', 'occurred_at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['newsletter_events', 'newsletter_confirmation_tokens', 'newsletter_subscriptions', 'newsletter_subscribers']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
