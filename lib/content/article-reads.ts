import 'server-only';
import { articleColumns, articlesWithSection, nowIso, summaryColumns, type Db, type NowOption } from './article-query';
import { isPreviewAccess, PreviewAccessDeniedError, type PreviewAccess } from './preview-access';
import { isPublicSql } from './public-visibility';
import { toArticle, toSummaries } from './row-mapping';
import type { Article, ArticleSummary } from './schema';

/** Single articles: the public one by slug, a draft for the preview or the editor, and old slugs. */

/** A publicly visible article, or null when there is none with that slug (drafts included). */
export async function getPublishedArticle(db: Db, slug: string, options: NowOption = {}): Promise<Article | null> {
  const now = nowIso(options);
  const row = await articlesWithSection(db)
    .select(articleColumns)
    .where('a.slug', '=', slug)
    .where(isPublicSql(now))
    .executeTakeFirst();
  return row ? toArticle(db, row, now) : null;
}

/**
 * An article in any status, for the preview. `access` must come from lib/auth
 * (mintPreviewAccess) after checking an editor session or share token.
 * Never call this from a cached function: drafts must not enter a shared cache.
 */
export async function getArticleForPreview(
  db: Db,
  slug: string,
  access: PreviewAccess,
  options: NowOption = {},
): Promise<Article | null> {
  if (!isPreviewAccess(access)) throw new PreviewAccessDeniedError();
  const now = nowIso(options);
  const row = await articlesWithSection(db).select(articleColumns).where('a.slug', '=', slug).executeTakeFirst();
  if (!row) return null;
  // A share token is issued for one article: it opens nothing else.
  if (access.kind === 'share' && access.subject !== row.id) return null;
  return toArticle(db, row, now);
}

/**
 * An article by id in any status, for publish.ts and editor code that has already called
 * requireEditor(). Never reachable from a public route or a cached function.
 */
export async function getArticleByIdForEditing(db: Db, id: string, options: NowOption = {}): Promise<Article | null> {
  const now = nowIso(options);
  const row = await articlesWithSection(db).select(articleColumns).where('a.id', '=', id).executeTakeFirst();
  return row ? toArticle(db, row, now) : null;
}

/**
 * Where a public article that used to live at `slug` lives now (its /section/slug path), or null.
 * Only publicly visible articles are followed: a redirect never reveals a draft's address.
 */
export async function findSlugRedirect(db: Db, slug: string, options: NowOption = {}): Promise<{ articleId: string; path: string } | null> {
  const now = nowIso(options);
  const row = await articlesWithSection(db)
    .select(['a.id', 'a.slug', 's.slug as section_slug'])
    .where(isPublicSql(now))
    .where('a.slug', '!=', slug)
    .where('a.id', 'in', (eb) => eb.selectFrom('slug_redirects').select('article_id').where('slug', '=', slug))
    .executeTakeFirst();
  return row ? { articleId: row.id, path: `/${row.section_slug}/${row.slug}` } : null;
}

/** Publicly visible summaries for the given ids, in the order of `ids` (missing/unpublished dropped). */
export async function getArticleSummariesByIds(
  db: Db,
  ids: readonly string[],
  options: NowOption = {},
): Promise<ArticleSummary[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const now = nowIso(options);
  const rows = await articlesWithSection(db).select(summaryColumns).where('a.id', 'in', unique).where(isPublicSql(now)).execute();
  const byId = new Map((await toSummaries(db, rows, now)).map((s) => [s.id, s]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}
