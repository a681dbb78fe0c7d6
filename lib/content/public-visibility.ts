import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ArticleStatus } from './schema';

/**
 * The rule for "readers can see this article", in the one place every read takes it from: published,
 * or scheduled with published_at <= now. A scheduled article whose time has come counts as published
 * without any job or restart. (lib/seo/visibility.ts checks mapped articles once more on the way
 * out to crawlers, as a second line of defence.)
 */

/** The rule as SQL over an articles table aliased `a`. ISO-8601 UTC strings of one format compare correctly as text. */
export function isPublicSql(now: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(a.status = 'published' or (a.status = 'scheduled' and a.published_at <= ${now}))`;
}

type StatusColumns = { status: ArticleStatus; published_at: string | null };

/** The status readers' rules give a stored row now: a scheduled row whose time has come is 'published'. */
export function publicStatus(row: StatusColumns, now: string): ArticleStatus {
  return row.status === 'scheduled' && row.published_at !== null && row.published_at <= now ? 'published' : row.status;
}

/** The rule on a bare row (status and published_at as stored). */
export function isPublicRow(row: StatusColumns, now: Date): boolean {
  return publicStatus(row, now.toISOString()) === 'published';
}
