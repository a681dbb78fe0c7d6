import { hasUtf8OrNoCharset, mediaType, parseJson, readBodyText } from '@/lib/http/body';
import { routes } from '@/lib/routes';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import type { NewsletterContext } from '../context';
import { FORM_TYPE, JSON_TYPE, MULTIPART_TYPE, PROBLEMS, formatOf, logFailure, problemResponse, rateLimited, type Format, type Problem } from './problems';
import { MAX_BODY_BYTES, ipDecision, type ContextSource } from './request-gate';

/** The token-bearing POSTs (confirm, manage, unsubscribe): reading their small bodies, admitting them. */

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

/** Reads `token` (and other fields) from a small form or JSON body; null when the body is unusable. */
export async function readTokenBody(request: Request): Promise<{ fields: URLSearchParams } | { problem: Problem }> {
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
async function admitTokenPost(ctx: NewsletterContext, request: Request, format: Format, back: string): Promise<{ fields: URLSearchParams } | { response: Response }> {
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
export function createTokenPostHandler(
  name: string,
  getContext: ContextSource,
  act: (ctx: NewsletterContext, fields: URLSearchParams, format: Format) => Promise<Response>,
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
