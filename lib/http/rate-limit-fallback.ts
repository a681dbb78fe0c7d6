import type { RateDecision, RateLimiter, RateRule } from './rate-limit';

/**
 * A shared limiter (Redis) with a per-process stand-in: when the shared store fails, hits are
 * counted by `fallback` instead, so requests are neither failed nor let through unlimited. The
 * outage is logged once, and once more when the shared store answers again. Resets and refunds go
 * to both, so a key forgiven during an outage is forgiven everywhere.
 */
export class FallbackRateLimiter implements RateLimiter {
  private degraded = false;

  constructor(
    private readonly shared: RateLimiter,
    private readonly fallback: RateLimiter,
  ) {}

  async consume(rule: RateRule, key: string): Promise<RateDecision> {
    try {
      const decision = await this.shared.consume(rule, key);
      this.recovered();
      return decision;
    } catch (error) {
      this.failed(error);
      return this.fallback.consume(rule, key);
    }
  }

  async reset(rule: RateRule, key: string): Promise<void> {
    await this.fallback.reset(rule, key);
    try {
      await this.shared.reset(rule, key);
    } catch (error) {
      this.failed(error);
    }
  }

  async refund(rule: RateRule, key: string): Promise<void> {
    await this.fallback.refund(rule, key);
    try {
      await this.shared.refund(rule, key);
    } catch (error) {
      this.failed(error);
    }
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
