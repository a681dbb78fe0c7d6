import 'server-only';
import { z } from 'zod';
import { getCurrentEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { renderArticleCard } from '@/lib/og/render';
import { loadUnsavedPreview, UNSAVED_PREVIEW_ID } from '@/lib/preview';
import { apiFailure as fail, editorOfRequest, PRIVATE_HEADERS, privateJson, readEditForm } from './editor-api';
import { previewDraftForm } from './live-preview';

/**
 * POST /api/editor/live-preview: the edit form, as the browser would post it,
 * plus `previewId` (the frame's current preview, reused while it is this editor's). Answers where
 * the frame and the card image are, or the problems a save would report (422). Editors only,
 * same-origin, private and never cached. GET /api/editor/live-preview/<id>/og: that preview's card.
 */

const previewIdSchema = z.string().regex(UNSAVED_PREVIEW_ID).nullable().catch(null);

export async function handleLivePreview(request: Request): Promise<Response> {
  const caller = await editorOfRequest(request);
  if (!caller.ok) return caller.response;
  const read = await readEditForm(request);
  if (!read.ok) return read.response;
  const { form } = read;
  try {
    const preview = await previewDraftForm(await getDb(), form, caller.editor, previewIdSchema.parse(form.get('previewId')));
    if (preview.ok) return privateJson(200, preview);
    if (preview.status === 404) return fail(404, preview.message);
    return privateJson(422, { ok: false, fieldErrors: preview.fieldErrors, bodyErrors: preview.bodyErrors });
  } catch (error) {
    console.error(`[live-preview] failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return fail(503, 'The preview could not be made just now; your text is untouched. It will try again as you type.');
  }
}

export async function unsavedPreviewCard(rawId: string): Promise<Response> {
  const editor = await getCurrentEditor();
  const article = editor ? await loadUnsavedPreview(await getDb(), rawId, editor.id) : null;
  if (!article) return new Response('Not found', { status: 404, headers: PRIVATE_HEADERS });
  const png = await renderArticleCard(article, { host: new URL(getEnv().SITE_URL).host });
  return new Response(new Uint8Array(png), { headers: { ...PRIVATE_HEADERS, 'Content-Type': 'image/png' } });
}
