import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { LIFETIME } from '@/lib/cache/cache-lifetimes.mjs';
import { getDb } from '@/lib/db/client';
import { articlePageReads, assembleArticlePageData, type ArticlePageData, type ArticlePageReads } from './article-page';
import { cacheTags } from './cache-tags';
import * as repo from './repository';
import type { Article, ArticleSummary, Author, Newsletter, Page, Section, Tag } from './schema';

/**
 * Page-facing reads, cached with Cache Components ('use cache' + cacheTag + cacheLife).
 *
 * - Lifetimes: lists revalidate every 60 s (a scheduled article appears within a minute with no
 *   publish call), articles every 5 min, taxonomy hourly. Publishing (lib/content/publish.ts)
 *   expires the tags at once, so these windows only bound how late a *scheduled* change shows.
 * - Tags come from cache-tags.ts. A cached "not found" is tagged with the slug too, so publishing
 *   that slug later replaces the 404 immediately.
 * - Database errors propagate: a failed read is not cached, and the stale entry keeps serving.
 * - Drafts never pass through here: previews call repository.getArticleForPreview directly and
 *   assemble their page with article-page.ts's uncached reads.
 *
 * Every cacheLife object below is spelled out at its call site on purpose (Next's advice), and
 * every expire is >= 5 minutes so the results can be part of prerendered pages.
 */

export interface HomePageData {
  /** Newest first across all sections; the first is the lead story. */
  latest: ArticleSummary[];
  /** Each section's newest stories that are not already in `latest`. */
  sections: { section: Section; articles: ArticleSummary[] }[];
}

export interface SectionPageData {
  section: Section;
  page: Page<ArticleSummary>;
}

export interface TagPageData {
  tag: Tag;
  page: Page<ArticleSummary>;
}

export interface AuthorPageData {
  author: Author;
  page: Page<ArticleSummary>;
}

export const HOME_LATEST_COUNT = 13;
export const HOME_SECTION_COUNT = 4;
export const LIST_PAGE_SIZE = 20;

// ---------------------------------------------------------------------------------------------
// Articles

/** A publicly visible article by slug, or null. */
export async function getPublishedArticleCached(slug: string): Promise<Article | null> {
  'use cache';
  cacheLife(LIFETIME.story);
  cacheTag(cacheTags.articleSlug(slug));
  const article = await repo.getPublishedArticle(await getDb(), slug);
  if (article) cacheTag(cacheTags.article(article.id));
  return article;
}

/**
 * The current path of a public article that was published under `slug` before, or null. Tagged with
 * the old slug (publishing the change expires it) and the article (its next move or unpublishing).
 */
export async function getSlugRedirectCached(slug: string): Promise<string | null> {
  'use cache';
  cacheLife(LIFETIME.story);
  cacheTag(cacheTags.articleSlug(slug));
  const target = await repo.findSlugRedirect(await getDb(), slug);
  if (target) cacheTag(cacheTags.article(target.articleId));
  return target?.path ?? null;
}

async function getRelatedCached(articleId: string, sectionSlug: string, tagSlugs: string[]): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.articles);
  return articlePageReads(await getDb()).related({
    id: articleId,
    section: { slug: sectionSlug, name: '' },
    tags: tagSlugs.map((slug) => ({ slug, name: '' })),
  });
}

async function getBlockTargetsCached(
  articleIds: string[],
  newsletterSlugs: string[],
): Promise<{ articles: ArticleSummary[]; newsletters: Newsletter[] }> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.articles, cacheTags.newsletters, ...articleIds.map(cacheTags.article));
  return articlePageReads(await getDb()).blockTargets(articleIds, newsletterSlugs);
}

async function getAuthorsCached(slugs: string[]): Promise<Author[]> {
  'use cache';
  cacheLife(LIFETIME.taxonomy);
  cacheTag(cacheTags.taxonomy, ...slugs.map(cacheTags.author));
  return articlePageReads(await getDb()).authors(slugs);
}

