import 'server-only';
import { createHash } from 'node:crypto';
import { clientIp } from '@/lib/http/client-ip';
import type { RateDecision, RateLimiter, RateRule } from '@/lib/http/rate-limit';
import { normaliseEmail } from './email';

/**
 * Sign-in throttling on top of the shared limiter (lib/http). Only attempts that passed the CSRF
 * check reach here (lib/auth/auth-route.ts). Three limits, checked in this order:
 *
 * - per client address (30 / 15 min): one address spraying many accounts;
 * - per (account, address) (5 / 15 min): the tight one; a successful sign-in clears it, so an
 *   attacker at address A locks only A out of that account, never the editor at address B;
 * - per account (100 / hour, OWASP ASVS 2.2.1): the ceiling on guessing from many addresses.
 *
 * A successful sign-in refunds its own hit on the address and account limits, so they count
 * failures: a script or a newsroom behind one NAT address is never locked out by its successes.
 *
 * An attempt refused by an earlier limit does not count against a later one, so hammering from one
 * blocked address cannot run up the account-wide count that every address shares.
 */

export const SIGN_IN_IP_RULE: RateRule = { name: 'signin-ip', limit: 30, windowMs: 15 * 60_000 };
export const SIGN_IN_PAIR_RULE: RateRule = { name: 'signin-account-ip', limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_ACCOUNT_RULE: RateRule = { name: 'signin-account-hour', limit: 100, windowMs: 60 * 60_000 };

/** Keys are hashed: the limiter's storage (maybe a shared Redis) never holds addresses in clear. */
function key(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('base64url').slice(0, 32);
}

/** The (account, address) key; the newline cannot occur in either part, so pairs never collide. */
function pairKey(email: string, address: string): string {
  return key('account-ip', `${normaliseEmail(email)}\n${address}`);
}

/**
 * The address to limit by. Behind a trusted proxy, the one it reports; under `npm start`, the
 * socket's (lib/http/client-ip.ts). Otherwise (`next start`), the X-Forwarded-For value it fills from the socket (a client can forge it to escape the
 * per-address limits, but never to lift the per-account one; a shared bucket for everyone would let
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

function verdict(decision: RateDecision): ThrottleVerdict {
  return { allowed: decision.allowed, retryAfterSeconds: decision.retryAfterSeconds };
}

/** Counts one CSRF-checked credentials attempt; sequential on purpose (see the module comment). */
export async function consumeSignInAttempt(
  limiter: RateLimiter,
  input: { email: string; address: string },
): Promise<ThrottleVerdict> {
  const byAddress = await limiter.consume(SIGN_IN_IP_RULE, key('ip', input.address));
  if (!byAddress.allowed) return verdict(byAddress);
  const byPair = await limiter.consume(SIGN_IN_PAIR_RULE, pairKey(input.email, input.address));
  if (!byPair.allowed) return verdict(byPair);
  return verdict(await limiter.consume(SIGN_IN_ACCOUNT_RULE, key('account', normaliseEmail(input.email))));
}

/**
 * After a successful sign-in: this address may try this account afresh, and the success counts
 * towards neither the address's nor the account's limit (failures stay counted).
 */
export async function recordSignInSuccess(limiter: RateLimiter, input: { email: string; address: string }): Promise<void> {
  await Promise.all([
    limiter.reset(SIGN_IN_PAIR_RULE, pairKey(input.email, input.address)),
    limiter.refund(SIGN_IN_IP_RULE, key('ip', input.address)),
    limiter.refund(SIGN_IN_ACCOUNT_RULE, key('account', normaliseEmail(input.email))),
  ]);
}
