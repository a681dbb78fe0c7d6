import 'server-only';
import type { Kysely } from 'kysely';
import type { Editor } from '@/lib/auth/editors';
import type { Database } from '@/lib/db/database';
import { bodyTooLong, readDraftForm, type DraftFormState, type DraftFormValues, type FieldErrors } from './draft-form';
import { checkDraft } from './draft-check';
import { createDraft, loadEditable, saveDraft } from './draft-store';

/**
 * One posted edit form, from FormData to a saved version or to the state the form shows back:
 * the editor's text untouched, each problem beside its field, or the conflict with who saved
 * first. The server action around it only checks the editor and redirects.
 */

export type Submission = { ok: true; articleId: string; version: number; created: boolean } | { ok: false; state: DraftFormState };

const MAX_BODY_ERRORS = 50;

function stateOf(values: DraftFormValues, articleId: string | null, version: number | null, extra: Partial<DraftFormState>): DraftFormState {
  return { status: 'invalid', values, fieldErrors: {}, bodyErrors: [], articleId, version, ...extra };
}

export async function submitDraft(db: Kysely<Database>, form: FormData, editor: Editor): Promise<Submission> {
  const { values, articleId, version, overwrite } = readDraftForm(form);
  const fail = (extra: Partial<DraftFormState>): Submission => ({ ok: false, state: stateOf(values, articleId, version, extra) });

  const current = articleId ? await loadEditable(db, articleId) : null;
  if (articleId && !current) return fail({ status: 'failed', message: 'This article no longer exists, so it cannot be saved. Copy your text somewhere safe.' });
  if (current && version === null) return fail({ status: 'failed', message: 'This form lost track of which version it edits. Copy your text, reload the page and paste it back.' });
  if (bodyTooLong(form)) return fail({ fieldErrors: { body: 'The text is too long to save (at most 600,000 characters); only its beginning is shown here.' } });

  const check = await checkDraft(db, values, current);
  if (!check.ok) return fail({ fieldErrors: check.fieldErrors, bodyErrors: check.bodyErrors.slice(0, MAX_BODY_ERRORS) });

  if (!current) {
    const created = await createDraft(db, { snapshot: check.snapshot, editorId: editor.id });
    if (!created.ok) return fail({ fieldErrors: { [created.field]: created.message } as FieldErrors });
    return { ok: true, articleId: created.id, version: created.version, created: true };
  }
  const saved = await saveDraft(db, { articleId: current.id, expectedVersion: overwrite ?? (version as number), snapshot: check.snapshot, editorId: editor.id });
  if (saved.ok) return { ok: true, articleId: current.id, version: saved.version, created: false };
  switch (saved.reason) {
    case 'conflict':
      return fail({
        status: 'conflict',
        conflict: { currentVersion: saved.currentVersion, keptRevisionId: saved.keptRevisionId },
        message: `Someone else saved this article (revision ${saved.currentVersion}) after you opened it, so your save was refused. Your text is still here, and a copy of it was kept in the revisions.`,
      });
    case 'rejected':
      return fail({ fieldErrors: { [saved.field]: saved.message } as FieldErrors });
    case 'not-found':
      return fail({ status: 'failed', message: 'This article no longer exists, so it cannot be saved. Copy your text somewhere safe.' });
  }
}