/** The article page's reads, each cached apart (arguments are the cache keys, so only plain values). */
const cachedArticlePageReads: ArticlePageReads = {
  blockTargets: getBlockTargetsCached,
  authors: getAuthorsCached,
  related: (article) =>
    getRelatedCached(
      article.id,
      article.section.slug,
      article.tags.map((t) => t.slug),
    ),
};

/**
 * Everything the article page needs, or null for an unknown/unpublished slug. Composed of
 * separately cached parts so publishing another story refreshes this page's related list and
 * cards without evicting the article itself.
 */
export async function getArticlePageData(slug: string): Promise<ArticlePageData | null> {
  const article = await getPublishedArticleCached(slug);
  if (!article) return null;
  return assembleArticlePageData(article, cachedArticlePageReads);
}

// ---------------------------------------------------------------------------------------------
// Lists

export async function getHomePageData(): Promise<HomePageData> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.home, cacheTags.articles, cacheTags.taxonomy);
  const db = await getDb();
  const [latest, sections] = await Promise.all([repo.listLatest(db, { limit: HOME_LATEST_COUNT }), repo.listSections(db)]);
  const shown = latest.map((a) => a.id);
  const rails = await Promise.all(
    sections.map(async (section) => {
      const page = await repo.listBySection(db, section.slug, { page: 1, pageSize: HOME_SECTION_COUNT + shown.length });
      return { section, articles: page.items.filter((a) => !shown.includes(a.id)).slice(0, HOME_SECTION_COUNT) };
    }),
  );
  return { latest, sections: rails };
}

/** The latest stories (for feeds, "most recent" rails). */
export async function getLatestCached(limit: number): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.articles);
  return repo.listLatest(await getDb(), { limit });
}

/** A section page, or null when the section does not exist. Pages past the end have no items. */
export async function getSectionPage(slug: string, page: number): Promise<SectionPageData | null> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.section(slug), cacheTags.articles, cacheTags.taxonomy);
  const db = await getDb();
  const section = await repo.getSection(db, slug);
  if (!section) return null;
  return { section, page: await repo.listBySection(db, slug, { page, pageSize: LIST_PAGE_SIZE }) };
}

export async function getTagPage(slug: string, page: number): Promise<TagPageData | null> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.tag(slug), cacheTags.articles, cacheTags.taxonomy);
  const db = await getDb();
  const tag = await repo.getTag(db, slug);
  if (!tag) return null;
  return { tag, page: await repo.listByTag(db, slug, { page, pageSize: LIST_PAGE_SIZE }) };
}

export async function getAuthorPage(slug: string, page: number): Promise<AuthorPageData | null> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.author(slug), cacheTags.articles, cacheTags.taxonomy);
  const db = await getDb();
  const author = await repo.getAuthor(db, slug);
  if (!author) return null;
  return { author, page: await repo.listByAuthor(db, slug, { page, pageSize: LIST_PAGE_SIZE }) };
}

// ---------------------------------------------------------------------------------------------
// Taxonomy and newsletters

export async function listSectionsCached(): Promise<Section[]> {
  'use cache';
  cacheLife(LIFETIME.taxonomy);
  cacheTag(cacheTags.taxonomy);
  return repo.listSections(await getDb());
}

export async function listAuthorsCached(): Promise<Author[]> {
  'use cache';
  cacheLife(LIFETIME.taxonomy);
  cacheTag(cacheTags.taxonomy);
  return repo.listAuthors(await getDb());
}

export async function listTagsCached(): Promise<Tag[]> {
  'use cache';
  cacheLife(LIFETIME.taxonomy);
  cacheTag(cacheTags.taxonomy);
  return repo.listTags(await getDb());
}

export async function listNewslettersCached(activeOnly: boolean): Promise<Newsletter[]> {
  'use cache';
  cacheLife(LIFETIME.taxonomy);
  cacheTag(cacheTags.newsletters);
  return repo.listNewsletters(await getDb(), { activeOnly });
}
