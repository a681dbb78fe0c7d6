import type { Redis } from 'ioredis';
import { decide, MemoryRateLimiter, type RateDecision, type RateLimiter, type RateRule } from './rate-limit';

/**
 * Fixed-window counts in Redis, so several app processes share one limit. INCR and PEXPIRE run in
 * one Lua script: atomic, and a crash between them cannot leave a counter without an expiry.
 *
 * When Redis is unreachable the limiter falls back to per-process counts (and logs once per
 * outage) rather than failing requests or letting everything through.
 */
const SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/** DECR only an existing, positive counter: a refund never creates a key or goes below zero. */
const REFUND_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return 0
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly fallback = new MemoryRateLimiter();
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'meridian:rl',
  ) {}

  async consume(rule: RateRule, key: string): Promise<RateDecision> {
    try {
      const result = (await this.redis.eval(SCRIPT, 1, this.key(rule, key), String(rule.windowMs))) as unknown;
      if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'number') {
        throw new Error('unexpected reply from rate limit script');
      }
      this.recovered();
      return decide(rule, result[0], result[1]);
    } catch (error) {
      this.failed(error);
      return this.fallback.consume(rule, key);
    }
  }

  async reset(rule: RateRule, key: string): Promise<void> {
    await this.fallback.reset(rule, key);
    try {
      await this.redis.del(this.key(rule, key));
    } catch (error) {
      this.failed(error);
    }
  }

  async refund(rule: RateRule, key: string): Promise<void> {
    await this.fallback.refund(rule, key);
    try {
      await this.redis.eval(REFUND_SCRIPT, 1, this.key(rule, key));
    } catch (error) {
      this.failed(error);
    }
  }

  private key(rule: RateRule, key: string): string {
    return `${this.prefix}:${rule.name}:${key}`;
  }

  private failed(error: unknown): void {
    if (this.degraded) return;
    this.degraded = true;
    console.warn(`[rate-limit] Redis unavailable, using per-process limits: ${error instanceof Error ? error.message : 'unknown error'}`);
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    console.warn('[rate-limit] Redis reachable again, shared limits restored');
  }
}
