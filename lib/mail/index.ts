import 'server-only';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { createOutboxMailer, createSmtpMailer, type Mailer } from './mailer';

export type { MailMessage, Mailer, SentMail } from './mailer';

/**
 * The one place that chooses how mail leaves: SMTP with SMTP_URL, else `.eml` files in
 * `<MERIDIAN_DATA_DIR>/outbox`. Another transport (an HTTP mail API) is another Mailer returned
 * from here; the outbox (lib/mail/outbox-runtime.ts) and the newsletter never change.
 */

// On globalThis: route bundles, instrumentation and dev hot reloads share one mailer (one SMTP pool).
const holder = globalThis as typeof globalThis & { __meridianMailer?: Mailer };

export function outboxFolder(): string {
  // turbopackIgnore: a runtime folder, not a source path to trace into the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().MERIDIAN_DATA_DIR, 'outbox');
}

export function getMailer(): Mailer {
  const { SMTP_URL, MAIL_FROM } = getEnv();
  holder.__meridianMailer ??= SMTP_URL ? createSmtpMailer(SMTP_URL, MAIL_FROM) : createOutboxMailer(outboxFolder(), MAIL_FROM);
  return holder.__meridianMailer;
}
