import 'server-only';
import { after } from 'next/server';
import { getAuthSecret } from '@/lib/auth/secret';
import { getDb } from '@/lib/db/client';
import { getRateLimiter } from '@/lib/http/rate-limiter';
import { getOutboxSender } from '@/lib/mail/outbox-runtime';
import { getNewsletterConfig } from './config';
import { DEFAULT_RULES, type NewsletterContext } from './context';
import { resolveLinkSecret } from './secret';

/**
 * The context route handlers and pages use, built once per process from the environment.
 * A failure (database down) is not cached: the next request
 * tries again, so the site recovers without a restart.
 */

/** Runs `task` after the response is sent; outside a request (scripts) it simply runs now. */
function deferAfterResponse(task: () => Promise<void>): void {
  try {
    after(task);
  } catch {
    void task();
  }
}

let secret: Buffer | undefined;

export async function getNewsletterContext(): Promise<NewsletterContext> {
  const config = getNewsletterConfig();
  secret ??= resolveLinkSecret({ secret: config.secret, appSecret: getAuthSecret() });
  const db = await getDb();
  return {
    db,
    limiter: getRateLimiter(),
    outbox: getOutboxSender(db),
    linkSecret: secret,
    siteUrl: config.siteUrl,
    siteName: config.siteName,
    unsubscribeMailto: config.unsubscribeMailto,
    trustProxy: config.trustProxy,
    rules: DEFAULT_RULES,
    now: () => new Date(),
    defer: deferAfterResponse,
  };
}
