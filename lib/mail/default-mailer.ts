import 'server-only';
import path from 'node:path';
import { getNewsletterConfig } from '@/lib/newsletter/config';
import { createOutboxMailer, createSmtpMailer, type Mailer } from './mailer';

/** The process's mailer: SMTP with SMTP_URL, else `.eml` files in `<data>/outbox`. */

const holder = globalThis as typeof globalThis & { __meridianMailer?: Mailer };

export function getMailer(): Mailer {
  const config = getNewsletterConfig();
  holder.__meridianMailer ??= config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.mailFrom)
    : createOutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom);
  return holder.__meridianMailer;
}
