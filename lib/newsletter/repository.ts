import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/database';
import type { NewsletterRef } from './mails';
import type { SubscriptionChannel, SubscriptionEventType } from './tables';

/**
 * Small shared queries for the newsletter services. Plain async functions over Kysely, one set
 * for SQLite and PostgreSQL.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface NewsletterRow extends NewsletterRef {
  active: boolean;
}

export async function newslettersBySlug(db: Db, slugs: readonly string[]): Promise<NewsletterRow[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom('newsletters').select(['id', 'slug', 'name', 'active']).where('slug', 'in', [...slugs]).execute();
  return rows.map((row) => ({ ...row, active: Number(row.active) === 1 }));
}

export async function newslettersById(db: Db, ids: readonly string[]): Promise<NewsletterRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('newsletters')
    .select(['id', 'slug', 'name', 'active'])
    .where('id', 'in', [...ids])
    .orderBy('position')
    .orderBy('slug')
    .execute();
  return rows.map((row) => ({ ...row, active: Number(row.active) === 1 }));
}

export interface EventInput {
  subscriberId: string;
  newsletterId: string;
  type: SubscriptionEventType;
  channel: SubscriptionChannel;
  at: string;
  consentVersion?: string | null;
  sourcePath?: string | null;
}

export async function appendEvents(db: Db, events: readonly EventInput[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('newsletter_events')
    .values(
      events.map((event) => ({
        id: randomUUID(),
        subscriber_id: event.subscriberId,
        newsletter_id: event.newsletterId,
        type: event.type,
        channel: event.channel,
        consent_version: event.consentVersion ?? null,
        source_path: event.sourcePath ?? null,
        occurred_at: event.at,
      })),
    )
    .execute();
}

/** Codes of transient conflicts worth retrying the whole transaction for. */
const TRANSIENT = new Set(['40001', '40P01', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']);

/** Runs `work` in a transaction, retrying a few times on serialisation failures and deadlocks. */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= 4 || typeof code !== 'string' || !TRANSIENT.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
