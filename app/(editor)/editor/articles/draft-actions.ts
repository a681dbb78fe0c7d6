'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { runArticleCommand } from '@/lib/editorial/article-commands';
import { readDraftForm, type DraftFormState } from '@/lib/editorial/draft-form';
import { editPathWith } from '@/lib/editorial/draft-notice';
import { rememberPostedState } from '@/lib/editorial/posted-form-state';
import { restoreRevision } from '@/lib/editorial/revision-history';
import { submitDraft, type Submission } from '@/lib/editorial/draft-submission';
import { routes } from '@/lib/routes';

/**
 * Server actions of the draft editor. Each checks the editor first (requireEditor: the session and
 * the database), then hands the form to lib/editorial and turns the outcome into a 303 or a state.
 * proxy.ts has already refused cross-site posts to /editor with a 403.
 */

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const versionSchema = z.coerce.number().int().positive().max(1_000_000_000);
const uuidLike = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

function logFailure(what: string, error: unknown): void {
  console.error(`[editor] ${what} failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
}

export async function saveDraftAction(_previous: DraftFormState, form: FormData): Promise<DraftFormState> {
  const { values, articleId, version } = readDraftForm(form);
  const editor = await requireEditor(articleId ? routes.editorEdit(articleId) : routes.editorNewArticle());
  let outcome: Submission;
  try {
    outcome = await submitDraft(await getDb(), form, editor);
  } catch (error) {
    logFailure('save', error);
    return rememberPostedState({
      status: 'failed',
      values,
      fieldErrors: {},
      bodyErrors: [],
      articleId,
      version,
      message: 'The draft could not be saved because the database did not answer. Your text is still here: try again in a moment.',
    });
  }
  // Returned for the script-driven form; remembered for the page a form posted without JavaScript gets back.
  if (!outcome.ok) return rememberPostedState(outcome.state);
  redirect(editPathWith(outcome.articleId, outcome.created ? { saved: outcome.version, created: 1 } : { saved: outcome.version }));
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const articleId = idSchema.safeParse(form.get('articleId'));
  const editor = await requireEditor(articleId.success ? routes.editorEdit(articleId.data) : routes.editorHome());
  if (!articleId.success) redirect(routes.editorHome());
  const revisionId = uuidLike.safeParse(form.get('revisionId'));
  const version = versionSchema.safeParse(form.get('version'));
  if (!revisionId.success || !version.success) redirect(editPathWith(articleId.data, { refused: 'restore-missing' }));
  let target: string;
  try {
    const result = await restoreRevision(await getDb(), { articleId: articleId.data, revisionId: revisionId.data, expectedVersion: version.data, editorId: editor.id });
    if (result.ok) target = editPathWith(articleId.data, { saved: result.version, restored: result.restoredFrom ?? 0 });
    else if (result.reason === 'conflict') target = editPathWith(articleId.data, { refused: 'restore-conflict' });
    else if (result.reason === 'rejected') target = editPathWith(articleId.data, { refused: 'restore-rejected' });
    else target = editPathWith(articleId.data, { refused: 'restore-missing' });
  } catch (error) {
    logFailure('restore', error);
    target = editPathWith(articleId.data, { refused: 'unavailable' });
  }
  redirect(target);
}

/** "Publish now" and "Update live article": the one publish function, for the version the editor saw. */
export async function publishDraftAction(form: FormData): Promise<void> {
  const articleId = idSchema.safeParse(form.get('articleId'));
  await requireEditor(articleId.success ? routes.editorEdit(articleId.data) : routes.editorHome());
  if (!articleId.success) redirect(routes.editorHome());
  const version = versionSchema.safeParse(form.get('version'));
  if (!version.success) redirect(editPathWith(articleId.data, { refused: 'publish-conflict' }));
  let target: string;
  try {
    const result = await runArticleCommand(articleId.data, { action: 'publish', expectedVersion: version.data });
    if (result.ok) target = editPathWith(articleId.data, { published: 1 });
    else if (result.status === 409) target = editPathWith(articleId.data, { refused: 'publish-conflict' });
    else if (result.status === 404) target = routes.editorHome();
    else target = editPathWith(articleId.data, { refused: 'publish-rejected' });
  } catch (error) {
    logFailure('publish', error);
    target = editPathWith(articleId.data, { refused: 'unavailable' });
  }
  redirect(target);
}
