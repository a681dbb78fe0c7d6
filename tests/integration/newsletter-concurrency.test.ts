/**
 * @jest-environment node
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { createSubscribeHandler } from '@/lib/newsletter/handlers';
import { countRows, insertNewsletters, jsonRequest, testContext, type TestContext } from './newsletter-helpers';

/**
 * 200 signups at once, 20 % of them repeating an address already in the batch, plus client
 * retries of some requests: the database ends with exactly one row per (address, newsletter),
 * one confirmation mail per address, and every answer is the neutral 200.
 */

jest.setTimeout(120_000);

describeEachDialect('newsletter signup under concurrency', (dialect) => {
  let test: TestDatabase;
  let ctx: TestContext;
  const mailed: string[] = [];

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
    ctx = testContext(test.db, { mailer: { send: async (m) => (mailed.push(m.to), { messageId: 'x' }) } });
  });
  afterAll(() => test?.destroy());

  it('creates exactly the expected rows and never answers 5xx', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    const unique = 160;
    const slugsFor = (i: number) => (i % 3 === 0 ? ['morning-briefing', 'climate-week'] : ['the-long-read']);
    const bodies = Array.from({ length: 200 }, (_, n) => {
      // The last 40 (20 %) repeat an earlier address, some with a different case in the domain.
      const i = n < unique ? n : (n * 7) % unique;
      const domain = n < unique ? 'example.org' : 'EXAMPLE.org';
      return { email: `reader${i}@${domain}`, newsletters: slugsFor(i), consent: true };
    });
    // Clients retrying: 25 requests are sent twice, concurrently with the originals.
    const retries = bodies.filter((_, n) => n % 8 === 0);
    const responses = await Promise.all([...bodies, ...retries].map((body) => handler(jsonRequest('/api/newsletter', body))));
    await ctx.settle();

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([200]));

    const expectedSubscriptions = Array.from({ length: unique }, (_, i) => slugsFor(i).length).reduce((a, b) => a + b, 0);
    const rows = await countRows(test.db);
    expect(rows.subscribers).toBe(unique);
    expect(rows.subscriptions).toBe(expectedSubscriptions);
    // One confirmation link (and one mail) per address: duplicates and retries fell in the throttle window.
    expect(rows.tokens).toBe(unique);
    expect(mailed.length).toBe(unique);
    expect(new Set(mailed).size).toBe(unique);
    console.info(
      `[concurrency ${dialect}] ${responses.length} requests (${bodies.length} + ${retries.length} retries): ` +
        `${statuses.filter((s) => s === 200).length}x200, 0x5xx; ${rows.subscribers} subscribers, ${rows.subscriptions} subscriptions, ${rows.tokens} tokens`,
    );
  });
});
