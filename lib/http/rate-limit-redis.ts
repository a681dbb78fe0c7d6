import type { Redis } from 'ioredis';
import { decide, type RateDecision, type RateLimiter, type RateRule } from './rate-limit';

/**
 * Fixed-window counts in Redis, so several app processes share one limit. INCR and PEXPIRE run in
 * one Lua script: atomic, and a crash between them cannot leave a counter without an expiry.
 *
 * Redis errors are thrown: lib/http/rate-limiter.ts wraps this in a FallbackRateLimiter
 * (rate-limit-fallback.ts), which counts per process while Redis is away.
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
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'meridian:rl',
  ) {}

  async consume(rule: RateRule, key: string): Promise<RateDecision> {
    const result = (await this.redis.eval(SCRIPT, 1, this.key(rule, key), String(rule.windowMs))) as unknown;
    if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'number') {
      throw new Error('unexpected reply from rate limit script');
    }
    return decide(rule, result[0], result[1]);
  }

  async reset(rule: RateRule, key: string): Promise<void> {
    await this.redis.del(this.key(rule, key));
  }

  async refund(rule: RateRule, key: string): Promise<void> {
    await this.redis.eval(REFUND_SCRIPT, 1, this.key(rule, key));
  }

  private key(rule: RateRule, key: string): string {
    return `${this.prefix}:${rule.name}:${key}`;
  }
}
