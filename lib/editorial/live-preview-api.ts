import 'server-only';
import { z } from 'zod';
import { getCurrentEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { hasUtf8OrNoCharset, mediaType, readBodyText } from '@/lib/http/body';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { jsonResponse } from '@/lib/http/responses';
import { renderArticleCard } from '@/lib/og/render';
import { loadUnsavedPreview, UNSAVED_PREVIEW_ID } from '@/lib/preview/unsaved-preview';
import { previewDraftForm } from './live-preview';

/**
 * POST /api/editor/live-preview: the edit form, url-encoded exactly as the browser would post it,
 * plus `previewId` (the frame's current preview, reused while it is this editor's). Answers where
 * the frame and the card image are, or the problems a save would report (422). Editors only,
 * same-origin, private and never cached. GET /api/editor/live-preview/<id>/og: that preview's card.
 */

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
const previewIdSchema = z.string().regex(UNSAVED_PREVIEW_ID).nullable().catch(null);

function fail(status: number, message: string): Response {
  return jsonResponse(status, { ok: false, error: { message } }, PRIVATE);
}

function formOf(text: string): FormData {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  return form;
}

export async function handleLivePreview(request: Request): Promise<Response> {
  if (!checkSameOrigin(request, ownOrigins(request, getEnv().SITE_URL, getEnv().TRUST_PROXY)).ok) return fail(403, 'Cross-site request refused.');
  const editor = await getCurrentEditor();
  if (!editor) return fail(401, 'Sign in as an editor first.');
  if (mediaType(request) !== 'application/x-www-form-urlencoded' || !hasUtf8OrNoCharset(request)) return fail(415, 'Send the form as application/x-www-form-urlencoded (UTF-8).');
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return body.reason === 'too-large' ? fail(413, 'The form is over 2 MB.') : fail(400, 'The form is not valid UTF-8.');
  const form = formOf(body.text);
  try {
    const preview = await previewDraftForm(await getDb(), form, editor, previewIdSchema.parse(form.get('previewId')));
    if (preview.ok) return jsonResponse(200, preview, PRIVATE);
    if (preview.status === 404) return fail(404, preview.message);
    return jsonResponse(422, { ok: false, fieldErrors: preview.fieldErrors, bodyErrors: preview.bodyErrors }, PRIVATE);
  } catch (error) {
    console.error(`[live-preview] failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return fail(503, 'The preview could not be made just now; your text is untouched. It will try again as you type.');
  }
}

export async function unsavedPreviewCard(rawId: string): Promise<Response> {
  const editor = await getCurrentEditor();
  const article = editor ? await loadUnsavedPreview(await getDb(), rawId, editor.id) : null;
  if (!article) return new Response('Not found', { status: 404, headers: PRIVATE });
  const png = await renderArticleCard(article, { host: new URL(getEnv().SITE_URL).host });
  return new Response(new Uint8Array(png), { headers: { ...PRIVATE, 'Content-Type': 'image/png' } });
}
