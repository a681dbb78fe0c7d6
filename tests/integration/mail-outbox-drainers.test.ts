/**
 * @jest-environment node
 */
import { createDb } from '@/lib/db/client';
import { createSmtpMailer } from '@/lib/mail/mailer';
import { claimDueMails, enqueueMail } from '@/lib/mail/outbox-repository';
import { createOutboxSender, type DrainResult } from '@/lib/mail/outbox-sender';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { startSmtpSink, type SmtpSink } from '@/tests/helpers/smtp-sink';

/**
 * Two instances (two connection pools, two senders) draining one outbox at the same time: every
 * mail is claimed by one of them and sent once (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one
 * writer at a time), and both share the work.
 */

jest.setTimeout(60_000);

const MAILS = 120;

describeEachDialect('two senders on one mail outbox', (dialect) => {
  let test: TestDatabase;
  let sink: SmtpSink;

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.stop();
    await test?.destroy();
  });

  it('sends each mail exactly once', async () => {
    const now = new Date();
    await test.db.transaction().execute(async (trx) => {
      for (let i = 0; i < MAILS; i++) {
        await enqueueMail(trx, { kind: 'newsletter-welcome', message: { to: `reader${i}@example.org`, subject: `Mail ${i}`, text: 'Hi' } }, { now, siteUrl: 'http://news.test' });
      }
    });
    const otherInstance = createDb(test.url);
    try {
      // Both pools connected and a server that takes a moment per mail: the drains really overlap.
      await Promise.all([test.db, otherInstance].map((db) => db.selectFrom('mail_outbox').select('id').limit(1).execute()));
      // Each batch of 4 takes 100 ms to accept, so one sender alone needs about 3 s: long enough that
      // on a busy machine the other certainly claims some of the work while it runs.
      sink.acceptDelayMs = 100;
      const senders = [test.db, otherInstance].map((db, i) =>
        createOutboxSender({ db, mailer: createSmtpMailer(sink.url, 'Meridian <newsletters@news.test>'), owner: `instance-${i}`, batchSize: 4, lanes: 1 }),
      );
      const results: DrainResult[] = await Promise.all(senders.map((sender) => sender.drain()));
      await sink.waitUntil(() => sink.mails.length >= MAILS, 10_000);

      const ids = sink.mails.map((mail) => mail.messageId);
      expect(ids).toHaveLength(MAILS);
      expect(new Set(ids).size).toBe(MAILS);
      expect(results.map((r) => r.sent).reduce((a, b) => a + b)).toBe(MAILS);
      expect(results.every((r) => r.sent > 0)).toBe(true);
      const rows = await test.db.selectFrom('mail_outbox').select(['message_id', 'sent_at', 'claimed_by']).execute();
      expect(rows.filter((row) => row.sent_at === null)).toEqual([]);
      expect(new Set(rows.map((row) => row.claimed_by))).toEqual(new Set(['instance-0', 'instance-1']));
      // Nothing left: draining again sends nothing more.
      expect((await senders[0]!.drain()).sent).toBe(0);
      expect(sink.mails).toHaveLength(MAILS);
    } finally {
      await otherInstance.destroy();
    }
  });

  it('claims at most its batch size per claim, so another instance finds the rest', async () => {
    const now = new Date();
    await test.db.deleteFrom('mail_outbox').execute();
    await test.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 40; i++) {
        await enqueueMail(trx, { kind: 'newsletter-welcome', message: { to: `claim${i}@example.org`, subject: `Claim ${i}`, text: 'Hi' } }, { now, siteUrl: 'http://news.test' });
      }
    });
    const sizes: number[] = [];
    for (let round = 0; round < 10; round++) {
      const at = new Date(now.getTime() + 1000);
      const batch = await claimDueMails(test.db, { owner: 'claimer', now: at, leaseUntil: new Date(at.getTime() + 60_000), limit: 4, skipLocked: dialect === 'postgres' });
      sizes.push(batch.length);
    }
    expect(sizes).toEqual(Array(10).fill(4));
  });
});
