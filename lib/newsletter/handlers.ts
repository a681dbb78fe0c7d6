import { hasUtf8OrNoCharset, mediaType, parseJson, readBodyText } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { htmlResponse, jsonResponse, seeOther, textResponse } from '@/lib/http/responses';
import type { RateDecision } from '@/lib/http/rate-limit';
import { routes } from '@/lib/routes';
import { confirmSubscription, type ConfirmOutcome } from './confirm';
import type { NewsletterContext } from './context';
import { SIGNUP_FIELDS } from './form-fields';
import { subscribe } from './subscribe';
import { isUnsubscribeToken, savePreferences, unsubscribeWithToken } from './unsubscribe';
import { firstProblem, formToInput, subscribeInputSchema } from './validation';

/**
 * HTTP for the newsletter: the route files (app/api/newsletter, app/newsletter/*) are thin and call
 * these. Rules shared by every handler:
 * - JSON in, JSON out; a form post gets a page (or a 303 to one), so everything works without JS;
 * - bodies over 16 KB get 413, other content types 415, cross-site browser posts 403;
 * - nothing is written for a rejected request, and an unexpected failure is a 503 without
 *   details (the database or mail server being away is the usual cause, and retrying helps).
 */

export const MAX_BODY_BYTES = 16 * 1024;

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const MULTIPART_TYPE = 'multipart/form-data';

export const NEUTRAL_MESSAGE =
  'Thanks. If this address is not subscribed yet, we have sent it a link to confirm: check your inbox (and spam folder). Nothing is sent until you confirm.';

type Format = 'json' | 'html';

