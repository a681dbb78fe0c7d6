import 'server-only';
import { hkdfSync } from 'node:crypto';

/**
 * The key that signs unsubscribe and manage links:
 * 1. NEWSLETTER_SECRET when set (lets an operator rotate link keys separately);
 * 2. otherwise derived with HKDF from the application secret (NEXTAUTH_SECRET, or the one generated
 *    once into the data folder by lib/auth/secret.ts), so a leaked link key says nothing about
 *    session signing, and `npm run build && npm start` works on a fresh clone with links that
 *    survive restarts. Changing either secret breaks links in mails already sent.
 */
export interface SecretSources {
  secret: string | null;
  appSecret: string;
}

export function resolveLinkSecret(sources: SecretSources): Buffer {
  if (sources.secret) return Buffer.from(sources.secret, 'utf8');
  return Buffer.from(hkdfSync('sha256', sources.appSecret, 'meridian', 'newsletter-links/v1', 32));
}
