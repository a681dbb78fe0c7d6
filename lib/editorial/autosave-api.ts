import 'server-only';
import { getDb } from '@/lib/db/client';
import { mediaType, readBodyBytes } from '@/lib/http/body';
import { submitDraft } from './draft-submission';
import { apiFailure as fail, articleIdSchema, editorOfRequest, privateJson } from './editor-api';

/**
 * POST /api/editor/articles/[id]/autosave — the edit form's own fields, saved as the form's Save
 * would save them (submitDraft), but coalesced into one revision per streak (draft-store.ts).
 * Answers `{status: 'saved', version, savedAt}`, 409 `{status: 'conflict', …}` (the text is kept
 * as a conflict revision), 422 `{status: 'invalid', fieldErrors, bodyErrors}` (nothing written).
 */

// The form's body may hold 600,000 characters of any script; the server caps every body at 2 MiB.
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

async function readForm(request: Request): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  const type = mediaType(request);
  if (type === null || !FORM_TYPES.has(type)) return { ok: false, response: fail(415, 'Send the edit form (multipart/form-data or application/x-www-form-urlencoded).') };
  const body = await readBodyBytes(request, MAX_BODY_BYTES);
  if (!body.ok) return { ok: false, response: body.reason === 'too-large' ? fail(413, 'Body over 2 MiB.') : fail(400, 'The body could not be read.') };
  try {
    const form = await new Response(new Uint8Array(body.bytes), { headers: { 'Content-Type': request.headers.get('content-type') ?? type } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, response: fail(400, 'The form could not be read.') };
  }
}

export async function handleAutosave(request: Request, rawId: string): Promise<Response> {
  const caller = await editorOfRequest(request);
  if (!caller.ok) return caller.response;
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) return fail(404, 'No such article.');
  const read = await readForm(request);
  if (!read.ok) return read.response;

  let outcome;
  try {
    outcome = await submitDraft(await getDb(), read.form, caller.editor, { autosave: { articleId: id.data } });
  } catch (error) {
    console.error(`[editor-api] autosave ${id.data} failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return fail(503, 'The draft could not be saved; nothing was changed. Try again shortly.');
  }
  if (outcome.ok) return privateJson(200, { status: 'saved', version: outcome.version, savedAt: new Date().toISOString(), unchanged: outcome.unchanged === true });
  if (outcome.notFound) return fail(404, 'No such article.');
  const { state } = outcome;
  if (state.status === 'conflict' && state.conflict) {
    return privateJson(409, { status: 'conflict', currentVersion: state.conflict.currentVersion, keptRevisionId: state.conflict.keptRevisionId, message: state.message ?? '' });
  }
  // 'invalid' (problems in the text or fields) and 'failed' (a form without its version): nothing was written.
  return privateJson(422, { status: 'invalid', fieldErrors: state.fieldErrors, bodyErrors: state.bodyErrors, ...(state.message ? { message: state.message } : {}) });
}
