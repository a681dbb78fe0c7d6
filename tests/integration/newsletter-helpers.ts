import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Database } from '@/lib/db/database';
import { MemoryRateLimiter, type RateLimiter } from '@/lib/http/rate-limit';
import { createSmtpMailer, type Mailer } from '@/lib/mail/mailer';
import { createOutboxSender, type OutboxSender } from '@/lib/mail/outbox-sender';
import { DEFAULT_RULES, type NewsletterContext, type NewsletterRules } from '@/lib/newsletter/context';

/** Shared set-up for the newsletter integration tests (not a test file itself). */

export const SITE = 'http://news.test';

export const NEWSLETTERS = [
  { slug: 'morning-briefing', name: 'The Morning Briefing', active: 1 },
  { slug: 'the-long-read', name: 'The Long Read', active: 1 },
  { slug: 'climate-week', name: 'Climate Week', active: 1 },
  { slug: 'election-night', name: 'Election Night', active: 0 },
] as const;

export async function insertNewsletters(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('newsletters')
    .values(
      NEWSLETTERS.map((n, position) => ({
        id: `newsletter-${n.slug}`,
        slug: n.slug,
        name: n.name,
        description: '',
        cadence: '',
        active: n.active,
        position,
      })),
    )
    .execute();
}

/** A real SMTP server in this process; every received message is parsed with mailparser. */
export interface TestSmtp {
  url: string;
  mails: ParsedMail[];
  /** Resolves once `count` mails in total have arrived (rejects after a few seconds). */
  waitFor(count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const mails: ParsedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          for (const waiter of waiters.filter((w) => mails.length >= w.count)) waiter.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(count) {
      if (mails.length < count) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`expected ${count} mails, got ${mails.length}`)), 10_000);
          waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
        });
      }
      return mails.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TestContext extends NewsletterContext {
  /** The real outbox sender, on the test clock (deferred tasks drain it). */
  outbox: OutboxSender;
  /** Waits for every deferred task (mail deliveries) started so far. */
  settle(): Promise<void>;
  clock: { now: Date };
}

const GENEROUS: NewsletterRules = {
  signupPerIp: { ...DEFAULT_RULES.signupPerIp, limit: 100_000 },
  signupUnknownIp: { ...DEFAULT_RULES.signupUnknownIp, limit: 100_000 },
  signupPerAddress: { ...DEFAULT_RULES.signupPerAddress, limit: 100_000 },
  confirmationMail: DEFAULT_RULES.confirmationMail,
  linkPerIp: { ...DEFAULT_RULES.linkPerIp, limit: 100_000 },
};

export function testContext(
  db: Kysely<Database>,
  options: { mailer?: Mailer; smtpUrl?: string; limiter?: RateLimiter; rules?: Partial<NewsletterRules>; trustProxy?: boolean; mailto?: string } = {},
): TestContext {
  const pending: Promise<void>[] = [];
  const clock = { now: new Date() };
  const mailer =
    options.mailer ??
    (options.smtpUrl
      ? createSmtpMailer(options.smtpUrl, 'Meridian <newsletters@news.test>')
      : { send: async () => ({ messageId: 'discarded' }) });
  return {
    db,
    // The limiter shares the test clock, so moving time forward also ends throttle windows.
    limiter: options.limiter ?? new MemoryRateLimiter(() => clock.now.getTime()),
    outbox: createOutboxSender({ db, mailer, owner: `test-${randomBytes(4).toString('hex')}`, now: () => clock.now }),
    linkSecret: randomBytes(32),
    siteUrl: SITE,
    siteName: 'Meridian',
    unsubscribeMailto: options.mailto,
    trustProxy: options.trustProxy ?? true,
    rules: { ...GENEROUS, ...options.rules },
    now: () => clock.now,
    defer: (task) => {
      pending.push(task());
    },
    clock,
    async settle() {
      while (pending.length) await Promise.all(pending.splice(0));
    },
  };
}

/** Headers a same-origin browser form post carries. */
export function browserHeaders(contentType: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Content-Type': contentType, Origin: SITE, 'Sec-Fetch-Site': 'same-origin', 'X-Forwarded-For': '203.0.113.7', ...extra };
}

export function jsonRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: browserHeaders('application/json', headers),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formRequest(path: string, fields: [string, string][] | Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: browserHeaders('application/x-www-form-urlencoded', headers),
    body: new URLSearchParams(fields).toString(),
  });
}

export async function countRows(db: Kysely<Database>): Promise<{ subscribers: number; subscriptions: number; tokens: number; events: number }> {
  const count = async (table: 'newsletter_subscribers' | 'newsletter_subscriptions' | 'newsletter_confirmation_tokens' | 'newsletter_events') => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    subscribers: await count('newsletter_subscribers'),
    subscriptions: await count('newsletter_subscriptions'),
    tokens: await count('newsletter_confirmation_tokens'),
    events: await count('newsletter_events'),
  };
}

/** The href of the first link in a mail's text whose URL contains `fragment`. */
export function linkIn(mail: ParsedMail, fragment: string): string {
  const match = (mail.text ?? '').match(new RegExp(`https?://\\S*${fragment.replace(/[/?]/g, (c) => `\\${c}`)}\\S*`));
  if (!match) throw new Error(`no link containing ${fragment} in mail "${mail.subject}"`);
  return match[0];
}
