import 'server-only';
import type { Kysely } from 'kysely';
import type { Editor } from '@/lib/auth/editors';
import type { Database } from '@/lib/db/database';
import { articleOfSnapshot, draftSocialCard, storeUnsavedPreview, type SocialCard } from '@/lib/preview';
import { routes } from '@/lib/routes';
import type { TextError } from './draft-text';
import { checkDraft } from './draft-check';
import { bodyTooLong, readDraftForm, type FieldErrors } from './draft-form';
import { loadEditable } from './draft-store';

/**
 * The live preview beside the edit form: the form as it stands (unsaved), judged exactly as a save
 * would judge it, stored for the preview frame, answered with where to look (frame and card image)
 * and the social card's text. A form a save would refuse gets its problems back instead, and the
 * frame keeps showing the last good state.
 */

export type LivePreview =
  | { ok: true; previewId: string; revision: number; frame: string; card: SocialCard }
  | { ok: false; status: 404; message: string }
  | { ok: false; status: 422; fieldErrors: FieldErrors; bodyErrors: TextError[] };

const MAX_BODY_ERRORS = 50;

export async function previewDraftForm(db: Kysely<Database>, form: FormData, editor: Editor, previousId: string | null, now: Date = new Date()): Promise<LivePreview> {
  const { values, articleId } = readDraftForm(form);
  const current = articleId ? await loadEditable(db, articleId, now) : null;
  if (articleId && !current) return { ok: false, status: 404, message: 'This article no longer exists.' };
  if (bodyTooLong(form)) return { ok: false, status: 422, fieldErrors: { body: 'The text is too long to preview (at most 600,000 characters).' }, bodyErrors: [] };
  const check = await checkDraft(db, values, current);
  if (!check.ok) return { ok: false, status: 422, fieldErrors: check.fieldErrors, bodyErrors: check.bodyErrors.slice(0, MAX_BODY_ERRORS) };

  const base = current
    ? { id: current.id, status: current.status, publishedAt: current.publishedAt, updatedAt: current.updatedAt }
    : { id: null, status: 'draft' as const, publishedAt: null, updatedAt: null };
  const article = articleOfSnapshot(check.snapshot, base, check, now);
  const stored = await storeUnsavedPreview(db, { previousId, editorId: editor.id, articleId: current?.id ?? null, article, now });
  const card = draftSocialCard(article, article.social.image ? undefined : routes.unsavedPreviewOg(stored.id, stored.revision));
  return { ok: true, previewId: stored.id, revision: stored.revision, frame: routes.unsavedPreview(stored.id, stored.revision), card };
}
