import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type QueryCreator, type Transaction } from 'kysely';
import type { Database } from '@/lib/db/database';
import type { MailMessage } from './mailer';
import type { MailKind, MailOutboxTable } from './outbox-tables';

/**
 * Queries on the mail outbox (lib/mail/outbox-tables.ts), one set for SQLite and PostgreSQL.
 * Writers call enqueueMail inside their own transaction; the sender claims, then settles, rows.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface OutboxMail {
  kind: MailKind;
  message: MailMessage;
  /** Opaque per-address key for "is a mail to this address still waiting?"; never the address. */
  addressKey?: string;
}

export type ClaimedMail = Pick<
  MailOutboxTable,
  'id' | 'kind' | 'recipient' | 'message_id' | 'subject' | 'text_body' | 'html_body' | 'headers' | 'attempts' | 'queued_at'
>;

/** A Message-ID for a mail from `siteUrl` (its host names the domain part, RFC 5322 §3.6.4). */
export function newMessageId(siteUrl: string): string {
  let host = 'meridian.invalid';
  try {
    host = new URL(siteUrl).hostname.replace(/^\[|\]$/g, '') || host;
  } catch {
    // keep the fallback: a Message-ID is still unique without a real host
  }
  return `<${randomUUID()}@${host}>`;
}

/** Queues one mail; call it with the transaction that makes the change the mail reports. */
export async function enqueueMail(trx: Db, mail: OutboxMail, options: { now: Date; siteUrl: string }): Promise<string> {
  const at = options.now.toISOString();
  const messageId = newMessageId(options.siteUrl);
  await trx
    .insertInto('mail_outbox')
    .values({
      id: randomUUID(),
      kind: mail.kind,
      recipient: mail.message.to,
      address_key: mail.addressKey ?? null,
      message_id: messageId,
      subject: mail.message.subject,
      text_body: mail.message.text,
      html_body: mail.message.html ?? null,
      headers: JSON.stringify(mail.message.headers ?? {}),
      created_at: at,
      queued_at: at,
      attempts: 0,
      next_attempt_at: at,
      lease_until: null,
      claimed_by: null,
      sent_at: null,
      failed_at: null,
      last_error: null,
    })
    .execute();
  return messageId;
}

/** Whether a mail of `kind` to the address behind `addressKey` is queued and not yet sent. */
export async function hasUnsentMail(db: Db, kind: MailKind, addressKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where('address_key', '=', addressKey)
    .where('kind', '=', kind)
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Claims up to `limit` due mails for `owner` until `leaseUntil`, in one statement. On PostgreSQL
 * the inner select skips rows another instance is claiming (FOR UPDATE SKIP LOCKED); SQLite has a
 * single writer, so the statement alone is atomic. The outer conditions repeat the inner ones, so
 * a row claimed meanwhile is never taken twice.
 */
export async function claimDueMails(
  db: Kysely<Database>,
  options: { owner: string; now: Date; leaseUntil: Date; limit: number; skipLocked: boolean },
): Promise<ClaimedMail[]> {
  const now = options.now.toISOString();
  const due = (qb: QueryCreator<Database>) =>
    qb
      .selectFrom('mail_outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(options.limit)
      .$if(options.skipLocked, (select) => select.forUpdate().skipLocked());
  // A materialised CTE runs the LIMIT select once: inside `IN (subquery)` PostgreSQL may run it
  // again per row, and with SKIP LOCKED each run finds other rows, so one claim took far more than
  // `limit` mails and a second instance found nothing left to share.
  return db
    .with((cte) => cte('due').materialized(), due)
    .updateTable('mail_outbox')
    .set({ claimed_by: options.owner, lease_until: options.leaseUntil.toISOString(), attempts: sql<number>`attempts + 1` })
    .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .returning(['id', 'kind', 'recipient', 'message_id', 'subject', 'text_body', 'html_body', 'headers', 'attempts', 'queued_at'])
    .execute();
}

/** Marks delivered mails sent and drops their bodies (see outbox-tables.ts). */
export async function markSent(db: Kysely<Database>, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: now.toISOString(), lease_until: null, text_body: '', html_body: null, last_error: null })
    .where('id', 'in', [...ids])
    .where('sent_at', 'is', null)
    .execute();
}

const MAX_ERROR_CHARS = 500;

/** Errors are kept short and on one line: enough to diagnose, never a whole SMTP transcript. */
export function truncateError(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}

/** A failed try: the mail waits until `retryAt`, or, without one, is given up for good. */
export async function markAttemptFailed(
  db: Kysely<Database>,
  id: string,
  options: { error: string; now: Date; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      lease_until: null,
      last_error: truncateError(options.error),
      ...(options.retryAt ? { next_attempt_at: options.retryAt.toISOString() } : { failed_at: options.now.toISOString() }),
    })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute();
}

/** Leases a previous run of `owner` held: after a crash they would otherwise wait out the lease. */
export async function releaseLeases(db: Kysely<Database>, owner: string): Promise<number> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ lease_until: null, claimed_by: null })
    .where('claimed_by', '=', owner)
    .where('sent_at', 'is', null)
    .where('lease_until', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface OutboxCounts {
  pending: number;
  failed: number;
}

export async function countOutbox(db: Db): Promise<OutboxCounts> {
  // Two counts, each answered from its own index (the pending one is partial and small).
  const pending = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirstOrThrow();
  const failed = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('failed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return { pending: Number(pending.n), failed: Number(failed.n) };
}

/** `npm run mail:retry`: failed mails go back in the queue with a fresh give-up clock. */
export async function requeueFailedMails(db: Kysely<Database>, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable('mail_outbox')
    .set({ failed_at: null, attempts: 0, queued_at: at, next_attempt_at: at, lease_until: null, claimed_by: null })
    .where('failed_at', 'is not', null)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
