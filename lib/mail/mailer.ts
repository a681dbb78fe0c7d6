import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

/**
 * Outgoing mail behind one interface. With SMTP_URL, nodemailer delivers over SMTP (pooled
 * connections, bounded timeouts). Without it, each message is rendered exactly as it would be
 * sent and written as an `.eml` file to a git-ignored outbox folder, and the path is logged, so
 * `npm run dev` works offline and the confirmation link can be clicked from the file.
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers (List-Unsubscribe…). Values must not contain CR or LF. */
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** Where the outbox mailer wrote the message. */
  outboxPath?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

function assertHeaderSafe(message: MailMessage): void {
  const values = [message.to, message.subject, ...Object.entries(message.headers ?? {}).flat()];
  // Defence in depth: addresses are validated upstream, but no header may ever carry a line break.
  if (values.some((value) => /[\r\n\0]/.test(value))) throw new Error('Refusing to send a mail with a line break in a header');
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      assertHeaderSafe(message);
      const info = await transport.sendMail({ from, ...message });
      return { messageId: String(info.messageId) };
    },
  };
}

export function createOutboxMailer(folder: string, from: string): Mailer {
  const renderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message) {
      assertHeaderSafe(message);
      const info = await renderer.sendMail({ from, ...message });
      await fs.mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(folder, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      await fs.writeFile(file, info.message as Buffer, { mode: 0o600 });
      console.info(`[mail] No SMTP_URL set: wrote "${message.subject}" to ${file}`);
      return { messageId: String(info.messageId), outboxPath: file };
    },
  };
}
