import 'server-only';
import { draftMode } from 'next/headers';
import { connection } from 'next/server';
import type { ArticlePageData } from '@/lib/content/queries';
import type { Article } from '@/lib/content/schema';
import { mintPreviewAccess } from '@/lib/content/preview-access';
import { getArticleForPreview } from '@/lib/content/repository';
import { getDb } from '@/lib/db/client';
import { composePreviewPageData } from '@/lib/preview/page-data';
import { resolveShareToken } from '@/lib/preview/shares';
import { isPubliclyVisible } from '@/lib/seo/visibility';
import type { Editor } from './editors';
import { getAuthSecret } from './secret';
import { getCurrentEditor } from './session';

/**
 * The only two ways to read a draft, and the only caller of mintPreviewAccess (GUIDE §7).
 * Draft Mode is a rendering switch, never a permission: loadEditorPreview needs Draft Mode AND a
 * live editor session; loadSharedPreview needs a valid, unrevoked, unexpired signed token and
 * opens only the article it was issued for.
 */

export interface EditorPreview {
  data: ArticlePageData;
  editor: Editor;
}

/** The draft at /<section>/<slug> for a signed-in editor in Draft Mode, or null (then: the public page). */
export async function loadEditorPreview(sectionSlug: string, slug: string): Promise<EditorPreview | null> {
  const draft = await draftMode();
  if (!draft.isEnabled) return null;
  const editor = await getCurrentEditor();
  if (!editor) return null;
  const db = await getDb();
  const article = await getArticleForPreview(db, slug, mintPreviewAccess('editor', editor.id));
  if (!article || article.section.slug !== sectionSlug) return null;
  return { data: await composePreviewPageData(db, article), editor };
}

export type SharedPreview =
  | { kind: 'draft'; data: ArticlePageData; expiresAt: Date }
  /** The article went public: the link now just forwards to it. */
  | { kind: 'published'; path: string }
  | { kind: 'unavailable' };

export async function loadSharedPreview(token: string): Promise<SharedPreview> {
  await connection();
  const db = await getDb();
  const share = await resolveShareToken(db, getAuthSecret(), token);
  if (!share.ok) return { kind: 'unavailable' };
  // The repository scopes a share access to its own article (by id), whatever slug is asked for.
  const access = mintPreviewAccess('share', share.articleId);
  const slug = await articleSlugById(db, share.articleId);
  const article = slug ? await getArticleForPreview(db, slug, access) : null;
  if (!article) return { kind: 'unavailable' };
  if (isPubliclyVisible(article)) return { kind: 'published', path: `/${article.section.slug}/${article.slug}` };
  return { kind: 'draft', data: await composePreviewPageData(db, article), expiresAt: share.expiresAt };
}

async function articleSlugById(db: Awaited<ReturnType<typeof getDb>>, id: string): Promise<string | null> {
  const row = await db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirst();
  return row?.slug ?? null;
}

/** Any article by id, for the editor dashboard's tools (device preview, social card, share links). */
export async function loadArticleForEditor(articleId: string): Promise<{ article: Article; editor: Editor } | null> {
  const editor = await getCurrentEditor();
  if (!editor) return null;
  const db = await getDb();
  const slug = await articleSlugById(db, articleId);
  if (!slug) return null;
  const article = await getArticleForPreview(db, slug, mintPreviewAccess('editor', editor.id));
  return article ? { article, editor } : null;
}
