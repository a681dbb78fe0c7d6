import 'server-only';
import { createHash } from 'node:crypto';
import { clientIp } from '@/lib/http/client-ip';
import type { RateDecision, RateLimiter, RateRule } from '@/lib/http/rate-limit';
import { normaliseEmail } from './email';

/**
 * Sign-in throttling on top of the shared limiter (lib/http). Every credentials attempt counts
 * against its account and its client address; a successful sign-in clears the account's count, so
 * in practice the account limit counts failures. The address limit is looser because a newsroom
 * may sign in from one NAT address.
 */

export const SIGN_IN_ACCOUNT_RULE: RateRule = { name: 'signin-account', limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_IP_RULE: RateRule = { name: 'signin-ip', limit: 30, windowMs: 15 * 60_000 };

/** Keys are hashed: the limiter's storage (maybe a shared Redis) never holds addresses in clear. */
function key(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}

/**
 * The address to limit by. Behind a trusted proxy, the one it reports; under `npm start`, the
 * socket's (lib/http/client-ip.ts). Otherwise (`next start`), the X-Forwarded-For value it fills from the socket (a client can forge it to escape the
 * per-address limit, but never to lift the per-account one; a shared bucket for everyone would let
 * one attacker lock every editor out).
 */
export function signInAddress(headers: Headers, trustProxy: boolean): string {
  const trusted = clientIp(headers, trustProxy);
  if (trusted) return trusted;
  const forwarded = headers.get('x-forwarded-for')?.split(',').pop()?.trim().slice(0, 64);
  return `unverified:${forwarded || 'unknown'}`;
}

export interface ThrottleVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export async function consumeSignInAttempt(
  limiter: RateLimiter,
  input: { email: string; address: string },
): Promise<ThrottleVerdict> {
  const decisions: RateDecision[] = await Promise.all([
    limiter.consume(SIGN_IN_IP_RULE, key('ip', input.address)),
    limiter.consume(SIGN_IN_ACCOUNT_RULE, key('account', normaliseEmail(input.email))),
  ]);
  const blocked = decisions.filter((decision) => !decision.allowed);
  return {
    allowed: blocked.length === 0,
    retryAfterSeconds: Math.max(0, ...blocked.map((decision) => decision.retryAfterSeconds)),
  };
}

export async function clearAccountAttempts(limiter: RateLimiter, email: string): Promise<void> {
  await limiter.reset(SIGN_IN_ACCOUNT_RULE, key('account', normaliseEmail(email)));
}
