/**
 * Rate limiting behind one interface: fixed windows counted per (rule, key). In memory for one
 * process; lib/http/rate-limit-redis.ts shares the counts between processes through Redis.
 * Keys are opaque strings: callers hash anything personal (email addresses) before using it.
 */

export interface RateRule {
  /** Short stable name, part of the storage key (`signup-ip`). */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Whole seconds until the window resets (for `Retry-After`); 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one hit and says whether it is within the limit. */
  consume(rule: RateRule, key: string): Promise<RateDecision>;
  /** Forgets a key, e.g. to let a reader retry after our own failure. */
  reset(rule: RateRule, key: string): Promise<void>;
  /** Takes back one hit of the current window (never below zero), e.g. an attempt that succeeded. */
  refund(rule: RateRule, key: string): Promise<void>;
}

export function decide(rule: RateRule, count: number, msLeft: number): RateDecision {
  const allowed = count <= rule.limit;
  return {
    allowed,
    remaining: Math.max(rule.limit - count, 0),
    retryAfterSeconds: allowed ? 0 : Math.max(Math.ceil(msLeft / 1000), 1),
  };
}

interface Window {
  count: number;
  resetAt: number;
}

/** Bounded: past this many live keys, expired ones are swept and, failing that, the oldest dropped. */
export const MAX_KEYS = 50_000;
/**
 * A sweep frees room down to here, so the next one is 5,000 new keys away: sweeping to just under
 * MAX_KEYS scanned all 50,000 keys for every new one (~3 ms each) once a signup burst filled it.
 */
const LOW_WATER = Math.floor(MAX_KEYS * 0.9);

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  async consume(rule: RateRule, key: string): Promise<RateDecision> {
    const id = `${rule.name}:${key}`;
    const now = this.now();
    let window = this.windows.get(id);
    if (!window || window.resetAt <= now) {
      if (!window && this.windows.size >= MAX_KEYS) this.sweep(now);
      window = { count: 0, resetAt: now + rule.windowMs };
      this.windows.set(id, window);
    }
    window.count += 1;
    return decide(rule, window.count, window.resetAt - now);
  }

  async reset(rule: RateRule, key: string): Promise<void> {
    this.windows.delete(`${rule.name}:${key}`);
  }

  async refund(rule: RateRule, key: string): Promise<void> {
    const window = this.windows.get(`${rule.name}:${key}`);
    if (window && window.count > 0) window.count -= 1;
  }

  /** Live keys held (for tests and diagnostics). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [id, window] of this.windows) if (window.resetAt <= now) this.windows.delete(id);
    // Still nearly full: drop the oldest insertions (Map iterates in insertion order).
    for (const id of this.windows.keys()) {
      if (this.windows.size <= LOW_WATER) break;
      this.windows.delete(id);
    }
  }
}
