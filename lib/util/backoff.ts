/**
 * When to try failed background work again (a mail, a CDN purge), or whether to stop trying. Pure,
 * so the policy is unit-tested without a clock, a mail server or a CDN.
 *
 * Exponential backoff with "equal jitter": the n-th failure waits between half and all of
 * base * 2^(n-1), capped at maxDelayMs, so many tries failing together (SMTP or the CDN away) do not all
 * come back in the same instant. Work queued longer than giveUpAfterMs ago is given up.
 */

export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  giveUpAfterMs: number;
}

export type RetryDecision = { kind: 'retry'; at: Date } | { kind: 'give-up' };

/** The mail outbox's policy (its give-up time comes from MAIL_GIVE_UP_HOURS). */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseDelayMs: 2_000, maxDelayMs: 10 * 60_000, giveUpAfterMs: 24 * 3_600_000 };

/** The delay before the next try after `attempts` failed tries (attempts >= 1). */
export function backoffDelayMs(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** After a failed try: retry at some later time, or give up when the next try would come too late. */
export function decideRetry(
  input: { attempts: number; queuedAt: Date; now: Date },
  policy: BackoffPolicy,
  random: () => number = Math.random,
): RetryDecision {
  const at = new Date(input.now.getTime() + backoffDelayMs(input.attempts, policy, random));
  if (at.getTime() - input.queuedAt.getTime() > policy.giveUpAfterMs) return { kind: 'give-up' };
  return { kind: 'retry', at };
}
