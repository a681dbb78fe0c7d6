import 'server-only';
import type { Kysely } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { startTicker } from '@/lib/util/background-ticker';
import { instanceName } from '@/lib/util/instance-name';
import { DEFAULT_BACKOFF } from '@/lib/util/backoff';
import { getMailer } from '@/lib/mail';
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
type GlobalWithOutbox = typeof globalThis & { [holderKey]?: Holder };

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
  let lastStatus = 0;
  startTicker({
    key: startedKey,
    everyMs: TICK_MS,
    name: 'mail',
    async tick() {
      const db = await getDb();
      const sender = getOutboxSender(db);
      await sender.kick();
      if (Date.now() - lastStatus < STATUS_EVERY_MS) return;
      lastStatus = Date.now();
      await logStatus(sender);
    },
  });
}
