/**
 * @jest-environment node
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';
import { insertNewsletters } from './newsletter-helpers';

/**
 * The real route module with its production wiring (getDb, env, outbox mailer): a signup with no
 * SMTP_URL writes the confirmation mail to the outbox folder, and other methods get 405.
 */

let test: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  test = await createTestDatabase('sqlite');
  await insertNewsletters(test.db);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nl-route-'));
  Object.assign(process.env, {
    DATABASE_URL: test.url,
    SEED_DEMO: 'false',
    SITE_URL: 'http://news.test',
    MERIDIAN_DATA_DIR: dataDir,
    SMTP_URL: '',
    REDIS_URL: '',
    NEWSLETTER_SECRET: 'route-test-secret-0123456789-abcdefghijklmnop',
  });
});

afterAll(async () => {
  const { getDb } = await import('@/lib/db/client');
  await (await getDb()).destroy();
  await test.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('answers 405 with Allow: POST for other methods', async () => {
  const route = await import('@/app/api/newsletter/route');
  for (const method of [route.GET, route.PUT, route.PATCH, route.DELETE]) {
    const response = await method();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  }
});

it('writes the confirmation mail to the outbox when no SMTP server is configured', async () => {
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    const { POST } = await import('@/app/api/newsletter/route');
    const response = await POST(
      new Request('http://news.test/api/newsletter', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://news.test', 'Sec-Fetch-Site': 'same-origin' },
        body: 'email=outbox%40example.org&newsletter=climate-week&consent=yes&consent_version=2026-11-v1&source=%2Fscience%2Fstory',
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsletter/status/check-inbox');
    const folder = path.join(dataDir, 'outbox');
    const deadline = Date.now() + 5_000;
    // A mail is written aside (*.tmp) and renamed to *.eml once complete: only the .eml is the mail.
    const mails = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.eml')) : []);
    while (Date.now() < deadline && mails().length === 0) await new Promise((r) => setTimeout(r, 50));
    const files = mails();
    expect(files).toHaveLength(1);
    const raw = fs.readFileSync(path.join(folder, files[0]!), 'utf8');
    expect(raw).toMatch(/^To: outbox@example\.org\r$/m);
    expect((await simpleParser(raw)).text).toMatch(/http:\/\/news\.test\/newsletter\/confirm\?token=[\w-]{43}/);
    expect(info).toHaveBeenCalledWith(expect.stringContaining(path.join(folder, files[0]!)));
    const row = await test.db.selectFrom('newsletter_subscriptions').select(['status', 'source_path']).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', source_path: '/science/story' });
  } finally {
    info.mockRestore();
  }
});
