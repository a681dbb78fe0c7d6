import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { targetOf } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { DEFAULT_BACKOFF, decideRetry, type BackoffPolicy } from '@/lib/util/backoff';
import type { Mailer } from './mailer';
import { claimDueMails, countOutbox, markAttemptFailed, markSent, releaseLeases, type ClaimedMail, type OutboxCounts } from './outbox-repository';

/**
 * Delivers the mail outbox: claims due rows with a lease, hands each to the mailer, and marks it
 * sent only once the SMTP server (or the outbox folder) accepted it. A failed try waits with
 * exponential backoff (backoff.ts); past the give-up time it is marked failed with one log line.
 * Delivery is at least once: a crash between acceptance and marking can send a mail twice (at most
 * lanes x batchSize mails are in that window), and both copies carry the same Message-ID, so
 * receivers and tests can recognise the retry.
 */

export interface OutboxSenderOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  /** Names this sender in claimed_by; an instance restarted under the same name takes its leases back. */
  owner: string;
  now?: () => Date;
  policy?: BackoffPolicy;
  /** How long a claim holds before another sender may take the mail (bounded SMTP timeouts fit well inside). */
  leaseMs?: number;
  /** Before the first claim, free rows still leased under `owner` (a crashed predecessor's). */
  takeBackLeases?: boolean;
  /** Mails claimed (and sent concurrently) per round. */
  batchSize?: number;
  /**
   * Rounds in flight at once: one claims while another sends, so the sender's few statements do not
   * wait in line behind signups on SQLite's single connection one batch at a time.
   */
  lanes?: number;
  /** Failures and give-ups (default console.error). */
  logError?: (line: string) => void;
}

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
}

export interface OutboxSender {
  readonly owner: string;
  /** Sends every due mail; concurrent calls share one run, which goes round once more for them. */
  drain(): Promise<DrainResult>;
  /** drain() for fire-and-forget callers: never rejects, logs instead. */
  kick(): Promise<void>;
  counts(): Promise<OutboxCounts>;
}

const headersSchema = z.record(z.string(), z.string());

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, mailer, owner } = options;
  const now = options.now ?? (() => new Date());
  const policy = options.policy ?? DEFAULT_BACKOFF;
  const leaseMs = options.leaseMs ?? 120_000;
  const batchSize = options.batchSize ?? 20;
  const lanes = options.lanes ?? 3;
  const logError = options.logError ?? ((line: string) => console.error(line));
  const skipLocked = targetOf(db)?.dialect === 'postgres';

  let leasesTakenBack = !options.takeBackLeases;
  let running: Promise<DrainResult> | null = null;
  let again = false;

  async function deliver(mail: ClaimedMail): Promise<void> {
    const headers = headersSchema.parse(JSON.parse(mail.headers) as unknown);
    await mailer.send({
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text_body,
      ...(mail.html_body !== null ? { html: mail.html_body } : {}),
      headers,
      messageId: mail.message_id,
    });
  }

  async function settle(batch: ClaimedMail[], results: PromiseSettledResult<void>[], total: DrainResult): Promise<void> {
    const at = now();
    const sent = batch.filter((_, i) => results[i]?.status === 'fulfilled').map((mail) => mail.id);
    await markSent(db, sent, at);
    total.sent += sent.length;
    const errors: string[] = [];
    for (const [i, mail] of batch.entries()) {
      const result = results[i];
      if (result?.status !== 'rejected') continue;
      const error = messageOf(result.reason);
      const decision = decideRetry({ attempts: mail.attempts, queuedAt: new Date(mail.queued_at), now: at }, policy);
      await markAttemptFailed(db, mail.id, { error, now: at, retryAt: decision.kind === 'retry' ? decision.at : null });
      if (decision.kind === 'retry') {
        total.retrying++;
        errors.push(error);
      } else {
        total.failed++;
        logError(`[mail] gave up on ${mail.kind} mail ${mail.message_id} after ${mail.attempts} attempts: ${error.split('\n')[0]}`);
      }
    }
    if (errors.length > 0) logError(`[mail] ${errors.length} of ${batch.length} deliveries failed and will be retried with backoff: ${errors[0]?.split('\n')[0]}`);
  }

  async function run(): Promise<DrainResult> {
    const total: DrainResult = { sent: 0, retrying: 0, failed: 0 };
    if (!leasesTakenBack) {
      // Inside the single-flight run, so no claim of this process can be among the rows freed.
      const released = await releaseLeases(db, owner);
      leasesTakenBack = true;
      if (released > 0) console.info(`[mail] took back ${released} mails ${owner} had claimed before it stopped`);
    }
    const lane = async () => {
      for (;;) {
        const at = now();
        const batch = await claimDueMails(db, { owner, now: at, leaseUntil: new Date(at.getTime() + leaseMs), limit: batchSize, skipLocked });
        if (batch.length === 0) return;
        const results = await Promise.allSettled(batch.map(deliver));
        await settle(batch, results, total);
      }
    };
    do {
      again = false;
      await Promise.all(Array.from({ length: lanes }, lane));
    } while (again);
    return total;
  }

  function drain(): Promise<DrainResult> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  let lastError = '';
  let lastErrorAt = 0;

  async function kick(): Promise<void> {
    try {
      await drain();
      lastError = '';
    } catch (error) {
      // The database being away is logged once a minute, not on every 5 s tick.
      const message = messageOf(error).split('\n')[0] ?? '';
      if (message !== lastError || Date.now() - lastErrorAt > 60_000) logError(`[mail] outbox drain failed: ${message}`);
      lastError = message;
      lastErrorAt = Date.now();
    }
  }

  return { owner, drain, kick, counts: () => countOutbox(db) };
}
