import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';

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
  /** `<id@host>`, fixed by the outbox so every retry of one mail carries the same one. */
  messageId?: string;
}

export interface SentMail {
  messageId: string;
  /** Where the outbox mailer wrote the message. */
  outboxPath?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

/**
 * nodemailer is loaded when the first mail goes out, not at start-up: a serving process that sends
 * no mail (most of them, most of the time) does not carry it.
 */
function lazyTransport(create: (nodemailer: typeof import('nodemailer')) => Transporter): () => Promise<Transporter> {
  let transport: Promise<Transporter> | undefined;
  return () => (transport ??= import('nodemailer').then((loaded) => create(loaded)));
}

function assertHeaderSafe(message: MailMessage): void {
  const values = [message.to, message.subject, message.messageId ?? '', ...Object.entries(message.headers ?? {}).flat()];
  // Defence in depth: addresses are validated upstream, but no header may ever carry a line break.
  if (values.some((value) => /[\r\n\0]/.test(value))) throw new Error('Refusing to send a mail with a line break in a header');
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = lazyTransport((nodemailer) =>
    nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
  );
  return {
    async send(message) {
      assertHeaderSafe(message);
      const info = await (await transport()).sendMail({ from, ...message });
      return { messageId: String(info.messageId) };
    },
  };
}

export function createOutboxMailer(folder: string, from: string): Mailer {
  const renderer = lazyTransport((nodemailer) => nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }));
  return {
    async send(message) {
      assertHeaderSafe(message);
      const info = await (await renderer()).sendMail({ from, ...message });
      await fs.mkdir(folder, { recursive: true });
      // Named after the Message-ID, so a retry of the same mail overwrites its file instead of adding one.
      const name = message.messageId
        ? `mail-${createHash('sha256').update(message.messageId).digest('hex').slice(0, 24)}`
        : `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
      const file = path.join(folder, `${name}.eml`);
      // Written aside and renamed: a crash mid-write never leaves half a mail behind.
      const partial = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      await fs.writeFile(partial, info.message as Buffer, { mode: 0o600 });
      await fs.rename(partial, file);
      console.info(`[mail] No SMTP_URL set: wrote "${message.subject}" to ${file}`);
      return { messageId: String(info.messageId), outboxPath: file };
    },
  };
}
