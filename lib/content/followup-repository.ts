import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/database';
import type { PublishFollowupsTable } from './followup-tables';

/**
 * Queries on the publish follow-ups (lib/content/followup-tables.ts), one set for SQLite and
 * PostgreSQL. The publish function queues a row inside its own transaction; runners claim due rows
 * one by one (a conditional UPDATE: whichever instance changes the row first owns it), then settle them.
 */

type Db = Kysely<Database> | Transaction<Database>;

export type ClaimedFollowup = Pick<PublishFollowupsTable, 'id' | 'article_id' | 'attempts' | 'created_at'> & { tags: string[] };

const storedTagsSchema = z.array(z.string().min(1).max(512)).max(1_000);

/** Queues the second pass of a change; call it with the transaction that makes the change. */
export async function enqueueFollowup(
  trx: Db,
  followup: { articleId: string; tags: readonly string[]; now: Date; dueAt: Date },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('publish_followups')
    .values({
      id,
      article_id: followup.articleId,
      tags: JSON.stringify(followup.tags),
      created_at: followup.now.toISOString(),
      attempts: 0,
      due_at: followup.dueAt.toISOString(),
      lease_until: null,
      claimed_by: null,
      done_at: null,
      failed_at: null,
      last_error: null,
    })
    .execute();
  return id;
}

/** Claims up to `limit` due follow-ups for `owner` until `leaseUntil`, oldest first. */
export async function claimDueFollowups(
  db: Kysely<Database>,
  options: { owner: string; now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedFollowup[]> {
  const now = options.now.toISOString();
  const free = (qb: Db) =>
    qb
      .selectFrom('publish_followups')
      .select(['id', 'article_id', 'tags', 'attempts', 'created_at'])
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('due_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]));
  const candidates = await free(db).orderBy('due_at').limit(options.limit).execute();
  const claimed: ClaimedFollowup[] = [];
  for (const row of candidates) {
    // The conditions again: another runner may have taken the row since it was read.
    const result = await db
      .updateTable('publish_followups')
      .set({ claimed_by: options.owner, lease_until: options.leaseUntil.toISOString(), attempts: sql<number>`attempts + 1` })
      .where('id', '=', row.id)
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const tags = storedTagsSchema.safeParse(JSON.parse(row.tags));
    claimed.push({ ...row, attempts: row.attempts + 1, tags: tags.success ? tags.data : [] });
  }
  return claimed;
}

export async function markFollowupDone(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('publish_followups')
    .set({ done_at: now.toISOString(), lease_until: null, last_error: null })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .execute();
}

const MAX_ERROR_CHARS = 300;

/** A failed try: the row waits until `retryAt`, or, without one, is given up for good. */
export async function markFollowupFailed(
  db: Kysely<Database>,
  id: string,
  options: { error: string; now: Date; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable('publish_followups')
    .set({
      lease_until: null,
      last_error: options.error.replace(/\s+/g, ' ').slice(0, MAX_ERROR_CHARS),
      ...(options.retryAt ? { due_at: options.retryAt.toISOString() } : { failed_at: options.now.toISOString() }),
    })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .execute();
}

/** Leases a previous run of `owner` held: after a crash they would otherwise wait out the lease. */
export async function releaseFollowupLeases(db: Kysely<Database>, owner: string): Promise<number> {
  const result = await db
    .updateTable('publish_followups')
    .set({ lease_until: null, claimed_by: null })
    .where('claimed_by', '=', owner)
    .where('done_at', 'is', null)
    .where('lease_until', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface FollowupCounts {
  pending: number;
  failed: number;
}

export async function countFollowups(db: Db): Promise<FollowupCounts> {
  const row = await db
    .selectFrom('publish_followups')
    .select((eb) => [
      eb.fn.count<number>(eb.case().when('failed_at', 'is', null).then(1).end()).as('pending'),
      eb.fn.count<number>('failed_at').as('failed'),
    ])
    .where('done_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), failed: Number(row.failed) };
}

/** Deletes follow-ups finished before `before`; pending and failed ones stay. */
export async function pruneFollowups(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('publish_followups').where('done_at', '<', before.toISOString()).execute();
}
