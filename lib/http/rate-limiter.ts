import 'server-only';
import { Redis } from 'ioredis';
import { getEnv } from '@/lib/env';
import { MemoryRateLimiter, type RateDecision, type RateLimiter, type RateRule } from './rate-limit';
import { FallbackRateLimiter } from './rate-limit-fallback';
import { RedisRateLimiter } from './rate-limit-redis';

/**
 * The one place that decides which rate limiter the site uses: Redis when REDIS_URL is set (limits
 * shared by every instance, with per-process counts while Redis is away), otherwise in memory.
 * Kept on globalThis so dev-server reloads do not reset counts or leak Redis connections.
 * docs/decisions/0015 says why these are ours and not rate-limiter-flexible's.
 */
const holder = globalThis as typeof globalThis & { __meridianRateLimiter?: RateLimiter };

export function getRateLimiter(): RateLimiter {
  if (!holder.__meridianRateLimiter) {
    const { REDIS_URL, REDIS_KEY_PREFIX, MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS } = getEnv();
    holder.__meridianRateLimiter = benchWithoutLimits(MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS) ? new UnlimitedRateLimiter() : createRateLimiter(REDIS_URL, REDIS_KEY_PREFIX);
  }
  return holder.__meridianRateLimiter;
}

/**
 * For scripts/bench-limiter.ts only, which measures what the limits cost the happy path by running
 * the same build with and without them. Read by lib/env but left out of the documented
 * configuration, and loud when on.
 */
function benchWithoutLimits(disabled: boolean): boolean {
  if (!disabled) return false;
  console.warn('[rate-limit] DISABLED by MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS: a benchmark run, never a real site');
  return true;
}

/** Allows everything: the benchmark's "without limits" side. */
class UnlimitedRateLimiter implements RateLimiter {
  async consume(rule: RateRule): Promise<RateDecision> {
    return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
  }
  async reset(): Promise<void> {}
  async refund(): Promise<void> {}
}

export function createRateLimiter(redisUrl: string | undefined, keyPrefix: string): RateLimiter {
  if (!redisUrl) return new MemoryRateLimiter();
  const redis = new Redis(redisUrl, {
    // Bounded waits: during an outage a request waits at most commandTimeout, then the limiter
    // falls back to per-process counts. The offline queue stays on so start-up requests wait for
    // the first connection instead of failing.
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 500,
    lazyConnect: false,
  });
  redis.on('error', () => {
    // Reported once per outage by FallbackRateLimiter; without a listener ioredis logs every retry.
  });
  return sharedRateLimiter(redis, `${keyPrefix}:rl`);
}

/** Limits shared through `redis`, counted per process while it is unreachable. */
export function sharedRateLimiter(redis: Redis, prefix: string): RateLimiter {
  return new FallbackRateLimiter(new RedisRateLimiter(redis, prefix), new MemoryRateLimiter());
}
