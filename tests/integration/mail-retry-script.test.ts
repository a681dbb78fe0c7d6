/**
 * @jest-environment node
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { enqueueMail } from '@/lib/mail/outbox-repository';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';

/** `npm run mail:retry` re-queues the mails the sender gave up on and says how many. */

const ROOT = path.resolve(__dirname, '../..');

function runRetry(databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/mail-retry.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase('sqlite');
});
afterAll(() => test?.destroy());

it('re-queues failed mails with a fresh give-up clock and prints how many', async () => {
  const long = new Date(Date.now() - 3 * 86_400_000);
  await test.db.transaction().execute(async (trx) => {
    for (const to of ['a@example.org', 'b@example.org', 'c@example.org']) {
      await enqueueMail(trx, { kind: 'newsletter-welcome', message: { to, subject: 'Hello', text: 'Hi' } }, { now: long, siteUrl: 'http://news.test' });
    }
  });
  await test.db
    .updateTable('mail_outbox')
    .set({ failed_at: long.toISOString(), attempts: 40, last_error: 'Error: connect ECONNREFUSED' })
    .where('recipient', '!=', 'c@example.org')
    .execute();

  const result = await runRetry(test.url);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('Re-queued 2 failed mails; 3 now waiting to be sent.\n');
  expect(result.code).toBe(0);
  const rows = await test.db.selectFrom('mail_outbox').selectAll().where('recipient', '!=', 'c@example.org').execute();
  for (const row of rows) {
    expect(row).toMatchObject({ failed_at: null, sent_at: null, attempts: 0 });
    expect(Date.parse(row.queued_at)).toBeGreaterThan(Date.now() - 60_000);
  }
}, 60_000);