interface Problem {
  status: number;
  title: string;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

function formatOf(request: Request): Format {
  const type = mediaType(request);
  if (type === JSON_TYPE) return 'json';
  if (type === FORM_TYPE || type === MULTIPART_TYPE) return 'html';
  return (request.headers.get('accept') ?? '').includes(JSON_TYPE) ? 'json' : 'html';
}

function problemResponse(format: Format, problem: Problem, backHref: string): Response {
  const headers: Record<string, string> = problem.retryAfterSeconds ? { 'Retry-After': String(problem.retryAfterSeconds) } : {};
  if (format === 'json') {
    const error = problem.field ? { field: problem.field, message: problem.message } : { message: problem.message };
    return jsonResponse(problem.status, { ok: false, error }, headers);
  }
  return htmlResponse(problem.status, { title: problem.title, message: problem.message, link: { href: backHref, label: 'Go back' } }, headers);
}

const PROBLEMS = {
  crossSite: { status: 403, title: 'Request refused', message: 'This form can only be sent from our own pages.' },
  unsupported: {
    status: 415,
    title: 'Unsupported request',
    message: 'Send the form as application/x-www-form-urlencoded or application/json (UTF-8).',
  },
  tooLarge: { status: 413, title: 'Request too large', message: 'The request is larger than 16 KB.' },
  unreadable: { status: 400, title: 'Request not readable', message: 'The request body could not be read as UTF-8 text.', field: 'body' },
  badJson: { status: 400, title: 'Request not readable', message: 'The request body is not valid JSON.', field: 'body' },
  unavailable: {
    status: 503,
    title: 'Please try again shortly',
    message: 'We could not process your request just now. Nothing was saved; please try again in a minute.',
    retryAfterSeconds: 60,
  },
} satisfies Record<string, Problem>;

function rateLimited(decision: RateDecision): Problem {
  return {
    status: 429,
    title: 'Too many requests',
    message: 'Too many requests. Please wait a little and try again.',
    retryAfterSeconds: decision.retryAfterSeconds,
  };
}

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

async function readForm(request: Request, type: string, text: string): Promise<URLSearchParams | null> {
  if (type === FORM_TYPE) return new URLSearchParams(text);
  try {
    // Multipart (RFC 8058 allows it for one-click unsubscribe): parse the already size-capped text.
    const form = await new Response(text, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === 'string') params.append(key, value);
    return params;
  } catch {
    return null;
  }
}

type ContextSource = () => Promise<NewsletterContext>;

async function ipDecision(ctx: NewsletterContext, request: Request, perIp: 'signupPerIp' | 'linkPerIp'): Promise<RateDecision> {
  const ip = clientIp(request.headers, ctx.trustProxy);
  return ip
    ? ctx.limiter.consume(ctx.rules[perIp], ip)
    : ctx.limiter.consume(perIp === 'signupPerIp' ? ctx.rules.signupUnknownIp : { ...ctx.rules.linkPerIp, limit: ctx.rules.linkPerIp.limit * 20 }, 'unknown');
}

function logFailure(where: string, error: unknown): void {
  // The message only: stacks and request data (addresses) stay out of logs.
  console.error(`[newsletter] ${where} failed: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : 'unknown error'}`);
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

const CONFIRM_STATUS: Record<ConfirmOutcome['kind'], { page: string; status: number }> = {
  confirmed: { page: 'confirmed', status: 200 },
  'already-used': { page: 'already-confirmed', status: 409 },
  expired: { page: 'link-expired', status: 410 },
  invalid: { page: 'invalid-link', status: 404 },
};

/** Reads `token` (and other fields) from a small form or JSON body; null when the body is unusable. */
async function readTokenBody(request: Request): Promise<{ fields: URLSearchParams } | { problem: Problem }> {
  const type = mediaType(request);
  if ((type !== JSON_TYPE && type !== FORM_TYPE && type !== MULTIPART_TYPE) || !hasUtf8OrNoCharset(request)) {
    await request.body?.cancel().catch(() => undefined);
    return { problem: PROBLEMS.unsupported };
  }
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return { problem: body.reason === 'too-large' ? PROBLEMS.tooLarge : PROBLEMS.unreadable };
  if (type === JSON_TYPE) {
    const parsed = parseJson(body.text);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      return { problem: PROBLEMS.badJson };
    }
    const fields = new URLSearchParams();
    for (const [key, value] of Object.entries(parsed.value)) {
      for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') fields.append(key, item);
    }
    return { fields };
  }
  const fields = await readForm(request, type, body.text);
  return fields ? { fields } : { problem: PROBLEMS.unreadable };
}

/**
 * The shared start of the confirm and manage POSTs (pages a reader's browser submits): same-origin
 * only, the per-IP limit for token links, then a body carrying the token. Either the form fields,
 * or the response that refuses the request.
 */
async function admitTokenPost(
  ctx: NewsletterContext,
  request: Request,
  format: ReturnType<typeof formatOf>,
  back: string,
): Promise<{ fields: URLSearchParams } | { response: Response }> {
  if (!checkSameOrigin(request, ownOrigins(request, ctx.siteUrl, ctx.trustProxy)).ok) return { response: problemResponse(format, PROBLEMS.crossSite, back) };
  const ipLimit = await ipDecision(ctx, request, 'linkPerIp');
  if (!ipLimit.allowed) return { response: problemResponse(format, rateLimited(ipLimit), back) };
  const body = await readTokenBody(request);
  if ('problem' in body) return { response: problemResponse(format, body.problem, back) };
  return { fields: body.fields };
}

/**
 * The confirm and manage POSTs, which a reader's browser submits from our pages: admitted by
 * admitTokenPost, then `act` answers; a failure is logged and answered "try again later".
 */
function createTokenPostHandler(
  name: string,
  getContext: ContextSource,
  act: (ctx: NewsletterContext, fields: URLSearchParams, format: ReturnType<typeof formatOf>) => Promise<Response>,
) {
  return async function POST(request: Request): Promise<Response> {
    const format = formatOf(request);
    const back = routes.newsletters();
    try {
      const ctx = await getContext();
      const body = await admitTokenPost(ctx, request, format, back);
      if ('response' in body) return body.response;
      return await act(ctx, body.fields, format);
    } catch (error) {
      logFailure(name, error);
      return problemResponse(format, PROBLEMS.unavailable, back);
    }
  };
}

/** POST /newsletter/confirm: the confirmation page's button (or its auto-submit). */
export function createConfirmHandler(getContext: ContextSource) {
  return createTokenPostHandler('confirm', getContext, async (ctx, fields, format) => {
    const outcome = await confirmSubscription(ctx, fields.get('token'));
    const { page, status } = CONFIRM_STATUS[outcome.kind];
    if (format === 'json') return jsonResponse(status, { ok: outcome.kind === 'confirmed', outcome: outcome.kind });
    return seeOther(routes.newsletterStatus(page));
  });
}

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

/** POST /newsletter/manage: keep the ticked newsletters, unsubscribe from the rest. */
export function createManageHandler(getContext: ContextSource) {
  return createTokenPostHandler('manage', getContext, async (ctx, fields, format) => {
    const keep = fields.getAll('keep').filter((slug) => /^[a-z0-9-]{1,120}$/.test(slug)).slice(0, 50);
    const outcome = await savePreferences(ctx, fields.get('token'), keep);
    if (format === 'json') return jsonResponse(outcome.kind === 'unsubscribed' ? 200 : 404, { ok: outcome.kind === 'unsubscribed' });
    return seeOther(routes.newsletterStatus(outcome.kind === 'unsubscribed' ? 'preferences-saved' : 'invalid-link'));
  });
}
