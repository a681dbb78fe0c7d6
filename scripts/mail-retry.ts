import { createDb, migrateToLatest } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { countOutbox, requeueFailedMails } from '@/lib/mail/outbox-repository';
import { runCommand } from './run-command';

/**
 * `npm run mail:retry`: puts every mail the sender gave up on back in the outbox, with a fresh
 * give-up clock, and says how many. A running server sends them within seconds (its timer); or
 * they go out on the next start. Runs under `tsx --conditions=react-server` like db-migrate.ts.
 */
async function main() {
  const env = getEnv();
  const db = createDb(env.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const requeued = await requeueFailedMails(db, new Date());
    const { pending } = await countOutbox(db);
    console.log(`Re-queued ${requeued} failed mail${requeued === 1 ? '' : 's'}; ${pending} now waiting to be sent.`);
  } finally {
    await db.destroy();
  }
}

runCommand(main);
