import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { articleSnapshotSchema, snapshotOfArticle, type ArticleSnapshot } from '@/lib/content/article-snapshot';
import { isPublicRow } from '@/lib/content/public-visibility';
import { getArticleByIdForEditing } from '@/lib/content/repository';
import type { ArticleStatus, TagRef } from '@/lib/content/schema';
import { checkSnapshot, parseWorkingCopy, SnapshotRejectedError, writeSnapshotToRow } from '@/lib/content/snapshot-writer';
import type { Database } from '@/lib/db/database';
import { isUniqueViolation } from '@/lib/db/errors';
import { articleContentColumns } from '@/lib/db/rows';
import type { RevisionKind } from './tables';

/**
 * Saving drafts from the editor: every save is a revision (who, when, the whole snapshot), and
 * names the version it started from. A save from an older version is refused, never merged or
 * overwritten, and the refused text is kept as a 'conflict' revision. An article readers can see
 * keeps showing its published text: saves go to its working copy until publish.ts publishes it.
 * Autosaves are saves too, but one editor's uninterrupted streak of them stays one revision (see
 * AUTOSAVE_STREAK_MS). Callers have checked the editor (requireEditor) first. Reading and restoring
 * revisions: revision-history.ts.
 */

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export interface EditableArticle {
  id: string;
  /** As readers' rules see it now (a scheduled article whose time has come is 'published'). */
  status: ArticleStatus;
  /** Readers can see it: saves wait in the working copy until "Update live article". */
  live: boolean;
  version: number;
  /** What the editor edits: the working copy when there is one, else the row. */
  snapshot: ArticleSnapshot;
  /** A live article has saved changes readers do not see yet. */
  unpublishedChanges: boolean;
  /** Topics named in the text that do not exist yet (created when it is published). */
  pendingTags: TagRef[];
  /** The public path of the row as it is (/section/slug). */
  path: string;
  publishedAt: string | null;
  updatedAt: string;
}

export type SaveResult =
  | { ok: true; version: number; live: boolean; pendingTags: TagRef[]; restoredFrom?: number }
  | { ok: false; reason: 'conflict'; currentVersion: number; keptRevisionId: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'rejected'; field: SnapshotRejectedError['field']; message: string };

export interface SaveInput {
  articleId: string;
  expectedVersion: number;
  snapshot: ArticleSnapshot;
  editorId: string;
  now?: Date;
  /** 'restore' with the version it brings back. */
  restoredFrom?: number;
  /** Written by autosave: continues this editor's streak revision instead of adding one. */
  autosave?: boolean;
}

/** How long one streak of autosaves may keep updating the same revision row. */
export const AUTOSAVE_STREAK_MS = 10 * 60 * 1000;

export async function loadEditable(db: Db | Trx, id: string, now: Date = new Date()): Promise<EditableArticle | null> {
  const row = await db.selectFrom('articles').select(['version', 'working_copy']).where('id', '=', id).executeTakeFirst();
  const article = row ? await getArticleByIdForEditing(db, id, { now }) : null;
  if (!row || !article) return null;
  const live = isPublicRow({ status: article.status, published_at: article.publishedAt }, now);
  const snapshot = row.working_copy ? parseWorkingCopy(id, row.working_copy) : snapshotOfArticle(article);
  const existing = new Set(article.tags.map((tag) => tag.slug));
  return {
    id,
    status: article.status,
    live,
    version: Number(row.version),
    snapshot,
    unpublishedChanges: live && row.working_copy !== null,
    pendingTags: row.working_copy ? snapshot.tags.filter((tag) => !existing.has(tag.slug)) : [],
    path: `/${article.section.slug}/${article.slug}`,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
  };
}

