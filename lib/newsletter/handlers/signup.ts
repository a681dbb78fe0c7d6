import { hasUtf8OrNoCharset, mediaType, parseJson, readBodyText } from '@/lib/http/body';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { jsonResponse, seeOther } from '@/lib/http/responses';
import { SIGNUP_FIELDS } from '../form-fields';
import { routes } from '@/lib/routes';
import { subscribe } from '../subscribe';
import { firstProblem, formToInput, subscribeInputSchema } from '../validation';
import { FORM_TYPE, JSON_TYPE, PROBLEMS, formatOf, logFailure, problemResponse, rateLimited } from './problems';
import { MAX_BODY_BYTES, ipDecision, type ContextSource } from './request-gate';

/** The same answer whether or not the address was already subscribed: a signup never tells who is. */
export const NEUTRAL_MESSAGE =
  'Thanks. If this address is not subscribed yet, we have sent it a link to confirm: check your inbox (and spam folder). Nothing is sent until you confirm.';

/** A same-origin path for the consent record, from the form's `source` field or the Referer. */
export function sourcePath(value: unknown, origins: readonly string[]): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  try {
    const isPath = value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
    const url = new URL(value, isPath ? 'http://same.invalid' : undefined);
    if (!isPath && !origins.includes(url.origin)) return null;
    // Path only: query strings may carry tracking ids or tokens we have no business keeping.
    const path = url.pathname.slice(0, 300);
    return /^[\x21-\x7e]+$/.test(path) ? path : null;
  } catch {
    return null;
  }
}

/** POST /api/newsletter */
export function createSubscribeHandler(getContext: ContextSource) {
  return async function POST(request: Request): Promise<Response> {
    const format = formatOf(request);
    let back = routes.newsletters();
    try {
      const ctx = await getContext();
      const origins = ownOrigins(request, ctx.siteUrl, ctx.trustProxy);
      const referer = sourcePath(request.headers.get('referer'), origins);
      if (referer) back = referer;

      if (!checkSameOrigin(request, origins).ok) return problemResponse(format, PROBLEMS.crossSite, back);
      const type = mediaType(request);
      if ((type !== JSON_TYPE && type !== FORM_TYPE) || !hasUtf8OrNoCharset(request)) {
        await request.body?.cancel().catch(() => undefined);
        return problemResponse(format, PROBLEMS.unsupported, back);
      }
      const ipLimit = await ipDecision(ctx, request, 'signupPerIp');
      if (!ipLimit.allowed) return problemResponse(format, rateLimited(ipLimit), back);

      const body = await readBodyText(request, MAX_BODY_BYTES);
      if (!body.ok) return problemResponse(format, body.reason === 'too-large' ? PROBLEMS.tooLarge : PROBLEMS.unreadable, back);
      let raw: unknown;
      if (type === JSON_TYPE) {
        const parsed = parseJson(body.text);
        if (!parsed.ok) return problemResponse(format, PROBLEMS.badJson, back);
        raw = parsed.value;
      } else {
        raw = formToInput(new URLSearchParams(body.text));
      }
      const result = subscribeInputSchema.safeParse(raw);
      if (!result.success) {
        const problem = firstProblem(result.error);
        return problemResponse(format, { status: 400, title: 'Please check the form', ...problem }, back);
      }
      const input = result.data;
      const source = sourcePath(input.source, origins) ?? referer;
      if (source) back = source;

      const succeed = () =>
        format === 'json' ? jsonResponse(200, { ok: true, message: NEUTRAL_MESSAGE }) : seeOther(routes.newsletterStatus('check-inbox'));
      // Honeypot: a bot filled the invisible field. Pretend it worked; write and send nothing.
      if (input[SIGNUP_FIELDS.honeypot]) return succeed();

      const outcome = await subscribe(ctx, { input, sourcePath: source });
      switch (outcome.kind) {
        case 'accepted':
          return succeed();
        case 'rate-limited':
          return problemResponse(format, rateLimited({ allowed: false, remaining: 0, retryAfterSeconds: outcome.retryAfterSeconds }), back);
        case 'unknown-newsletter':
          return problemResponse(
            format,
            {
              status: 400,
              title: 'Please check the form',
              field: 'newsletters',
              message: `This newsletter is not available: ${outcome.slugs.join(', ')}.`,
            },
            back,
          );
      }
    } catch (error) {
      logFailure('signup', error);
      return problemResponse(format, PROBLEMS.unavailable, back);
    }
  };
}
