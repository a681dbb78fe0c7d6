import 'server-only';
import type { z } from 'zod';
import type { Db } from './article-query';
import { publicStatus } from './public-visibility';
import { articleSchema, articleSummarySchema, type Article, type ArticleStatus, type ArticleSummary, type AuthorRef, type TagRef } from './schema';

/**
 * Stored rows -> domain objects. Every row is parsed with the zod schemas on its way out; a bad row
 * throws ContentIntegrityError naming it. JSON-in-text columns are decoded here (lib/db/rows.ts
 * encodes them). Authors and tags for a page of articles load in one query each (no N+1).
 */

export class ContentIntegrityError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    detail: string,
  ) {
    super(`Stored ${entity} ${id} is invalid: ${detail}`);
    this.name = 'ContentIntegrityError';
  }
}

export interface ArticleSummaryWithTags extends ArticleSummary {
  tags: TagRef[];
}

interface SummaryRow {
  id: string;
  slug: string;
  status: ArticleStatus;
  language: string;
  headline: string;
  standfirst: string;
  hero: string;
  published_at: string | null;
  updated_at: string;
  section_slug: string;
  section_name: string;
}

interface ArticleRow extends SummaryRow {
  body: string;
  social_title: string | null;
  social_description: string | null;
  social_image: string | null;
}

export function parseJson(entity: string, id: string, column: string, text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ContentIntegrityError(entity, id, `column ${column} is not valid JSON`);
  }
}

export function validate<S extends z.ZodType>(schema: S, entity: string, id: string, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(root)';
  throw new ContentIntegrityError(entity, id, `${where}: ${issue?.message ?? 'failed validation'}`);
}

function summaryCandidate(row: SummaryRow, authors: AuthorRef[], now: string) {
  return {
    id: row.id,
    slug: row.slug,
    status: publicStatus(row, now),
    section: { slug: row.section_slug, name: row.section_name },
    headline: row.headline,
    standfirst: row.standfirst,
    hero: parseJson('article', row.id, 'hero', row.hero),
    authors,
    language: row.language,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

async function loadAuthorRefs(db: Db, articleIds: readonly string[]): Promise<Map<string, AuthorRef[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .select(['aa.article_id', 'au.slug', 'au.name'])
    .where('aa.article_id', 'in', [...articleIds])
    .orderBy('aa.article_id')
    .orderBy('aa.position')
    .execute();
  return groupRefsByArticle(rows);
}

/** Rows of (article_id, slug, name), already in display order, grouped per article. */
function groupRefsByArticle(rows: readonly { article_id: string; slug: string; name: string }[]): Map<string, { slug: string; name: string }[]> {
  const map = new Map<string, { slug: string; name: string }[]>();
  for (const row of rows) {
    const list = map.get(row.article_id) ?? [];
    list.push({ slug: row.slug, name: row.name });
    map.set(row.article_id, list);
  }
  return map;
}

async function loadTagRefs(db: Db, articleIds: readonly string[]): Promise<Map<string, TagRef[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['at.article_id', 't.slug', 't.name'])
    .where('at.article_id', 'in', [...articleIds])
    .orderBy('at.article_id')
    .orderBy('at.position')
    .execute();
  return groupRefsByArticle(rows);
}

export async function toSummaries(db: Db, rows: readonly SummaryRow[], now: string): Promise<ArticleSummary[]> {
  const authors = await loadAuthorRefs(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    validate(articleSummarySchema, 'article', row.id, summaryCandidate(row, authors.get(row.id) ?? [], now)),
  );
}

export async function toSummariesWithTags(db: Db, rows: readonly SummaryRow[], now: string): Promise<ArticleSummaryWithTags[]> {
  const ids = rows.map((r) => r.id);
  const [summaries, tags] = await Promise.all([toSummaries(db, rows, now), loadTagRefs(db, ids)]);
  return summaries.map((summary) => ({ ...summary, tags: tags.get(summary.id) ?? [] }));
}

export async function toArticle(db: Db, row: ArticleRow, now: string): Promise<Article> {
  const [authors, tags] = await Promise.all([loadAuthorRefs(db, [row.id]), loadTagRefs(db, [row.id])]);
  const socialImage = parseJson('article', row.id, 'social_image', row.social_image);
  return validate(articleSchema, 'article', row.id, {
    ...summaryCandidate(row, authors.get(row.id) ?? [], now),
    tags: tags.get(row.id) ?? [],
    body: parseJson('article', row.id, 'body', row.body),
    social: {
      ...(row.social_title !== null ? { title: row.social_title } : {}),
      ...(row.social_description !== null ? { description: row.social_description } : {}),
      ...(socialImage !== null ? { image: socialImage } : {}),
    },
  });
}
