import { backoffDelayMs, decideRetry, DEFAULT_BACKOFF, type BackoffPolicy } from '@/lib/util/backoff';

const policy: BackoffPolicy = { baseDelayMs: 1_000, maxDelayMs: 60_000, giveUpAfterMs: 3_600_000 };

describe('mail retry backoff', () => {
  it('doubles the delay with each failed attempt, between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffDelayMs(7, policy, () => 1)).toBe(60_000);
    expect(backoffDelayMs(10_000, policy, () => 1)).toBe(60_000);
    expect(backoffDelayMs(10_000, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.maxDelayMs);
  });

  it('retries while the next try still falls inside the give-up time, then gives up', () => {
    const queuedAt = new Date('2026-12-01T00:00:00Z');
    const early = decideRetry({ attempts: 3, queuedAt, now: new Date(queuedAt.getTime() + 60_000) }, policy, () => 1);
    expect(early).toEqual({ kind: 'retry', at: new Date(queuedAt.getTime() + 60_000 + 4_000) });
    const late = decideRetry({ attempts: 20, queuedAt, now: new Date(queuedAt.getTime() + 3_600_000 - 30_000) }, policy, () => 1);
    expect(late).toEqual({ kind: 'give-up' });
  });

  it('gives up on the default policy one day after a mail was queued', () => {
    const queuedAt = new Date('2026-12-01T00:00:00Z');
    expect(decideRetry({ attempts: 50, queuedAt, now: new Date(queuedAt.getTime() + 23 * 3_600_000) }, DEFAULT_BACKOFF, () => 0).kind).toBe('retry');
    expect(decideRetry({ attempts: 50, queuedAt, now: new Date(queuedAt.getTime() + 24 * 3_600_000) }, DEFAULT_BACKOFF, () => 0).kind).toBe('give-up');
  });
});
