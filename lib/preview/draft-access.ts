import 'server-only';
import type { Kysely } from 'kysely';
import { SLUG_PATTERN, type Article } from '@/lib/content/schema';
import { getArticleForPreview } from '@/lib/content/repository';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import type { Editor } from '@/lib/auth/editors';
import { grantPreviewAccess } from '@/lib/auth/preview-grant';
import { isPubliclyVisible } from '@/lib/seo/visibility';
import { routes } from '@/lib/routes';

/**
 * Unpublished articles are read here and nowhere else, with the PreviewAccess lib/auth grants
 * (lib/auth/preview-grant.ts): for an editor that the caller has ALREADY authenticated
 * (getCurrentEditor in pages, or editorFromRequest in proxy.ts), or for a share token lib/auth
 * verifies itself. Free of next/headers on purpose, so proxy.ts can ask the same questions as the
 * pages behind it.
 */

async function articleSlugById(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirst();
  return row?.slug ?? null;
}

/** The article (any status) at exactly /<section>/<slug>, or null. */
export async function findArticleForEditor(editor: Editor, sectionSlug: string, slug: string): Promise<Article | null> {
  // Checked before the query: PostgreSQL answers a NUL in a parameter with an error, not "no row".
  if (!SLUG_PATTERN.test(sectionSlug) || !SLUG_PATTERN.test(slug)) return null;
  const db = await getDb();
  const article = await getArticleForPreview(db, slug, (await grantPreviewAccess(db, { kind: 'editor', editor })).access);
  return article && article.section.slug === sectionSlug ? article : null;
}

/** The article (any status) with this id, or null. */
export async function findArticleByIdForEditor(editor: Editor, articleId: string): Promise<Article | null> {
  const db = await getDb();
  const slug = await articleSlugById(db, articleId);
  return slug ? getArticleForPreview(db, slug, (await grantPreviewAccess(db, { kind: 'editor', editor })).access) : null;
}

/**
 * What a share link opens right now; `Draft` is what the caller gets of the draft while the link
 * lives (the article here, its whole page in load-preview.ts).
 */
export type SharedPreview<Draft> =
  | ({ kind: 'draft'; expiresAt: Date } & Draft)
  /** The article went public: the link now just forwards to it. */
  | { kind: 'published'; path: string }
  /** Malformed, forged, expired, revoked or unknown token, or the article is gone. */
  | { kind: 'unavailable' };

/** What a share token opens right now: only the one article it was issued for, while it lives. */
export async function resolveSharedArticle(token: string): Promise<SharedPreview<{ article: Article }>> {
  const db = await getDb();
  const grant = await grantPreviewAccess(db, { kind: 'share', token });
  if (!grant) return { kind: 'unavailable' };
  // The repository scopes a share access to its own article (by id), whatever slug is asked for.
  const slug = await articleSlugById(db, grant.articleId);
  const article = slug ? await getArticleForPreview(db, slug, grant.access) : null;
  if (!article) return { kind: 'unavailable' };
  if (isPubliclyVisible(article)) return { kind: 'published', path: routes.article(article.section.slug, article.slug) };
  return { kind: 'draft', article, expiresAt: grant.expiresAt };
}
