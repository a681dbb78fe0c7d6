import { MemoryRateLimiter, type RateDecision, type RateLimiter, type RateRule } from '@/lib/http/rate-limit';
import { FallbackRateLimiter } from '@/lib/http/rate-limit-fallback';

/**
 * The shared limiter's outage path (lib/http/rate-limiter.ts composes Redis with this): counts move
 * to the per-process limiter while the shared store fails, the outage and the recovery are logged
 * once each, and resets and refunds reach both stores.
 */
const rule: RateRule = { name: 'fallback', limit: 1, windowMs: 60_000 };

class SwitchableStore implements RateLimiter {
  up = true;
  readonly calls: string[] = [];
  private readonly inner = new MemoryRateLimiter();
  private check(call: string): void {
    this.calls.push(call);
    if (!this.up) throw new Error('connection refused');
  }
  async consume(r: RateRule, key: string): Promise<RateDecision> {
    this.check('consume');
    return this.inner.consume(r, key);
  }
  async reset(r: RateRule, key: string): Promise<void> {
    this.check('reset');
    await this.inner.reset(r, key);
  }
  async refund(r: RateRule, key: string): Promise<void> {
    this.check('refund');
    await this.inner.refund(r, key);
  }
}

describe('FallbackRateLimiter', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('counts per process while the shared store fails, logging the outage and the recovery once each', async () => {
    const shared = new SwitchableStore();
    const fallback = new MemoryRateLimiter();
    const limiter = new FallbackRateLimiter(shared, fallback);
    expect((await limiter.consume(rule, 'k')).allowed).toBe(true);
    shared.up = false;
    expect((await limiter.consume(rule, 'other')).allowed).toBe(true);
    expect((await limiter.consume(rule, 'other')).allowed).toBe(false);
    expect((await limiter.consume(rule, 'other')).allowed).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('connection refused');
    shared.up = true;
    // Back on the shared counts: 'k' already used its one hit there.
    expect((await limiter.consume(rule, 'k')).allowed).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]?.[0])).toContain('reachable again');
  });

  it('resets and refunds in both stores, and survives the shared one failing', async () => {
    const shared = new SwitchableStore();
    const fallback = new MemoryRateLimiter();
    const limiter = new FallbackRateLimiter(shared, fallback);
    await fallback.consume(rule, 'k');
    await limiter.consume(rule, 'k');
    await limiter.reset(rule, 'k');
    expect((await fallback.consume(rule, 'k')).allowed).toBe(true);
    expect((await shared.consume(rule, 'k')).allowed).toBe(true);
    shared.up = false;
    await expect(limiter.refund(rule, 'k')).resolves.toBeUndefined();
    await expect(limiter.reset(rule, 'k')).resolves.toBeUndefined();
    expect((await fallback.consume(rule, 'k')).remaining).toBe(0);
    expect(shared.calls).toEqual(['consume', 'reset', 'consume', 'refund', 'reset']);
  });
});
