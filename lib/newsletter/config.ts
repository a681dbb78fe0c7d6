import 'server-only';
import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site-name';

/**
 * Newsletter settings, taken from lib/env.ts (where every variable is read and validated):
 *
 * - NEWSLETTER_SECRET (>= 32 chars): signs unsubscribe and manage links. Unset: derived from the
 *   application secret (lib/newsletter/secret.ts). Changing it breaks every unsubscribe link
 *   already mailed, so rotate with care.
 * - NEWSLETTER_UNSUBSCRIBE_MAILTO: an address that handles "unsubscribe" mails; when set it is
 *   offered in List-Unsubscribe beside the https link.
 *
 * Which mailer sends the mail (SMTP_URL, MAIL_FROM, the outbox folder) is lib/mail/index.ts's business.
 */
export interface NewsletterConfig {
  siteUrl: string;
  siteName: string;
  unsubscribeMailto: string | undefined;
  /** Explicit secret or null; see lib/newsletter/secret.ts for the fallback. */
  secret: string | null;
  trustProxy: boolean;
}

let cached: NewsletterConfig | undefined;

export function getNewsletterConfig(): NewsletterConfig {
  if (cached) return cached;
  const env = getEnv();
  cached = {
    siteUrl: env.SITE_URL.replace(/\/+$/, ''),
    siteName: SITE_NAME,
    unsubscribeMailto: env.NEWSLETTER_UNSUBSCRIBE_MAILTO,
    secret: env.NEWSLETTER_SECRET ?? null,
    trustProxy: env.TRUST_PROXY,
  };
  return cached;
}
