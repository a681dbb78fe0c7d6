import 'server-only';
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key that signs unsubscribe and manage links, in order of preference:
 * 1. NEWSLETTER_SECRET;
 * 2. derived from NEXTAUTH_SECRET with HKDF (a separate key, so a leaked link key says nothing
 *    about session signing);
 * 3. outside production only: a random key generated on first use and written to
 *    `<dataDir>/newsletter-secret` (mode 600), so links in mails sent by `npm run dev` survive
 *    restarts. In production we refuse instead: a key that silently changes per machine would
 *    break every link already mailed.
 */

export class NewsletterSecretError extends Error {
  constructor() {
    super('Set NEWSLETTER_SECRET (or NEXTAUTH_SECRET) to sign newsletter unsubscribe links in production.');
    this.name = 'NewsletterSecretError';
  }
}

export interface SecretSources {
  secret: string | null;
  nextAuthSecret: string | null;
  production: boolean;
  dataDir: string;
}

export function resolveLinkSecret(sources: SecretSources): Buffer {
  if (sources.secret) return Buffer.from(sources.secret, 'utf8');
  if (sources.nextAuthSecret) {
    return Buffer.from(hkdfSync('sha256', sources.nextAuthSecret, 'meridian', 'newsletter-links/v1', 32));
  }
  if (sources.production) throw new NewsletterSecretError();
  return readOrCreateDevSecret(path.join(sources.dataDir, 'newsletter-secret'));
}

function readOrCreateDevSecret(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if the file exists, so two processes starting together agree on one key.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    console.info(`[newsletter] Generated a development link secret in ${file} (set NEWSLETTER_SECRET in production)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const value = fs.readFileSync(file, 'utf8').trim();
  if (value.length < 32) throw new Error(`${file} holds a newsletter secret shorter than 32 characters: delete it to regenerate.`);
  return Buffer.from(value, 'utf8');
}
