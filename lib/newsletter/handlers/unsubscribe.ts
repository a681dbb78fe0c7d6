import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { jsonResponse, seeOther, textResponse } from '@/lib/http/responses';
import { routes } from '@/lib/routes';
import { isUnsubscribeToken, unsubscribeWithToken } from '../unsubscribe';
import { PROBLEMS, formatOf, logFailure, problemResponse } from './problems';
import { ipDecision, type ContextSource } from './request-gate';
import { readTokenBody } from './token-post';

/**
 * POST /newsletter/unsubscribe?token=…
 *
 * Two callers. A mail provider performing RFC 8058 one-click sends `List-Unsubscribe=One-Click`
 * with no cookies and no Origin: it gets a plain 200 (never a redirect) and no origin check,
 * because the signed token is the authorisation. A reader pressing the button on our
 * unsubscribe page gets a 303 to the result page. A valid token is never refused by the per-IP
 * limit; junk requests are, so they cannot exhaust a shared bucket and block real unsubscribes.
 */
export function createUnsubscribeHandler(getContext: ContextSource) {
  return async function POST(request: Request): Promise<Response> {
    const format = formatOf(request);
    try {
      const ctx = await getContext();
      const body = await readTokenBody(request);
      if ('problem' in body) return textResponse(body.problem.status, body.problem.message);
      const queryToken = new URL(request.url).searchParams.get('token');
      const token = queryToken ?? body.fields.get('token');
      // RFC 8058: a signed link must always work, so only attempts with a bad token spend the IP budget.
      if (!isUnsubscribeToken(ctx, token)) {
        const ipLimit = await ipDecision(ctx, request, 'linkPerIp');
        if (!ipLimit.allowed) {
          return textResponse(429, 'Too many requests. Please try again later.', { 'Retry-After': String(ipLimit.retryAfterSeconds) });
        }
      }
      const oneClick = body.fields.get('List-Unsubscribe') === 'One-Click';

      if (oneClick) {
        const outcome = await unsubscribeWithToken(ctx, token, 'one-click');
        return outcome.kind === 'unsubscribed'
          ? textResponse(200, 'You have been unsubscribed.')
          : textResponse(400, 'This unsubscribe link is not valid.');
      }
      if (!checkSameOrigin(request, ownOrigins(request, ctx.siteUrl, ctx.trustProxy)).ok) return problemResponse(format, PROBLEMS.crossSite, '/');
      const outcome = await unsubscribeWithToken(ctx, token, 'unsubscribe-page');
      if (format === 'json') return jsonResponse(outcome.kind === 'unsubscribed' ? 200 : 404, { ok: outcome.kind === 'unsubscribed', outcome: outcome.kind });
      return seeOther(routes.newsletterStatus(outcome.kind === 'unsubscribed' ? 'unsubscribed' : 'invalid-link'));
    } catch (error) {
      logFailure('unsubscribe', error);
      return textResponse(503, 'We could not process your request just now. Please try again in a minute.', { 'Retry-After': '60' });
    }
  };
}
