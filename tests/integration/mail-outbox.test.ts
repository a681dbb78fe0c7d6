/**
 * @jest-environment node
 */
import { sql } from 'kysely';
import { createSmtpMailer } from '@/lib/mail/mailer';
import { countOutbox, enqueueMail, requeueFailedMails } from '@/lib/mail/outbox-repository';
import { createOutboxSender } from '@/lib/mail/outbox-sender';
import { createSubscribeHandler } from '@/lib/newsletter/handlers';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { mailsByRecipient, startSmtpSink, type SmtpSink } from '@/tests/helpers/smtp-sink';
import { insertNewsletters, jsonRequest, SITE, testContext, type TestContext } from './newsletter-helpers';

/**
 * The durable mail outbox against real databases and a real SMTP server: a signup's mail is
 * written in the signup's transaction, survives the SMTP server being away, goes out exactly once
 * when it returns (with the Message-ID it was given at insert time), and is given up after a
 * bounded time, countable and re-queueable.
 */

jest.setTimeout(60_000);

const MINUTE = 60_000;
const signup = (email: string, ip: number) =>
  jsonRequest('/api/newsletter', { email, newsletters: ['morning-briefing'], consent: true }, { 'X-Forwarded-For': `198.51.100.${ip}` });

describeEachDialect('mail outbox', (dialect) => {
  let test: TestDatabase;
  let sink: SmtpSink;
  let ctx: TestContext;

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
    sink = await startSmtpSink();
    ctx = testContext(test.db, { smtpUrl: sink.url });
  });
  afterEach(async () => {
    await ctx.settle();
    await sink.start().catch(() => undefined);
  });
  afterAll(async () => {
    await sink?.stop();
    await test?.destroy();
  });

  const rowsFor = (email: string) => test.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', email).execute();
  const subscriptionsFor = (email: string) =>
    test.db
      .selectFrom('newsletter_subscriptions as s')
      .innerJoin('newsletter_subscribers as p', 'p.id', 's.subscriber_id')
      .select('s.id')
      .where('p.email', '=', email)
      .execute();
  const later = (ms: number) => {
    ctx.clock.now = new Date(ctx.clock.now.getTime() + ms);
  };

  it('writes the subscription and its confirmation mail in one transaction', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    expect((await handler(signup('atomic@example.org', 1))).status).toBe(200);
    await ctx.settle();
    const [row] = await rowsFor('atomic@example.org');
    expect(row).toMatchObject({ kind: 'newsletter-confirmation', message_id: expect.stringMatching(/^<[0-9a-f-]{36}@news\.test>$/) });
    expect(await subscriptionsFor('atomic@example.org')).toHaveLength(1);

    // A failure right after the outbox insert must take the subscription down with it.
    if (dialect === 'sqlite') {
      await sql`create trigger mail_outbox_fail after insert on mail_outbox begin select raise(abort, 'injected failure'); end`.execute(test.db);
    } else {
      await sql`create function mail_outbox_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`.execute(test.db);
      await sql`create trigger mail_outbox_fail after insert on mail_outbox for each row execute function mail_outbox_fail()`.execute(test.db);
    }
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await handler(signup('rolled-back@example.org', 2))).status).toBe(503);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('[newsletter] signup failed'));
    } finally {
      error.mockRestore();
      await sql`drop trigger mail_outbox_fail${sql.raw(dialect === 'postgres' ? ' on mail_outbox' : '')}`.execute(test.db);
      if (dialect === 'postgres') await sql`drop function mail_outbox_fail()`.execute(test.db);
    }
    expect(await subscriptionsFor('rolled-back@example.org')).toHaveLength(0);
    expect(await rowsFor('rolled-back@example.org')).toHaveLength(0);
  });

  it('acknowledges signups while SMTP is away and delivers each mail exactly once when it returns', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    const addresses = ['away1@example.org', 'away2@example.org', 'away3@example.org', 'away4@example.org'];
    await sink.stop();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const [i, email] of addresses.entries()) expect((await handler(signup(email, 10 + i))).status).toBe(200);
      await ctx.settle();
      for (const email of addresses) {
        const [row] = await rowsFor(email);
        expect(row).toMatchObject({ sent_at: null, failed_at: null, attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|connect/i) });
      }
      // The reader tries again once the resend window has passed: the waiting mail is not doubled.
      later(11 * MINUTE);
      expect((await handler(signup(addresses[0]!, 20))).status).toBe(200);
      await ctx.settle();
      expect(await rowsFor(addresses[0]!)).toHaveLength(1);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('deliveries failed and will be retried'));
    } finally {
      error.mockRestore();
    }

    await sink.start();
    later(11 * MINUTE);
    await ctx.outbox.drain();
    later(11 * MINUTE);
    await ctx.outbox.drain();
    const byRecipient = mailsByRecipient(sink.mails);
    for (const email of addresses) {
      const [row] = await rowsFor(email);
      expect(byRecipient.get(email)?.map((mail) => mail.messageId)).toEqual([row!.message_id]);
      expect(row).toMatchObject({ sent_at: expect.any(String), text_body: '', html_body: null });
    }
  });

  it('marks a mail sent only once the server accepted it, keeping its Message-ID across retries', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    sink.refuse = (mail) => mail.to.includes('refused@example.org') && sink.refused.length === 0;
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await handler(signup('refused@example.org', 30))).status).toBe(200);
      await ctx.settle();
    } finally {
      error.mockRestore();
      sink.refuse = () => false;
    }
    const [pending] = await rowsFor('refused@example.org');
    expect(pending).toMatchObject({ sent_at: null, attempts: 1, last_error: expect.stringContaining('451') });
    expect(sink.refused.map((mail) => mail.messageId)).toEqual([pending!.message_id]);

    later(11 * MINUTE);
    expect(await ctx.outbox.drain()).toMatchObject({ sent: 1 });
    const [sent] = await rowsFor('refused@example.org');
    expect(sent).toMatchObject({ attempts: 2, sent_at: expect.any(String) });
    expect(mailsByRecipient(sink.mails).get('refused@example.org')?.map((mail) => mail.messageId)).toEqual([pending!.message_id]);
  });

  it('gives up after the bounded time with one logged line, counts the failure, and re-queues it on request', async () => {
    const lines: string[] = [];
    const sender = createOutboxSender({
      db: test.db,
      mailer: createSmtpMailer(sink.url, 'Meridian <newsletters@news.test>'),
      owner: 'give-up-test',
      now: () => ctx.clock.now,
      policy: { baseDelayMs: 1_000, maxDelayMs: 1_000, giveUpAfterMs: 5_000 },
      logError: (line) => lines.push(line),
    });
    await test.db.transaction().execute((trx) =>
      enqueueMail(trx, { kind: 'newsletter-welcome', message: { to: 'bounded@example.org', subject: 'Hello', text: 'Hi' } }, { now: ctx.clock.now, siteUrl: SITE }),
    );
    await sink.stop();
    for (let i = 0; i < 8; i++) {
      await sender.drain();
      later(1_000);
    }
    const [row] = await rowsFor('bounded@example.org');
    expect(row).toMatchObject({ sent_at: null, failed_at: expect.any(String) });
    expect(row!.attempts).toBeGreaterThanOrEqual(3);
    expect(lines.filter((line) => line.includes('gave up'))).toEqual([expect.stringContaining(`gave up on newsletter-welcome mail ${row!.message_id}`)]);
    expect(await countOutbox(test.db)).toEqual({ pending: 0, failed: 1 });

    await sink.start();
    expect(await requeueFailedMails(test.db, ctx.clock.now)).toBe(1);
    expect(await countOutbox(test.db)).toEqual({ pending: 1, failed: 0 });
    expect(await sender.drain()).toMatchObject({ sent: 1 });
    expect(mailsByRecipient(sink.mails).get('bounded@example.org')?.map((mail) => mail.messageId)).toEqual([row!.message_id]);
    expect(await countOutbox(test.db)).toEqual({ pending: 0, failed: 0 });
  });
});
