import net from 'node:net';
import nodemailer from 'nodemailer';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';

/**
 * The SMTP sink stands in for a mail server while a production server is killed with SIGKILL
 * (tests/e2e/mail-outbox-crash.test.ts). A killed sender resets its open SMTP connections; the
 * sink must record that and keep serving, not throw in the test process (a CI run once failed
 * its suite with dozens of uncaught "read ECONNRESET" errors after every test had passed).
 */

/**
 * Opens an SMTP session and starts a mail, then resets the connection halfway through its text, as a
 * sender killed mid-send does (a reset outside a mail transaction is not reported as an error).
 */
function resetMidMail(port: number): Promise<void> {
  const commands = ['EHLO killed.example', 'MAIL FROM:<desk@example.org>', 'RCPT TO:<reader@example.org>', 'DATA'];
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('error', reject);
    let replies = '';
    socket.on('data', (chunk) => {
      replies += chunk.toString('latin1');
      if (!/(^|\n)\d{3} [^\n]*\r\n$/.test(replies)) return; // wait for the last line of a reply
      replies = '';
      const next = commands.shift();
      if (next) socket.write(`${next}\r\n`);
      // Reset once the half mail has reached the sink (a reset racing the bytes may drop them).
      else
        socket.write('Subject: Never finished\r\n\r\nHalf a', () =>
          setTimeout(() => {
            socket.resetAndDestroy();
            resolve();
          }, 50),
        );
    });
  });
}

describe('SMTP sink', () => {
  let sink: SmtpSink;
  const uncaught: Error[] = [];
  const onUncaught = (error: Error) => uncaught.push(error);

  beforeAll(async () => {
    sink = await startSmtpSink();
    process.on('uncaughtException', onUncaught);
  });

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await sink.stop();
  });

  it('survives senders that reset their connections and still accepts mail', async () => {
    for (let i = 0; i < 5; i++) await resetMidMail(sink.port);
    const deadline = Date.now() + 5_000;
    while (sink.connectionErrors.length < 5 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));

    expect(uncaught).toEqual([]);
    expect(sink.connectionErrors).toEqual(Array(5).fill('ECONNRESET'));

    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: 'desk@example.org', to: 'reader@example.org', subject: 'After the resets', text: 'Still here.' });
    transport.close();
    expect(sink.mails.map((mail) => [mail.to, mail.subject])).toEqual([[['reader@example.org'], 'After the resets']]);
  });
});
