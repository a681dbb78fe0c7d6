import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
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

export type Submission =
  | { ok: true; articleId: string; version: number; created: boolean; /** Autosave of the stored text: nothing written. */ unchanged?: true }
  | { ok: false; state: DraftFormState; notFound?: true };

export interface SubmitOptions {
  /** An autosave of this article (the id from its URL): coalesced revisions, never a new article, never an overwrite. */
  autosave?: { articleId: string };
}

const MAX_BODY_ERRORS = 50;

function stateOf(values: DraftFormValues, articleId: string | null, version: number | null, extra: Partial<DraftFormState>): DraftFormState {
  return { status: 'invalid', values, fieldErrors: {}, bodyErrors: [], articleId, version, ...extra };
}

// Compared as stored (JSON), so key order and absent optional fields do not count as changes.
const sameSnapshot = (a: ArticleSnapshot, b: ArticleSnapshot) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

const GONE = 'This article no longer exists, so it cannot be saved. Copy your text somewhere safe.';

export async function submitDraft(db: Kysely<Database>, form: FormData, editor: Editor, options: SubmitOptions = {}): Promise<Submission> {
  const posted = readDraftForm(form);
  const { values, version } = posted;
  const articleId = options.autosave ? options.autosave.articleId : posted.articleId;
  const overwrite = options.autosave ? null : posted.overwrite;
  const fail = (extra: Partial<DraftFormState>): Submission => ({ ok: false, state: stateOf(values, articleId, version, extra) });

  const current = articleId ? await loadEditable(db, articleId) : null;
  if (articleId && !current) return { ok: false, state: stateOf(values, articleId, version, { status: 'failed', message: GONE }), notFound: true };
  if (current && version === null) return fail({ status: 'failed', message: 'This form lost track of which version it edits. Copy your text, reload the page and paste it back.' });
  if (bodyTooLong(form)) return fail({ fieldErrors: { body: 'The text is too long to save (at most 600,000 characters); only its beginning is shown here.' } });

  const check = await checkDraft(db, values, current);
  if (!check.ok) return fail({ fieldErrors: check.fieldErrors, bodyErrors: check.bodyErrors.slice(0, MAX_BODY_ERRORS) });

  if (options.autosave && current && version === current.version && sameSnapshot(check.snapshot, current.snapshot)) {
    return { ok: true, articleId: current.id, version, created: false, unchanged: true };
  }
  if (!current) {
    const created = await createDraft(db, { snapshot: check.snapshot, editorId: editor.id });
    if (!created.ok) return fail({ fieldErrors: { [created.field]: created.message } as FieldErrors });
    return { ok: true, articleId: created.id, version: created.version, created: true };
  }
  const saved = await saveDraft(db, {
    articleId: current.id,
    expectedVersion: overwrite ?? (version as number),
    snapshot: check.snapshot,
    editorId: editor.id,
    autosave: options.autosave !== undefined,
  });
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
      return { ok: false, state: stateOf(values, articleId, version, { status: 'failed', message: GONE }), notFound: true };
  }
}