async function insertRevision(
  trx: Trx,
  values: { articleId: string; version: number; kind: RevisionKind; editorId: string | null; restoredFrom?: number; snapshot: ArticleSnapshot; now: Date; autosave?: boolean },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('article_revisions')
    .values({
      id,
      article_id: values.articleId,
      version: values.version,
      kind: values.kind,
      editor_id: values.editorId,
      restored_from: values.restoredFrom ?? null,
      created_at: values.now.toISOString(),
      snapshot: JSON.stringify(values.snapshot),
      autosave_since: values.autosave ? values.now.toISOString() : null,
    })
    .execute();
  return id;
}

/**
 * The revision row of version `from`, if it is this editor's autosave streak begun less than
 * AUTOSAVE_STREAK_MS ago: an explicit save, a restore or another editor's save would be that row instead.
 */
async function openStreak(trx: Trx, input: SaveInput, from: number, now: Date): Promise<string | null> {
  const row = await trx
    .selectFrom('article_revisions')
    .select(['id', 'editor_id', 'autosave_since'])
    .where('article_id', '=', input.articleId)
    .where('version', '=', from)
    .where('kind', '=', 'save')
    .executeTakeFirst();
  if (!row || row.autosave_since === null || row.editor_id !== input.editorId) return null;
  const age = now.getTime() - Date.parse(row.autosave_since);
  return age >= 0 && age < AUTOSAVE_STREAK_MS ? row.id : null;
}

/** Records a saved version: a new revision row, or the open autosave streak's row moved up to it. */
async function recordSave(trx: Trx, input: SaveInput, from: number, snapshot: ArticleSnapshot, now: Date): Promise<void> {
  const streak = input.autosave ? await openStreak(trx, input, from, now) : null;
  if (streak !== null) {
    await trx
      .updateTable('article_revisions')
      .set({ version: from + 1, snapshot: JSON.stringify(snapshot), created_at: now.toISOString() })
      .where('id', '=', streak)
      .execute();
    return;
  }
  const kind: RevisionKind = input.restoredFrom === undefined ? 'save' : 'restore';
  await insertRevision(trx, {
    articleId: input.articleId,
    version: from + 1,
    kind,
    editorId: input.editorId,
    restoredFrom: input.restoredFrom,
    snapshot,
    now,
    autosave: input.autosave === true && input.restoredFrom === undefined,
  });
}

/** The text as it stood before this save, unless a revision of that version exists already. */
async function keepBaseline(trx: Trx, articleId: string, version: number, now: Date): Promise<void> {
  const latest = await trx
    .selectFrom('article_revisions')
    .select('version')
    .where('article_id', '=', articleId)
    .where('kind', '!=', 'conflict')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest && Number(latest.version) === version) return;
  const current = await loadEditable(trx, articleId, now);
  if (current) await insertRevision(trx, { articleId, version, kind: 'baseline', editorId: null, snapshot: current.snapshot, now });
}

async function refuse(trx: Trx, input: SaveInput, snapshot: ArticleSnapshot, now: Date): Promise<SaveResult> {
  const row = await trx.selectFrom('articles').select('version').where('id', '=', input.articleId).executeTakeFirstOrThrow();
  const keptRevisionId = await insertRevision(trx, {
    articleId: input.articleId,
    version: input.expectedVersion,
    kind: 'conflict',
    editorId: input.editorId,
    snapshot,
    now,
  });
  return { ok: false, reason: 'conflict', currentVersion: Number(row.version), keptRevisionId };
}

function rejected(error: unknown): SaveResult {
  if (error instanceof SnapshotRejectedError) return { ok: false, reason: 'rejected', field: error.field, message: error.message };
  // Two saves racing for one free slug: the database's unique index decides.
  if (isUniqueViolation(error)) return { ok: false, reason: 'rejected', field: 'slug', message: 'That address was just taken by another article.' };
  throw error;
}

