import { MAX_KEYS, MemoryRateLimiter } from '@/lib/http/rate-limit';

/**
 * The in-memory limiter at its key cap (a signup burst: each signup adds per-address and per-IP
 * keys). Evicting one key per new key meant a scan of all 50,000 for every signup; one sweep must
 * free room for many, and the newest keys keep their counts.
 */
const rule = { name: 'burst', limit: 3, windowMs: 60 * 60_000 };

describe('MemoryRateLimiter at its key cap', () => {
  it('frees room for thousands of new keys in one sweep, dropping the oldest', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < MAX_KEYS; i++) await limiter.consume(rule, `key-${i}`);
    expect(limiter.size).toBe(MAX_KEYS);
    await limiter.consume(rule, 'one more');
    expect(limiter.size).toBeLessThanOrEqual(Math.floor(MAX_KEYS * 0.9) + 1);
    // The next 4,000 new keys fit without another sweep…
    for (let i = 0; i < 4_000; i++) await limiter.consume(rule, `later-${i}`);
    expect(limiter.size).toBe(Math.floor(MAX_KEYS * 0.9) + 1 + 4_000);
    // …and recent keys still count: the newest old key is at its second hit, the oldest starts over.
    expect((await limiter.consume(rule, `key-${MAX_KEYS - 1}`)).remaining).toBe(1);
    expect((await limiter.consume(rule, 'key-0')).remaining).toBe(2);
  });
});
