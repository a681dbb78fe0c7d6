/**
 * @jest-environment node
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { announcePeerHeader, PEER_HEADER } from '@/lib/http/peer-address.mjs';
import { DEFAULT_RULES } from '@/lib/newsletter/context';
import { createUnsubscribeHandler } from '@/lib/newsletter/handlers';
import { signLinkToken } from '@/lib/newsletter/tokens';
import { insertNewsletters, SITE, testContext, type TestContext } from './newsletter-helpers';

/**
 * Junk one-click unsubscribes cannot block real ones (issue 11, item 3): a request with a valid
 * signed token is never refused by the per-IP limit, and under `npm start` (the socket address in
 * PEER_HEADER) each client has its own bucket.
 */

jest.setTimeout(120_000);

const NEWSLETTER_ID = 'newsletter-morning-briefing';
/** The shared bucket used when the client address is unknown: linkPerIp × 20 (lib/newsletter/handlers/request-gate.ts). */
const SHARED_LIMIT = DEFAULT_RULES.linkPerIp.limit * 20;

/** What a mail provider sends for RFC 8058: POST, form body, no cookie, no Origin. */
const oneClick = (token: string, headers: Record<string, string> = {}) =>
  new Request(`${SITE}/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: 'List-Unsubscribe=One-Click',
  });

describeEachDialect('one-click unsubscribe and the per-IP limit', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
  });
  afterAll(() => test?.destroy());

  async function subscriber(ctx: TestContext, id: string): Promise<string> {
    const at = new Date().toISOString();
    await test.db.insertInto('newsletter_subscribers').values({ id, email: `${id}@example.org`, created_at: at }).execute();
    await test.db
      .insertInto('newsletter_subscriptions')
      .values({
        id: `sub-${id}`,
        subscriber_id: id,
        newsletter_id: NEWSLETTER_ID,
        status: 'confirmed',
        consent_version: '2026-11-v1',
        source_path: null,
        requested_at: at,
        confirmed_at: at,
        unsubscribed_at: null,
        updated_at: at,
      })
      .execute();
    return signLinkToken(ctx.linkSecret, { purpose: 'unsubscribe', subscriberId: id, newsletterId: NEWSLETTER_ID });
  }

  const status = async (id: string) =>
    (await test.db.selectFrom('newsletter_subscriptions').select('status').where('subscriber_id', '=', id).executeTakeFirstOrThrow()).status;

  it('unsubscribes with a valid token after junk has exhausted the shared bucket (no TRUST_PROXY, next start)', async () => {
    const ctx = testContext(test.db, { trustProxy: false, rules: { linkPerIp: DEFAULT_RULES.linkPerIp } });
    const handler = createUnsubscribeHandler(async () => ctx);
    const token = await subscriber(ctx, `victim-${dialect}`);
    // No PEER_HEADER is sent, so the address is unknown even after another test announced it.

    const junk: number[] = [];
    for (let i = 0; i <= SHARED_LIMIT; i++) junk.push((await handler(oneClick(`junk-${i}`))).status);
    expect(junk.slice(0, SHARED_LIMIT).every((code) => code === 400)).toBe(true);
    expect(junk[SHARED_LIMIT]).toBe(429);

    const real = await handler(oneClick(token));
    expect(real.status).toBe(200);
    expect(await real.text()).toBe('You have been unsubscribed.');
    expect(await status(`victim-${dialect}`)).toBe('unsubscribed');
    // Junk is still refused, and the page's button with a valid token works too.
    expect((await handler(oneClick('junk-again'))).status).toBe(429);
    const button = await handler(
      new Request(`${SITE}/newsletter/unsubscribe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE, 'Sec-Fetch-Site': 'same-origin' },
        body: new URLSearchParams({ token }).toString(),
      }),
    );
    expect(button.status).toBe(303);
    expect(button.headers.get('location')).toMatch(/\/newsletter\/status\/unsubscribed$/);
  });

  it('gives each client socket address its own bucket under npm start, whatever forwarding headers say', async () => {
    announcePeerHeader();
    const ctx = testContext(test.db, { trustProxy: false, rules: { linkPerIp: { ...DEFAULT_RULES.linkPerIp, limit: 3 } } });
    const handler = createUnsubscribeHandler(async () => ctx);
    const from = (peer: string, extra: Record<string, string> = {}) => ({ [PEER_HEADER]: peer, ...extra });

    const attacker: number[] = [];
    for (let i = 0; i < 5; i++) attacker.push((await handler(oneClick(`junk-${i}`, from('192.0.2.66', { 'X-Forwarded-For': `10.0.0.${i}` })))).status);
    expect(attacker).toEqual([400, 400, 400, 429, 429]);
    expect((await handler(oneClick('junk', from('198.51.100.7')))).status).toBe(400);

    const token = await subscriber(ctx, `peer-${dialect}`);
    expect((await handler(oneClick(token, from('192.0.2.66')))).status).toBe(200);
    expect(await status(`peer-${dialect}`)).toBe('unsubscribed');
  });
});
