import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import type { RateLimiter, RateRule } from '@/lib/http/rate-limit';
import type { OutboxSender } from '@/lib/mail/outbox-sender';

/**
 * Everything the newsletter services and handlers need, passed in rather than imported, so
 * tests run the real code against a test database, a real SMTP server and a fresh limiter.
 * lib/newsletter/default-context.ts builds the production one from the environment.
 */
export interface NewsletterContext {
  db: Kysely<Database>;
  limiter: RateLimiter;
  /** Delivers the mail outbox; services queue mail in their transaction, then kick it via defer. */
  outbox: Pick<OutboxSender, 'kick'>;
  /** Signs unsubscribe and manage links (lib/newsletter/secret.ts). */
  linkSecret: Buffer;
  siteUrl: string;
  siteName: string;
  unsubscribeMailto: string | undefined;
  trustProxy: boolean;
  rules: NewsletterRules;
  now: () => Date;
  /** Runs work after the response has been sent (draining the mail outbox); must not throw. */
  defer: (task: () => Promise<void>) => void;
}

export interface NewsletterRules {
  /** Signup requests per client IP. */
  signupPerIp: RateRule;
  /** Signup requests when the client IP is unknown (no TRUST_PROXY): one shared, larger bucket. */
  signupUnknownIp: RateRule;
  /** Signup requests per address, whoever sends them. */
  signupPerAddress: RateRule;
  /** Confirmation mails per address: repeated submits inside the window send nothing new. */
  confirmationMail: RateRule;
  /** Token-bearing requests (confirm, unsubscribe, manage) per client IP. */
  linkPerIp: RateRule;
}

const MINUTE = 60_000;

export const DEFAULT_RULES: NewsletterRules = {
  signupPerIp: { name: 'nl-signup-ip', limit: 30, windowMs: 10 * MINUTE },
  signupUnknownIp: { name: 'nl-signup-any', limit: 600, windowMs: MINUTE },
  signupPerAddress: { name: 'nl-signup-address', limit: 6, windowMs: 60 * MINUTE },
  confirmationMail: { name: 'nl-confirm-mail', limit: 1, windowMs: 10 * MINUTE },
  linkPerIp: { name: 'nl-link-ip', limit: 120, windowMs: 10 * MINUTE },
};
