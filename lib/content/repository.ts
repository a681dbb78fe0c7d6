import 'server-only';
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Database } from '@/lib/db/database';
import { routes } from '@/lib/routes';
import { isPreviewAccess, PreviewAccessDeniedError, type PreviewAccess } from './preview-access';
import {
  articleSchema,
  articleSummarySchema,
  authorSchema,
  newsletterSchema,
  sectionSchema,
  tagRefSchema,
  type Article,
  type ArticleStatus,
  type ArticleSummary,
  type Author,
  type AuthorRef,
  type Newsletter,
  type Page,
  type Section,
  type Tag,
  type TagRef,
} from './schema';

/**
 * Plain reads of published content (and, with a PreviewAccess, drafts). One set of queries for
 * SQLite and PostgreSQL; tested by tests/integration/db-contract.test.ts against both.
 *
 * Rules:
 * - "Publicly visible" = published, or scheduled with published_at <= now. A scheduled article
 *   whose time has come is reported with status 'published' and needs no job or restart.
 * - Every row is parsed with the zod schemas on its way out; a bad row throws
 *   ContentIntegrityError naming the article. Database failures throw too: an outage must never
 *   look like "not found" or an empty list (cached pages stay served while the DB is away).
 * - Authors and tags for a page of articles load in one query each (no N+1).
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

export interface SitemapEntry {
  id: string;
  slug: string;
  /** Section slug (article URLs are /<section>/<slug>). */
  section: string;
  updatedAt: string;
  publishedAt: string;
}

export interface EditorialOverview {
  /** Newest edit first. */
  drafts: ArticleSummary[];
  /** Scheduled for the future, soonest first. */
  scheduled: ArticleSummary[];
  /** Publicly visible, newest first. */
  recentlyPublished: ArticleSummary[];
}

interface NowOption {
  now?: Date;
}

export const MAX_PAGE_SIZE = 100;

type Db = Kysely<Database>;
type ArticleQueryTables = Database & { a: Database['articles']; s: Database['sections'] };

