/**
 * @jest-environment node
 *
 * RateLimiter.refund (used to keep successful sign-ins out of the failure limits): takes back one
 * hit of the current window, never goes below zero and never creates a window. In memory and in
 * Redis (several instances share the counts there).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryRateLimiter, type RateLimiter, type RateRule } from '@/lib/http/rate-limit';
import { sharedRateLimiter } from '@/lib/http/rate-limiter';
import { describeIfRedis, TEST_REDIS_URL } from '@/tests/helpers/db';

const RULE: RateRule = { name: 'refund-test', limit: 3, windowMs: 60_000 };

function behavesLikeALimiter(make: () => Promise<RateLimiter>) {
  it('takes back one hit, never below zero, and does not create a window', async () => {
    const limiter = await make();
    const key = randomBytes(8).toString('hex');
    await limiter.refund(RULE, key);
    for (let i = 0; i < RULE.limit; i++) expect((await limiter.consume(RULE, key)).allowed).toBe(true);
    expect((await limiter.consume(RULE, key)).allowed).toBe(false);
    await limiter.refund(RULE, key);
    expect((await limiter.consume(RULE, key)).allowed).toBe(false);
    await limiter.refund(RULE, key);
    await limiter.refund(RULE, key);
    expect(await limiter.consume(RULE, key)).toMatchObject({ allowed: true, remaining: 0 });
    for (let i = 0; i < 10; i++) await limiter.refund(RULE, key);
    expect(await limiter.consume(RULE, key)).toMatchObject({ allowed: true, remaining: RULE.limit - 1 });
  });
}

describe('MemoryRateLimiter.refund', () => behavesLikeALimiter(async () => new MemoryRateLimiter()));

describeIfRedis('the shared (Redis) limiter: refund', () => {
  const connections: Redis[] = [];
  afterAll(async () => {
    await Promise.all(connections.map((redis) => redis.quit()));
  });
  behavesLikeALimiter(async () => {
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    connections.push(redis);
    return sharedRateLimiter(redis, `meridian-test-${randomBytes(4).toString('hex')}:rl`);
  });
});
