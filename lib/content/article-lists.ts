import 'server-only';
import { sql } from 'kysely';
import {
  articlesWithSection,
  checkLimit,
  checkPaging,
  countValue,
  MAX_PAGE_SIZE,
  newestFirst,
  nowIso,
  summaryColumns,
  toPage,
  type Db,
  type NowOption,
} from './article-query';
import { getArticleSummariesByIds } from './article-reads';
import { isPublicSql } from './public-visibility';
import { toSummaries } from './row-mapping';
import type { Article, ArticleSummary, Page } from './schema';

/** Lists of publicly visible articles, newest first: the latest, one page of a section, topic or author, and related ones. */

export async function listLatest(
  db: Db,
  options: { limit: number; offset?: number; excludeIds?: readonly string[] } & NowOption,
): Promise<ArticleSummary[]> {
  checkLimit(options.limit);
  const now = nowIso(options);
  let query = newestFirst(articlesWithSection(db).select(summaryColumns).where(isPublicSql(now)));
  if (options.excludeIds?.length) query = query.where('a.id', 'not in', [...options.excludeIds]);
  const rows = await query
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
  return toSummaries(db, rows, now);
}

type ListFilter = { kind: 'section' | 'tag' | 'author'; slug: string };

async function listPage(
  db: Db,
  filter: ListFilter,
  options: { page: number; pageSize: number } & NowOption,
): Promise<Page<ArticleSummary>> {
  checkPaging(options.page, options.pageSize);
  const now = nowIso(options);
  const base = () => {
    const q = articlesWithSection(db).where(isPublicSql(now));
    switch (filter.kind) {
      case 'section':
        return q.where('s.slug', '=', filter.slug);
      case 'tag':
        return q.where('a.id', 'in', (eb) =>
          eb
            .selectFrom('article_tags as at')
            .innerJoin('tags as t', 't.id', 'at.tag_id')
            .select('at.article_id')
            .where('t.slug', '=', filter.slug),
        );
      case 'author':
        return q.where('a.id', 'in', (eb) =>
          eb
            .selectFrom('article_authors as aa')
            .innerJoin('authors as au', 'au.id', 'aa.author_id')
            .select('aa.article_id')
            .where('au.slug', '=', filter.slug),
        );
    }
  };
  const [countRow, rows] = await Promise.all([
    base()
      .select(sql<string | number>`count(*)`.as('count'))
      .executeTakeFirstOrThrow(),
    newestFirst(base().select(summaryColumns))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
  const items = await toSummaries(db, rows, now);
  return toPage(items, options.page, options.pageSize, countValue(countRow.count));
}

export function listBySection(db: Db, sectionSlug: string, options: { page: number; pageSize: number } & NowOption) {
  return listPage(db, { kind: 'section', slug: sectionSlug }, options);
}

export function listByTag(db: Db, tagSlug: string, options: { page: number; pageSize: number } & NowOption) {
  return listPage(db, { kind: 'tag', slug: tagSlug }, options);
}

export function listByAuthor(db: Db, authorSlug: string, options: { page: number; pageSize: number } & NowOption) {
  return listPage(db, { kind: 'author', slug: authorSlug }, options);
}

/**
 * Related articles: those sharing the most tags first (newest breaking ties), then the newest
 * from the same section. Never the article itself, never a duplicate.
 */
export async function listRelated(
  db: Db,
  article: Pick<Article, 'id' | 'section' | 'tags'>,
  options: { limit: number } & NowOption,
): Promise<ArticleSummary[]> {
  checkLimit(options.limit, MAX_PAGE_SIZE);
  if (options.limit === 0) return [];
  const now = nowIso(options);
  const tagSlugs = article.tags.map((t) => t.slug);
  const chosen: string[] = [];

  if (tagSlugs.length > 0) {
    const shared = await db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .innerJoin('articles as a', 'a.id', 'at.article_id')
      .select(['a.id', sql<string | number>`count(*)`.as('shared')])
      .where('t.slug', 'in', tagSlugs)
      .where('a.id', '!=', article.id)
      .where(isPublicSql(now))
      .groupBy(['a.id', 'a.published_at'])
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(options.limit)
      .execute();
    chosen.push(...shared.map((r) => r.id));
  }

  if (chosen.length < options.limit) {
    const sameSection = await newestFirst(
      articlesWithSection(db)
        .select('a.id')
        .where(isPublicSql(now))
        .where('s.slug', '=', article.section.slug)
        .where('a.id', 'not in', [article.id, ...chosen]),
    )
      .limit(options.limit - chosen.length)
      .execute();
    chosen.push(...sameSection.map((r) => r.id));
  }

  return getArticleSummariesByIds(db, chosen, { now: new Date(now) });
}
