import 'server-only';
import { getDb } from '@/lib/db/client';
import { submitDraft } from './draft-submission';
import { apiFailure as fail, articleIdSchema, editorOfRequest, privateJson, readEditForm } from './editor-api';

/**
 * POST /api/editor/articles/[id]/autosave — the edit form's own fields, saved as the form's Save
 * would save them (submitDraft), but coalesced into one revision per streak (draft-store.ts).
 * Answers `{status: 'saved', version, savedAt}`, 409 `{status: 'conflict', …}` (the text is kept
 * as a conflict revision), 422 `{status: 'invalid', fieldErrors, bodyErrors}` (nothing written).
 */

export async function handleAutosave(request: Request, rawId: string): Promise<Response> {
  const caller = await editorOfRequest(request);
  if (!caller.ok) return caller.response;
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) return fail(404, 'No such article.');
  const read = await readEditForm(request);
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
