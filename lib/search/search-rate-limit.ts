import 'server-only';
import { getEnv } from '@/lib/env';
import { clientIp } from '@/lib/http/client-ip';
import type { RateDecision, RateRule } from '@/lib/http/rate-limit';
import { getRateLimiter } from '@/lib/http/rate-limiter';

/**
 * Searches per client, like the newsletter's limits: each search is a request-time database query,
 * so a client scripting thousands of them is slowed, a reader never. Without a known client address
 * (`next start`/`next dev` without TRUST_PROXY) every client shares one larger bucket.
 */

const MINUTE = 60_000;

export const SEARCH_RULES = {
  perIp: { name: 'search-ip', limit: 30, windowMs: MINUTE },
  unknownIp: { name: 'search-any', limit: 300, windowMs: MINUTE },
} as const satisfies Record<string, RateRule>;

export async function consumeSearch(headers: Headers): Promise<RateDecision> {
  const ip = clientIp(headers, getEnv().TRUST_PROXY);
  return ip ? getRateLimiter().consume(SEARCH_RULES.perIp, ip) : getRateLimiter().consume(SEARCH_RULES.unknownIp, 'unknown');
}