/** Saves a new version of an existing article (see the module comment). */
export async function saveDraft(db: Db, input: SaveInput): Promise<SaveResult> {
  const snapshot = articleSnapshotSchema.parse(input.snapshot);
  const now = input.now ?? new Date();
  try {
    return await db.transaction().execute(async (trx): Promise<SaveResult> => {
      const row = await trx
        .selectFrom('articles')
        .select(['version', 'status', 'published_at'])
        .where('id', '=', input.articleId)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'not-found' };
      const from = Number(row.version);
      if (from !== input.expectedVersion) return refuse(trx, input, snapshot, now);
      // The version check that holds under concurrency: only one save moves the row off `from`.
      const moved = await trx
        .updateTable('articles')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', input.articleId)
        .where('version', '=', from)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return refuse(trx, input, snapshot, now);
      await keepBaseline(trx, input.articleId, from, now);

      const live = isPublicRow(row, now);
      let pendingTags: TagRef[] = [];
      if (live) {
        await checkSnapshot(trx, input.articleId, snapshot);
        await trx.updateTable('articles').set({ working_copy: JSON.stringify(snapshot) }).where('id', '=', input.articleId).execute();
      } else {
        ({ pendingTags } = await writeSnapshotToRow(trx, input.articleId, snapshot, { now, createTags: false }));
        const workingCopy = pendingTags.length > 0 ? JSON.stringify(snapshot) : null;
        await trx.updateTable('articles').set({ working_copy: workingCopy }).where('id', '=', input.articleId).execute();
      }
      await recordSave(trx, input, from, snapshot, now);
      return { ok: true, version: from + 1, live, pendingTags, ...(input.restoredFrom === undefined ? {} : { restoredFrom: input.restoredFrom }) };
    });
  } catch (error) {
    return rejected(error);
  }
}

export type CreateResult = { ok: true; id: string; version: 1 } | Extract<SaveResult, { reason: 'rejected' }>;

/** A new draft from its first save (revision 1). */
export async function createDraft(db: Db, input: { snapshot: ArticleSnapshot; editorId: string; now?: Date; id?: string }): Promise<CreateResult> {
  const snapshot = articleSnapshotSchema.parse(input.snapshot);
  const now = input.now ?? new Date();
  const id = input.id ?? randomUUID();
  try {
    return await db.transaction().execute(async (trx): Promise<CreateResult> => {
      const { sectionId } = await checkSnapshot(trx, null, snapshot);
      await trx
        .insertInto('articles')
        .values({
          id,
          slug: snapshot.slug,
          section_id: sectionId,
          status: 'draft',
          language: snapshot.language,
          headline: snapshot.headline,
          standfirst: snapshot.standfirst,
          ...articleContentColumns(snapshot),
          published_at: null,
          updated_at: now.toISOString(),
          created_at: now.toISOString(),
          version: 1,
        })
        .execute();
      const { pendingTags } = await writeSnapshotToRow(trx, id, snapshot, { now, createTags: false });
      if (pendingTags.length > 0) await trx.updateTable('articles').set({ working_copy: JSON.stringify(snapshot) }).where('id', '=', id).execute();
      await insertRevision(trx, { articleId: id, version: 1, kind: 'save', editorId: input.editorId, snapshot, now });
      return { ok: true, id, version: 1 };
    });
  } catch (error) {
    const result = rejected(error);
    if (result.ok || result.reason !== 'rejected') throw error;
    return result;
  }
}

/** `base`, or base-2, base-3… whichever no article uses (for a slug suggested from the headline). */
export async function freeSlug(db: Db, base: string, exceptId: string | null): Promise<string> {
  const candidates = [base, ...Array.from({ length: 49 }, (_, i) => `${base.slice(0, 115)}-${i + 2}`)];
  let query = db.selectFrom('articles').select('slug').where('slug', 'in', candidates);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  const taken = new Set((await query.execute()).map((row) => row.slug));
  return candidates.find((slug) => !taken.has(slug)) ?? `${base.slice(0, 100)}-${randomUUID().slice(0, 8)}`;
}
