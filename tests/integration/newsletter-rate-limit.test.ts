/**
 * @jest-environment node
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createTestDatabase, describeIfRedis, TEST_REDIS_URL, type TestDatabase } from '@/tests/helpers/db';
import { MemoryRateLimiter, type RateRule } from '@/lib/http/rate-limit';
import { sharedRateLimiter } from '@/lib/http/rate-limiter';
import { createSubscribeHandler } from '@/lib/newsletter/handlers';
import { DEFAULT_RULES } from '@/lib/newsletter/context';
import { countRows, insertNewsletters, jsonRequest, testContext } from './newsletter-helpers';

/** Per-IP and per-address limits answer 429 with Retry-After, in memory and shared through Redis. */

jest.setTimeout(60_000);

const body = (email: string) => ({ email, newsletters: ['morning-briefing'], consent: true });

describe('newsletter rate limits (in memory)', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    await insertNewsletters(test.db);
  });
  afterAll(() => test?.destroy());

  it('limits one client IP behind a trusted proxy, keyed on the address the proxy appended', async () => {
    const ctx = testContext(test.db, { trustProxy: true, rules: { signupPerIp: { ...DEFAULT_RULES.signupPerIp, limit: 3 } } });
    const handler = createSubscribeHandler(async () => ctx);
    // The client forges the left-hand entries; the proxy's own (right-most) entry stays the same.
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await handler(jsonRequest('/api/newsletter', body(`ip${i}@example.org`), { 'X-Forwarded-For': `10.0.0.${i}, 198.51.100.9` }));
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ ok: false });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const other = await handler(jsonRequest('/api/newsletter', body('other@example.org'), { 'X-Forwarded-For': '198.51.100.10' }));
    expect(other.status).toBe(200);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, so forging it cannot escape the limit', async () => {
    const ctx = testContext(test.db, { trustProxy: false, rules: { signupUnknownIp: { ...DEFAULT_RULES.signupUnknownIp, limit: 2 } } });
    const handler = createSubscribeHandler(async () => ctx);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await handler(jsonRequest('/api/newsletter', body(`spoof${i}@example.org`), { 'X-Forwarded-For': `203.0.113.${i}` }))).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('limits repeated signups of one address from any IP, without writing for refused ones', async () => {
    const ctx = testContext(test.db, { rules: { signupPerAddress: { ...DEFAULT_RULES.signupPerAddress, limit: 2 } } });
    const handler = createSubscribeHandler(async () => ctx);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await handler(jsonRequest('/api/newsletter', body('target@example.org'), { 'X-Forwarded-For': `192.0.2.${i}` }))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const events = await test.db
      .selectFrom('newsletter_events as e')
      .innerJoin('newsletter_subscribers as s', 's.id', 'e.subscriber_id')
      .select('e.id')
      .where('s.email', '=', 'target@example.org')
      .execute();
    expect(events).toHaveLength(2);
  });
});

describeIfRedis('newsletter rate limits shared through Redis', () => {
  const redis: Redis[] = [];
  const connect = async () => {
    const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
    await client.connect();
    redis.push(client);
    return client;
  };
  afterAll(async () => {
    await Promise.all(redis.map((client) => client.quit().catch(() => undefined)));
  });

  it('counts hits from two app instances against one limit, atomically', async () => {
    const prefix = `meridian-test:${randomBytes(6).toString('hex')}`;
    const a = sharedRateLimiter(await connect(), prefix);
    const b = sharedRateLimiter(await connect(), prefix);
    const rule: RateRule = { name: 'shared', limit: 50, windowMs: 60_000 };
    // 60 concurrent hits split across both instances: exactly 50 allowed.
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).consume(rule, 'client')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(50);
    const denied = decisions.find((d) => !d.allowed)!;
    expect(denied.retryAfterSeconds).toBeGreaterThan(0);
    expect(denied.retryAfterSeconds).toBeLessThanOrEqual(60);
    await a.reset(rule, 'client');
    expect((await b.consume(rule, 'client')).allowed).toBe(true);
  });

  it('makes the signup endpoint answer 429 across instances', async () => {
    const test = await createTestDatabase('sqlite');
    try {
      await insertNewsletters(test.db);
      const prefix = `meridian-test:${randomBytes(6).toString('hex')}`;
      const rules = { signupPerIp: { ...DEFAULT_RULES.signupPerIp, limit: 2 } };
      const one = createSubscribeHandler(async () => testContext(test.db, { limiter: sharedRateLimiter(redis[0]!, prefix), rules }));
      const two = createSubscribeHandler(async () => testContext(test.db, { limiter: sharedRateLimiter(redis[1]!, prefix), rules }));
      const statuses = [
        (await one(jsonRequest('/api/newsletter', body('r1@example.org')))).status,
        (await two(jsonRequest('/api/newsletter', body('r2@example.org')))).status,
      ];
      const refused = await one(jsonRequest('/api/newsletter', body('r3@example.org')));
      expect([...statuses, refused.status]).toEqual([200, 200, 429]);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await countRows(test.db)).subscribers).toBe(2);
    } finally {
      await test.destroy();
    }
  });

  it('falls back to per-process limits when Redis is unreachable instead of failing', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    dead.on('error', () => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const limiter = sharedRateLimiter(dead, 'meridian-test:dead:rl');
      const rule: RateRule = { name: 'fallback', limit: 1, windowMs: 60_000 };
      expect((await limiter.consume(rule, 'k')).allowed).toBe(true);
      expect((await limiter.consume(rule, 'k')).allowed).toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      dead.disconnect();
    }
  });
});

describe('memory limiter', () => {
  it('opens a new window when the old one ends', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    const rule: RateRule = { name: 'w', limit: 1, windowMs: 1_000 };
    expect((await limiter.consume(rule, 'k')).allowed).toBe(true);
    const denied = await limiter.consume(rule, 'k');
    expect(denied).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    now = 1_000;
    expect((await limiter.consume(rule, 'k')).allowed).toBe(true);
  });
});
