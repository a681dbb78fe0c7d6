import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server in the test process that can go away and come back on the same port, and can
 * refuse mails with a temporary error. Every message it sees is recorded (accepted or not) with
 * its envelope recipients and Message-ID, so tests can count deliveries per address exactly.
 */

export interface SinkMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  accepted: boolean;
  at: number;
}

export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  /** Accepted mails, in arrival order. */
  readonly mails: SinkMail[];
  /** Mails refused by `refuse`, in arrival order. */
  readonly refused: SinkMail[];
  /** Connection errors seen (a killed sender resets its sockets: ECONNRESET). */
  readonly connectionErrors: string[];
  /** Milliseconds the sink waits before accepting each mail (a slower server keeps senders busy). */
  acceptDelayMs: number;
  /** When it returns true for a mail, the sink answers 451 (try again later). */
  refuse: (mail: SinkMail) => boolean;
  stop(): Promise<void>;
  /** Listens again on the same port (no-op while listening). */
  start(): Promise<void>;
  /** Resolves once `predicate` holds (checked on each arrival), rejects after `timeoutMs`. */
  waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: SinkMail[] = [];
  const refused: SinkMail[] = [];
  const waiters = new Set<() => void>();
  const connectionErrors: string[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const sink: SmtpSink = {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    mails,
    refused,
    connectionErrors,
    refuse: () => false,
    acceptDelayMs: 0,
    async start() {
      if (server) return;
      const created = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        // Stopping must cut pooled connections at once, as a mail server going down would.
        closeTimeout: 50,
        onData(stream, session, callback) {
          simpleParser(stream)
            .then(async (parsed) => {
              if (sink.acceptDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, sink.acceptDelayMs));
              const mail: SinkMail = {
                to: session.envelope.rcptTo.map((r) => r.address),
                messageId: parsed.messageId ? `<${parsed.messageId.replace(/^<|>$/g, '')}>` : '',
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                accepted: true,
                at: Date.now(),
              };
              if (sink.refuse(mail)) {
                refused.push({ ...mail, accepted: false });
                callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
                return;
              }
              mails.push(mail);
              callback();
              for (const wake of waiters) wake();
            })
            .catch(callback);
        },
      });
      await new Promise<void>((resolve, reject) => {
        created.once('error', reject);
        created.listen(port, '127.0.0.1', () => {
          created.off('error', reject);
          resolve();
        });
      });
      // A sender killed mid-session (kill -9) resets its connections; smtp-server reports each reset
      // as an 'error' event, which without a listener would throw in the test process.
      created.on('error', (error: NodeJS.ErrnoException) => {
        connectionErrors.push(error.code ?? error.message);
      });
      port = (created.server.address() as AddressInfo).port;
      server = created;
    },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    waitUntil(predicate, timeoutMs) {
      if (predicate()) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const wake = () => {
          if (!predicate()) return;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`the SMTP sink did not see the expected mails within ${timeoutMs} ms (${mails.length} accepted)`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
  };
  await sink.start();
  return sink;
}

/** Accepted mails grouped by recipient. */
export function mailsByRecipient(mails: readonly SinkMail[]): Map<string, SinkMail[]> {
  const map = new Map<string, SinkMail[]>();
  for (const mail of mails) for (const to of mail.to) map.set(to, [...(map.get(to) ?? []), mail]);
  return map;
}
