import 'server-only';
import { z } from 'zod';
import type { Editor } from '@/lib/auth/editors';
import { getCurrentEditor } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { jsonResponse } from '@/lib/http/responses';

/**
 * What every editors' API route under /api/editor checks and answers alike: same-origin for
 * browsers (403), a live editor session checked against the database (401), private no-store and
 * noindex answers, errors as `{ok: false, error: {message}}`.
 */

export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
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
