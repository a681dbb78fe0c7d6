import 'server-only';
import os from 'node:os';
import type { Kysely } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { DEFAULT_BACKOFF } from './backoff';
import { getMailer } from './default-mailer';
import { createOutboxSender, type OutboxSender } from './outbox-sender';

/**
 * The process-wide outbox sender, and what keeps it going: a drain at start-up (mails a crashed or
 * stopped predecessor left), one after each response that queued mail (the newsletter services
 * kick it), a timer every few seconds for retries, and a status line when mail is waiting or failed.
 */

const TICK_MS = 5_000;
const STATUS_EVERY_MS = 60_000;

interface Holder {
  db: Kysely<Database>;
  sender: OutboxSender;
}

// On globalThis: route bundles, instrumentation and dev hot reloads must all share one sender.
const holderKey = Symbol.for('meridian.mailOutbox');
const startedKey = Symbol.for('meridian.mailOutbox.started');
type GlobalWithOutbox = typeof globalThis & { [holderKey]?: Holder; [startedKey]?: boolean };

/** This instance's stable name: a restart on the same host and port takes back its own leases. */
export function instanceName(): string {
  return `${os.hostname()}:${process.env.PORT ?? '3000'}`;
}

export function getOutboxSender(db: Kysely<Database>): OutboxSender {
  const store = globalThis as GlobalWithOutbox;
  const existing = store[holderKey];
  if (existing?.db === db) return existing.sender;
  const sender = createOutboxSender({
    db,
    mailer: getMailer(),
    owner: instanceName(),
    takeBackLeases: true,
    policy: { ...DEFAULT_BACKOFF, giveUpAfterMs: getEnv().MAIL_GIVE_UP_HOURS * 3_600_000 },
  });
  store[holderKey] = { db, sender };
  return sender;
}

async function logStatus(sender: OutboxSender): Promise<void> {
  const { pending, failed } = await sender.counts();
  if (pending > 0 || failed > 0) {
    console.info(`[mail] outbox: ${pending} pending, ${failed} failed${failed > 0 ? ' (npm run mail:retry re-queues failed mails)' : ''}`);
  }
}

/**
 * Called once at server start-up (instrumentation.ts). Never throws and never delays start-up: a
 * database that is away now is simply tried again on the next tick.
 */
export function startMailOutbox(): void {
  const store = globalThis as GlobalWithOutbox;
  if (store[startedKey]) return;
  store[startedKey] = true;
  let lastStatus = 0;
  let lastFailure = 0;
  const tick = async () => {
    const db = await getDb();
    const sender = getOutboxSender(db);
    await sender.kick();
    if (Date.now() - lastStatus < STATUS_EVERY_MS) return;
    lastStatus = Date.now();
    await logStatus(sender);
  };
  const run = () =>
    void tick().catch((error: unknown) => {
      if (Date.now() - lastFailure < STATUS_EVERY_MS) return;
      lastFailure = Date.now();
      console.error(`[mail] outbox unavailable: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    });
  run();
  // unref: the timer must never keep a stopping process alive.
  setInterval(run, TICK_MS).unref();
}
