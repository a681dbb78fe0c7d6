import 'server-only';
import { z } from 'zod';
import { mediaType, parseJson, readBodyText } from '@/lib/http/body';

/**
 * What /api/auth/* checks before next-auth sees a request. next-auth v4 answers some malformed
 * requests with a 500 of its own (an unknown path, a GET of the credentials callback, a callback URL
 * that is not http(s), in the query or in its cookie) or throws on them (malformed JSON, a callback
 * URL that is not a string), and it reads whole bodies of any size and ignores unknown content
 * types. Each of those is refused here with the 4xx it deserves.
 */

/** next-auth's endpoints and how many path segments each takes (signin/callback name a provider). */
const ACTIONS: Record<string, { methods: readonly string[]; segments: number }> = {
  providers: { methods: ['GET'], segments: 1 },
  csrf: { methods: ['GET'], segments: 1 },
  session: { methods: ['GET', 'POST'], segments: 1 },
  signin: { methods: ['GET', 'POST'], segments: 2 },
  signout: { methods: ['GET', 'POST'], segments: 1 },
  callback: { methods: ['GET', 'POST'], segments: 2 },
  error: { methods: ['GET'], segments: 1 },
  'verify-request': { methods: ['GET'], segments: 1 },
};

export type Refusal = { status: 400 | 404 | 405 | 413 | 415; error: string; allow?: string; clearCookie?: string };

/** An unknown endpoint (404), or a method it does not take (405, with Allow). */
export function refuseRoute(segments: readonly string[], method: string): Refusal | null {
  const [action = ''] = segments;
  const known = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!known || segments.length > known.segments) return { status: 404, error: 'Not found' };
  // Credentials are only ever posted; next-auth answers a GET of their callback with a 500.
  const methods = action === 'callback' && segments[1] === 'credentials' ? ['POST'] : known.methods;
  if (!methods.includes(method)) return { status: 405, error: 'Method not allowed', allow: methods.join(', ') };
  return null;
}

/** The rule next-auth's own config check applies (core/lib/assert.js): an http(s) URL, or a path. */
function acceptableCallbackUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? 'http://base.invalid' : undefined).protocol);
  } catch {
    return false;
  }
}

/** A callbackUrl in the query or the callback-url cookie that next-auth would answer with a 500. */
export function refuseCallbackUrl(query: URLSearchParams, cookieName: string, cookieValue: string | undefined): Refusal | null {
  const param = query.get('callbackUrl');
  if (param && !acceptableCallbackUrl(param)) return { status: 400, error: 'callbackUrl must be a path or an http(s) URL' };
  if (cookieValue && !acceptableCallbackUrl(cookieValue)) return { status: 400, error: 'Invalid callback URL cookie', clearCookie: cookieName };
  return null;
}

const MEDIA_TYPES = ['application/x-www-form-urlencoded', 'application/json'];

/**
 * next-auth's forms post strings; only the session update's `data` is JSON of any shape. A
 * non-string callbackUrl would reach next-auth's redirect callback and throw there.
 */
const jsonFieldsSchema = z.looseObject({ data: z.unknown().optional() }).refine(
  (fields) => Object.entries(fields).every(([key, value]) => key === 'data' || typeof value === 'string'),
  'Every field must be a string',
);

export type AuthBody = { ok: true; text: string; fields: Record<string, unknown> } | { ok: false; refusal: Refusal };

/** Reads a POST body once, capped, in a media type next-auth understands, into its fields. */
export async function readAuthBody(request: Request, maxBytes: number): Promise<AuthBody> {
  const type = mediaType(request);
  const body = await readBodyText(request, maxBytes);
  if (!body.ok) return { ok: false, refusal: body.reason === 'too-large' ? { status: 413, error: 'Request too large' } : { status: 400, error: 'Unreadable request' } };
  if (body.text === '') return { ok: true, text: '', fields: {} };
  if (type === null || !MEDIA_TYPES.includes(type)) return { ok: false, refusal: { status: 415, error: 'Send application/x-www-form-urlencoded or application/json' } };
  if (type === 'application/x-www-form-urlencoded') return { ok: true, text: body.text, fields: Object.fromEntries(new URLSearchParams(body.text)) };
  const json = parseJson(body.text);
  if (!json.ok) return { ok: false, refusal: { status: 400, error: 'Body is not valid JSON' } };
  const fields = jsonFieldsSchema.safeParse(json.value);
  if (!fields.success) return { ok: false, refusal: { status: 400, error: 'Body must be a JSON object of strings' } };
  return { ok: true, text: body.text, fields: fields.data };
}
