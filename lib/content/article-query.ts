import 'server-only';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '@/lib/db/database';
import type { Page } from './schema';

/** The building blocks the content reads share: the article+section join, its columns, order and paging checks. */

export type Db = Kysely<Database>;
type ArticleQueryTables = Database & { a: Database['articles']; s: Database['sections'] };

export interface NowOption {
  now?: Date;
}

export const MAX_PAGE_SIZE = 100;

export const summaryColumns = [
  'a.id',
  'a.slug',
  'a.status',
  'a.language',
  'a.headline',
  'a.standfirst',
  'a.hero',
  'a.published_at',
  'a.updated_at',
  's.slug as section_slug',
  's.name as section_name',
] as const;

export const articleColumns = [...summaryColumns, 'a.body', 'a.social_title', 'a.social_description', 'a.social_image'] as const;

export function articlesWithSection(db: Db) {
  return db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.section_id');
}

export function nowIso(options?: NowOption): string {
  return (options?.now ?? new Date()).toISOString();
}

export function newestFirst<O>(query: SelectQueryBuilder<ArticleQueryTables, 'a' | 's', O>) {
  return query.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc');
}

export function checkPaging(page: number, pageSize: number): void {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be an integer >= 1 (got ${page})`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE} (got ${pageSize})`);
  }
}

export function checkLimit(limit: number, max = 1_000): void {
  if (!Number.isInteger(limit) || limit < 0 || limit > max) {
    throw new RangeError(`limit must be an integer from 0 to ${max} (got ${limit})`);
  }
}

export function toPage<T>(items: T[], page: number, pageSize: number, total: number): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export function countValue(value: unknown): number {
  // PostgreSQL returns count(*) as a bigint string; SQLite as a number.
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`Unexpected count value ${String(value)}`);
  return n;
}