const summaryColumns = [
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

function articlesWithSection(db: Db) {
  return db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.section_id');
}

function nowIso(options?: NowOption): string {
  return (options?.now ?? new Date()).toISOString();
}

/** The visibility rule, as SQL. ISO-8601 UTC strings of one format compare correctly as text. */
function isPublic(now: string) {
  return (eb: ExpressionBuilder<ArticleQueryTables, 'a'>) =>
    eb.or([
      eb('a.status', '=', 'published'),
      eb.and([eb('a.status', '=', 'scheduled'), eb('a.published_at', '<=', now)]),
    ]);
}

function newestFirst<O>(query: SelectQueryBuilder<ArticleQueryTables, 'a' | 's', O>) {
  return query.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc');
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

function parseJson(entity: string, id: string, column: string, text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ContentIntegrityError(entity, id, `column ${column} is not valid JSON`);
  }
}

function validate<S extends z.ZodType>(schema: S, entity: string, id: string, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(root)';
  throw new ContentIntegrityError(entity, id, `${where}: ${issue?.message ?? 'failed validation'}`);
}

function effectiveStatus(row: Pick<SummaryRow, 'status' | 'published_at'>, now: string): ArticleStatus {
  return row.status === 'scheduled' && row.published_at !== null && row.published_at <= now ? 'published' : row.status;
}

function summaryCandidate(row: SummaryRow, authors: AuthorRef[], now: string) {
  return {
    id: row.id,
    slug: row.slug,
    status: effectiveStatus(row, now),
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

async function toSummaries(db: Db, rows: readonly SummaryRow[], now: string): Promise<ArticleSummary[]> {
  const authors = await loadAuthorRefs(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    validate(articleSummarySchema, 'article', row.id, summaryCandidate(row, authors.get(row.id) ?? [], now)),
  );
}

async function toSummariesWithTags(db: Db, rows: readonly SummaryRow[], now: string): Promise<ArticleSummaryWithTags[]> {
  const ids = rows.map((r) => r.id);
  const [summaries, tags] = await Promise.all([toSummaries(db, rows, now), loadTagRefs(db, ids)]);
  return summaries.map((summary) => ({ ...summary, tags: tags.get(summary.id) ?? [] }));
}

async function toArticle(db: Db, row: ArticleRow, now: string): Promise<Article> {
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

function checkPaging(page: number, pageSize: number): void {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be an integer >= 1 (got ${page})`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE} (got ${pageSize})`);
  }
}

function checkLimit(limit: number, max = 1_000): void {
  if (!Number.isInteger(limit) || limit < 0 || limit > max) {
    throw new RangeError(`limit must be an integer from 0 to ${max} (got ${limit})`);
  }
}

function toPage<T>(items: T[], page: number, pageSize: number, total: number): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

function countValue(value: unknown): number {
  // PostgreSQL returns count(*) as a bigint string; SQLite as a number.
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`Unexpected count value ${String(value)}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Public lists

export async function listLatest(
  db: Db,
  options: { limit: number; offset?: number; excludeIds?: readonly string[] } & NowOption,
): Promise<ArticleSummary[]> {
  checkLimit(options.limit);
  const now = nowIso(options);
  let query = newestFirst(articlesWithSection(db).select(summaryColumns).where(isPublic(now)));
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
    const q = articlesWithSection(db).where(isPublic(now));
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

// ---------------------------------------------------------------------------------------------
// Single articles

const articleColumns = [...summaryColumns, 'a.body', 'a.social_title', 'a.social_description', 'a.social_image'] as const;

/** A publicly visible article, or null when there is none with that slug (drafts included). */
export async function getPublishedArticle(db: Db, slug: string, options: NowOption = {}): Promise<Article | null> {
  const now = nowIso(options);
  const row = await articlesWithSection(db)
    .select(articleColumns)
    .where('a.slug', '=', slug)
    .where(isPublic(now))
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
    .where(isPublic(now))
    .where('a.slug', '!=', slug)
    .where('a.id', 'in', (eb) => eb.selectFrom('slug_redirects').select('article_id').where('slug', '=', slug))
    .executeTakeFirst();
  return row ? { articleId: row.id, path: routes.article(row.section_slug, row.slug) } : null;
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
  const rows = await articlesWithSection(db).select(summaryColumns).where('a.id', 'in', unique).where(isPublic(now)).execute();
  const byId = new Map((await toSummaries(db, rows, now)).map((s) => [s.id, s]));
  return unique.flatMap((id) => byId.get(id) ?? []);
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
      .where((eb) =>
        eb.or([
          eb('a.status', '=', 'published'),
          eb.and([eb('a.status', '=', 'scheduled'), eb('a.published_at', '<=', now)]),
        ]),
      )
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
        .where(isPublic(now))
        .where('s.slug', '=', article.section.slug)
        .where('a.id', 'not in', [article.id, ...chosen]),
    )
      .limit(options.limit - chosen.length)
      .execute();
    chosen.push(...sameSection.map((r) => r.id));
  }

  return getArticleSummariesByIds(db, chosen, { now: new Date(now) });
}

// ---------------------------------------------------------------------------------------------
// Discovery: sitemaps, feeds

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
    .where(isPublic(now))
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
    .where(isPublic(now))
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
    articlesWithSection(db).select(summaryColumns).where(isPublic(now)).where('a.published_at', '>=', since.toISOString()),
  )
    .limit(limit)
    .execute();
  return toSummariesWithTags(db, rows, now);
}

// ---------------------------------------------------------------------------------------------
// Editors

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
    newestFirst(articlesWithSection(db).select(summaryColumns).where(isPublic(now)))
      .limit(options.limit)
      .execute(),
  ]);
  const [d, s, r] = await Promise.all([toSummaries(db, drafts, now), toSummaries(db, scheduled, now), toSummaries(db, recent, now)]);
  return { drafts: d, scheduled: s, recentlyPublished: r };
}

// ---------------------------------------------------------------------------------------------
// Taxonomy and newsletters

export async function listSections(db: Db): Promise<Section[]> {
  const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('slug').execute();
  return rows.map((row) => validate(sectionSchema, 'section', row.id, row));
}

export async function getSection(db: Db, slug: string): Promise<Section | null> {
  const row = await db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? validate(sectionSchema, 'section', row.id, row) : null;
}

type AuthorRow = Database['authors'];

function toAuthor(row: AuthorRow): Author {
  return validate(authorSchema, 'author', row.id, { ...row, avatar: parseJson('author', row.id, 'avatar', row.avatar) });
}

export async function listAuthors(db: Db): Promise<Author[]> {
  const rows = await db.selectFrom('authors').selectAll().orderBy('name').orderBy('slug').execute();
  return rows.map(toAuthor);
}

export async function getAuthor(db: Db, slug: string): Promise<Author | null> {
  const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toAuthor(row) : null;
}

export async function listTags(db: Db): Promise<Tag[]> {
  const rows = await db.selectFrom('tags').selectAll().orderBy('name').orderBy('slug').execute();
  return rows.map((row) => validate(tagRefSchema, 'tag', row.id, row));
}

export async function getTag(db: Db, slug: string): Promise<Tag | null> {
  const row = await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? validate(tagRefSchema, 'tag', row.id, row) : null;
}

type NewsletterRow = Omit<Database['newsletters'], 'position'>;

function toNewsletter(row: NewsletterRow): Newsletter {
  return validate(newsletterSchema, 'newsletter', row.id, { ...row, active: Number(row.active) === 1 });
}

const newsletterColumns = ['id', 'slug', 'name', 'description', 'cadence', 'active'] as const;

export async function listNewsletters(db: Db, options: { activeOnly: boolean }): Promise<Newsletter[]> {
  let query = db.selectFrom('newsletters').select(newsletterColumns).orderBy('position').orderBy('slug');
  if (options.activeOnly) query = query.where('active', '=', 1);
  return (await query.execute()).map(toNewsletter);
}

export async function getNewsletter(db: Db, slug: string): Promise<Newsletter | null> {
  const row = await db.selectFrom('newsletters').select(newsletterColumns).where('slug', '=', slug).executeTakeFirst();
  return row ? toNewsletter(row) : null;
}

/** Newsletters by slug (any state), for resolving promo blocks in one query. */
export async function getNewslettersBySlugs(db: Db, slugs: readonly string[]): Promise<Newsletter[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom('newsletters').select(newsletterColumns).where('slug', 'in', [...slugs]).execute();
  return rows.map(toNewsletter);
}
