import 'server-only';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { getArticleSummariesByIds, MAX_PAGE_SIZE } from '@/lib/content/repository';
import { isPublicSql } from '@/lib/content/public-visibility';
import type { ArticleSummary, Page } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';
import { dialectOf } from '@/lib/db/dialect';
import { RANKED_FIELDS } from './fields';
import { fts5MatchAll, fts5MatchInField, tsqueryAll, tsqueryInField } from './match';
import type { SearchTerm } from './query';

/**
 * Search over publicly visible articles, on SQLite (FTS5) and PostgreSQL (tsvector) through the one
 * function; tests/integration/search-contract.test.ts holds both to the same results in the same order.
 *
 * Ranking is defined here, not left to bm25 or ts_rank (why: docs/decisions/0013-site-search.md):
 * each term scores the fields it appears in (fields.ts), the scores add up, and equal scores go
 * newest first, then by id, like every other list. On PostgreSQL the field checks read
 * `ranked_fields`, a small tsvector of the ranked fields, not the whole document.
 */

export interface SearchHit {
  article: ArticleSummary;
  /** The body as plain text, for the excerpt. */
  bodyText: string;
}

type Db = Kysely<Database>;

interface HitRow {
  article_id: string;
  body_text: string;
}

function caseSum(parts: RawBuilder<unknown>[]): RawBuilder<number> {
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

function sqliteQueries(terms: readonly SearchTerm[], now: string) {
  const from = sql`from search_fts f join search_documents d on d.doc_id = f.rowid join articles a on a.id = d.article_id
    where search_fts match ${fts5MatchAll(terms)} and ${isPublicSql(now)}`;
  const score = caseSum(
    terms.flatMap((term) =>
      RANKED_FIELDS.map(
        (field) => sql`(case when f.rowid in (select rowid from search_fts where search_fts match ${fts5MatchInField(term, field)}) then ${sql.lit(field.score)} else 0 end)`,
      ),
    ),
  );
  return { from, score };
}

function postgresQueries(terms: readonly SearchTerm[], now: string) {
  const from = sql`from search_documents d join articles a on a.id = d.article_id
    where d.document @@ cast(${tsqueryAll(terms)} as tsquery) and ${isPublicSql(now)}`;
  const score = caseSum(
    terms.flatMap((term) =>
      RANKED_FIELDS.map((field) => sql`(case when d.ranked_fields @@ cast(${tsqueryInField(term, field)} as tsquery) then ${sql.lit(field.score)} else 0 end)`),
    ),
  );
  return { from, score };
}

export async function searchArticles(
  db: Db,
  terms: readonly SearchTerm[],
  options: { page: number; pageSize: number; now?: Date },
): Promise<Page<SearchHit>> {
  const { page, pageSize } = options;
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`Invalid search page ${page} of size ${pageSize}`);
  }
  const nowDate = options.now ?? new Date();
  if (terms.length === 0) return { items: [], page, pageSize, total: 0, pageCount: 1 };
  const now = nowDate.toISOString();
  const { from, score } = dialectOf(db) === 'postgres' ? postgresQueries(terms, now) : sqliteQueries(terms, now);
  const [count, hits] = await Promise.all([
    sql<{ count: string | number }>`select count(*) as count ${from}`.execute(db),
    sql<HitRow>`select d.article_id, d.body_text ${from}
      order by ${score} desc, a.published_at desc, a.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(db),
  ]);
  const total = Number(count.rows[0]?.count ?? 0);
  const summaries = await getArticleSummariesByIds(
    db,
    hits.rows.map((row) => row.article_id),
    { now: nowDate },
  );
  const bodies = new Map(hits.rows.map((row) => [row.article_id, row.body_text]));
  const items = summaries.map((article) => ({ article, bodyText: bodies.get(article.id) ?? '' }));
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
