import { clientIp } from '@/lib/http/client-ip';
import type { RateDecision } from '@/lib/http/rate-limit';
import type { NewsletterContext } from '../context';

/** What every handler is given: the context, built per request (a failure is not cached). */
export type ContextSource = () => Promise<NewsletterContext>;

/** Bodies over this get 413. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The per-IP limit; an unknown client IP (no TRUST_PROXY) shares one larger bucket. */
export async function ipDecision(ctx: NewsletterContext, request: Request, perIp: 'signupPerIp' | 'linkPerIp'): Promise<RateDecision> {
  const ip = clientIp(request.headers, ctx.trustProxy);
  return ip
    ? ctx.limiter.consume(ctx.rules[perIp], ip)
    : ctx.limiter.consume(perIp === 'signupPerIp' ? ctx.rules.signupUnknownIp : { ...ctx.rules.linkPerIp, limit: ctx.rules.linkPerIp.limit * 20 }, 'unknown');
}
