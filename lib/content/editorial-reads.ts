import 'server-only';
import { articlesWithSection, checkLimit, MAX_PAGE_SIZE, newestFirst, nowIso, summaryColumns, type Db, type NowOption } from './article-query';
import { isPublicSql } from './public-visibility';
import { toSummaries } from './row-mapping';
import type { ArticleSummary } from './schema';

export interface EditorialOverview {
  /** Newest edit first. */
  drafts: ArticleSummary[];
  /** Scheduled for the future, soonest first. */
  scheduled: ArticleSummary[];
  /** Publicly visible, newest first. */
  recentlyPublished: ArticleSummary[];
}

/** Drafts, future scheduled and recently published articles for the editor dashboard. */
export async function listEditorial(db: Db, options: { limit: number } & NowOption): Promise<EditorialOverview> {
  checkLimit(options.limit, MAX_PAGE_SIZE);
  const now = nowIso(options);
  const [drafts, scheduled, recent] = await Promise.all([
    articlesWithSection(db)
      .select(summaryColumns)
      .where('a.status', '=', 'draft')
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(options.limit)
      .execute(),
    articlesWithSection(db)
      .select(summaryColumns)
      .where('a.status', '=', 'scheduled')
      .where((eb) => eb.or([eb('a.published_at', '>', now), eb('a.published_at', 'is', null)]))
      .orderBy('a.published_at', 'asc')
      .orderBy('a.id', 'asc')
      .limit(options.limit)
      .execute(),
    newestFirst(articlesWithSection(db).select(summaryColumns).where(isPublicSql(now)))
      .limit(options.limit)
      .execute(),
  ]);
  const [d, s, r] = await Promise.all([toSummaries(db, drafts, now), toSummaries(db, scheduled, now), toSummaries(db, recent, now)]);
  return { drafts: d, scheduled: s, recentlyPublished: r };
}
