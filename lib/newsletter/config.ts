import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { getEnv } from '@/lib/env';

/**
 * Newsletter settings. The shared keys (SITE_URL, SMTP_URL, MAIL_FROM, REDIS_URL, TRUST_PROXY,
 * NEXTAUTH_SECRET) come from lib/env.ts; the two newsletter-only keys are validated here:
 *
 * - NEWSLETTER_SECRET (>= 32 chars): signs unsubscribe and manage links. Unset: derived from the
 *   application secret (lib/newsletter/secret.ts). Changing it breaks every unsubscribe link
 *   already mailed, so rotate with care.
 * - NEWSLETTER_UNSUBSCRIBE_MAILTO: an address that handles "unsubscribe" mails; when set it is
 *   offered in List-Unsubscribe beside the https link.
 * - MERIDIAN_DATA_DIR: the git-ignored data folder (default `.data`); the outbox is `<it>/outbox`.
 */
const newsletterEnvSchema = z.object({
  NEWSLETTER_SECRET: z.string().min(32, 'NEWSLETTER_SECRET must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  NEWSLETTER_UNSUBSCRIBE_MAILTO: z.email('NEWSLETTER_UNSUBSCRIBE_MAILTO must be an email address').max(254).optional(),
});

export interface NewsletterConfig {
  siteUrl: string;
  siteName: string;
  mailFrom: string;
  smtpUrl: string | undefined;
  unsubscribeMailto: string | undefined;
  /** Explicit secret or null; see lib/newsletter/secret.ts for the fallback. */
  secret: string | null;
  trustProxy: boolean;
  /** Git-ignored folder for the generated dev secret and the mail outbox. */
  dataDir: string;
}

let cached: NewsletterConfig | undefined;

export function getNewsletterConfig(): NewsletterConfig {
  if (cached) return cached;
  const env = getEnv();
  const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const own = newsletterEnvSchema.parse({
    NEWSLETTER_SECRET: blank(process.env.NEWSLETTER_SECRET),
    NEWSLETTER_UNSUBSCRIBE_MAILTO: blank(process.env.NEWSLETTER_UNSUBSCRIBE_MAILTO),
  });
  cached = {
    siteUrl: env.SITE_URL.replace(/\/+$/, ''),
    siteName: 'Meridian',
    mailFrom: env.MAIL_FROM,
    smtpUrl: env.SMTP_URL,
    unsubscribeMailto: own.NEWSLETTER_UNSUBSCRIBE_MAILTO,
    secret: own.NEWSLETTER_SECRET ?? null,
    trustProxy: env.TRUST_PROXY,
    // turbopackIgnore: a runtime folder, not a source path to trace into the build output.
    dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.MERIDIAN_DATA_DIR),
  };
  return cached;
}
