import 'server-only';
import { draftMode } from 'next/headers';
import { connection } from 'next/server';
import type { Kysely } from 'kysely';
import type { Editor } from '@/lib/auth/editors';
import { getCurrentEditor } from '@/lib/auth/session';
import { articlePageReads, assembleArticlePageData, type ArticlePageData } from '@/lib/content/article-page';
import type { Article } from '@/lib/content/schema';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { findArticleByIdForEditor, findArticleForEditor, resolveSharedArticle, type SharedPreview } from './draft-access';
import { loadUnsavedPreview } from './unsaved-preview';

/**
 * The only two ways a page reads a draft. Draft Mode is a rendering switch, never a
 * permission: loadEditorPreview needs Draft Mode AND a live editor session; loadSharedPreview needs
 * a valid, unrevoked, unexpired signed token and opens only the article it was issued for.
 * proxy.ts asks the same questions first (proxy-gate.ts) to answer honest status codes, but these
 * checks are the ones that protect the draft.
 */

/** The published page's assembly with plain database reads: a draft never enters a shared cache. */
function previewPageData(db: Kysely<Database>, article: Article): Promise<ArticlePageData> {
  return assembleArticlePageData(article, articlePageReads(db));
}

export interface EditorPreview {
  data: ArticlePageData;
  editor: Editor;
}

/** The draft at /<section>/<slug> for a signed-in editor in Draft Mode, or null (then: a 404). */
export async function loadEditorPreview(sectionSlug: string, slug: string): Promise<EditorPreview | null> {
  const draft = await draftMode();
  if (!draft.isEnabled) return null;
  const editor = await getCurrentEditor();
  if (!editor) return null;
  const article = await findArticleForEditor(editor, sectionSlug, slug);
  if (!article) return null;
  return { data: await previewPageData(await getDb(), article), editor };
}

export async function loadSharedPreview(token: string): Promise<SharedPreview<{ data: ArticlePageData }>> {
  await connection();
  const shared = await resolveSharedArticle(token);
  if (shared.kind !== 'draft') return shared;
  return { kind: 'draft', data: await previewPageData(await getDb(), shared.article), expiresAt: shared.expiresAt };
}

/** Any article by id, for the editor dashboard's tools (device preview, social card, share links). */
export async function loadArticleForEditor(articleId: string): Promise<{ article: Article; editor: Editor } | null> {
  const editor = await getCurrentEditor();
  if (!editor) return null;
  const article = await findArticleByIdForEditor(editor, articleId);
  return article ? { article, editor } : null;
}

/** An editor's unsaved preview (the frame beside the edit form), for that editor only, or null. */
export async function loadUnsavedArticlePreview(previewId: string): Promise<ArticlePageData | null> {
  await connection();
  const editor = await getCurrentEditor();
  if (!editor) return null;
  const db = await getDb();
  const article = await loadUnsavedPreview(db, previewId, editor.id);
  return article ? previewPageData(db, article) : null;
}
