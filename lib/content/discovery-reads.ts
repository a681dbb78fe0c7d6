import 'server-only';
import { sql } from 'kysely';
import { articlesWithSection, checkLimit, countValue, newestFirst, nowIso, summaryColumns, type Db, type NowOption } from './article-query';
import { isPublicSql } from './public-visibility';
import { toSummariesWithTags, type ArticleSummaryWithTags } from './row-mapping';

/** What sitemaps and feeds read: every public article's address, how many there are, the newest with tags. */

export interface SitemapEntry {
  id: string;
  slug: string;
  /** Section slug (article URLs are /<section>/<slug>). */
  section: string;
  updatedAt: string;
  publishedAt: string;
}

/**
 * One page of sitemap entries, oldest first (ties by id): new articles append at the end, so the
 * earlier sitemap files stay stable as the archive grows.
 */
export async function listSitemapEntries(
  db: Db,
  options: { offset: number; limit: number } & NowOption,
): Promise<SitemapEntry[]> {
  checkLimit(options.limit, 50_000);
  const now = nowIso(options);
  const rows = await articlesWithSection(db)
    .select(['a.id', 'a.slug', 's.slug as section_slug', 'a.updated_at', 'a.published_at'])
    .where(isPublicSql(now))
    .orderBy('a.published_at', 'asc')
    .orderBy('a.id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    section: row.section_slug,
    updatedAt: row.updated_at,
    // Published rows written before published_at was set fall back to their last update.
    publishedAt: row.published_at ?? row.updated_at,
  }));
}

export async function countPublished(db: Db, options: NowOption = {}): Promise<number> {
  const now = nowIso(options);
  const row = await db
    .selectFrom('articles as a')
    .select(sql<string | number>`count(*)`.as('count'))
    .where(isPublicSql(now))
    .executeTakeFirstOrThrow();
  return countValue(row.count);
}

/** Publicly visible articles published at or after `since`, newest first, with tags (news sitemap, feeds). */
export async function listPublishedSince(
  db: Db,
  since: Date,
  options: { limit?: number } & NowOption = {},
): Promise<ArticleSummaryWithTags[]> {
  const limit = options.limit ?? 1_000;
  checkLimit(limit);
  const now = nowIso(options);
  const rows = await newestFirst(
    articlesWithSection(db).select(summaryColumns).where(isPublicSql(now)).where('a.published_at', '>=', since.toISOString()),
  )
    .limit(limit)
    .execute();
  return toSummariesWithTags(db, rows, now);
}
