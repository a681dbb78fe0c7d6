import 'server-only';
import { z } from 'zod';
import type { Editor } from '@/lib/auth/editors';
import { getCurrentEditor } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { hasUtf8OrNoCharset, mediaType, readBodyBytes } from '@/lib/http/body';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { jsonResponse } from '@/lib/http/responses';
import { PRIVATE_HEADERS } from '@/lib/http/private-headers.mjs';

/**
 * What every editors' API route under /api/editor checks and answers alike: same-origin for
 * browsers (403), a live editor session checked against the database (401), private no-store and
 * noindex answers, errors as `{ok: false, error: {message}}`.
 */

export { PRIVATE_HEADERS };
export const articleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function privateJson(status: number, body: unknown): Response {
  return jsonResponse(status, body, PRIVATE_HEADERS);
}

export function apiFailure(status: number, message: string): Response {
  return privateJson(status, { ok: false, error: { message } });
}

/** The signed-in editor of a same-origin request, or the answer that refuses it. */
export async function editorOfRequest(request: Request): Promise<{ ok: true; editor: Editor } | { ok: false; response: Response }> {
  if (!checkSameOrigin(request, ownOrigins(request, getEnv().SITE_URL, getEnv().TRUST_PROXY)).ok) return { ok: false, response: apiFailure(403, 'Cross-site request refused.') };
  const editor = await getCurrentEditor();
  if (!editor) return { ok: false, response: apiFailure(401, 'Sign in as an editor first.') };
  return { ok: true, editor };
}

// The form's body may hold 600,000 characters of any script; the server caps every body at 2 MiB.
const MAX_FORM_BYTES = 2 * 1024 * 1024;
const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/** The edit form as the browser posts it (multipart or url-encoded, UTF-8), or the 4xx that refuses it. */
export async function readEditForm(request: Request): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  const type = mediaType(request);
  if (type === null || !FORM_TYPES.has(type) || !hasUtf8OrNoCharset(request)) {
    return { ok: false, response: apiFailure(415, 'Send the edit form (multipart/form-data or application/x-www-form-urlencoded, UTF-8).') };
  }
  const body = await readBodyBytes(request, MAX_FORM_BYTES);
  if (!body.ok) return { ok: false, response: body.reason === 'too-large' ? apiFailure(413, 'The form is over 2 MiB.') : apiFailure(400, 'The form could not be read.') };
  try {
    // A url-encoded form is text: bytes that are not UTF-8 are a broken client, not something to repair with U+FFFD.
    if (type === 'application/x-www-form-urlencoded') new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    const form = await new Response(new Uint8Array(body.bytes), { headers: { 'Content-Type': request.headers.get('content-type') ?? type } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, response: apiFailure(400, 'The form could not be read.') };
  }
}
