import type { Kysely } from 'kysely';
import * as repo from '@/lib/content/repository';
import type { Database } from '@/lib/db/database';
import { FEED_ITEM_LIMIT, buildRssFeed, sectionFeedChannel, siteFeedChannel } from './feeds';
import {
  NEWS_SITEMAP_MAX,
  NEWS_WINDOW_MS,
  articleSitemapEntries,
  buildNewsSitemap,
  buildSitemapIndexFor,
  buildUrlset,
  sitemapPageCount,
  sitemapPagePlan,
  staticSitemapEntries,
  type SitemapTaxonomy,
} from './sitemaps';

/**
 * Feeds and sitemaps assembled from the repository's public queries. Takes the database as an
 * argument so the integration test and the bench run exactly this code against a seeded file;
 * discovery.ts wraps each function in 'use cache' for the routes.
 */

type Db = Kysely<Database>;

export async function buildSiteFeed(db: Db, origin: string, now: Date = new Date()): Promise<string> {
  // "Published since the epoch", newest first, is the latest N with their tags (categories).
  const articles = await repo.listPublishedSince(db, new Date(0), { limit: FEED_ITEM_LIMIT, now });
  return buildRssFeed(siteFeedChannel(), articles, { origin, now });
}

export async function buildSectionFeed(db: Db, sectionSlug: string, origin: string, now: Date = new Date()): Promise<string | null> {
  const section = await repo.getSection(db, sectionSlug);
  if (!section) return null;
  const page = await repo.listBySection(db, sectionSlug, { page: 1, pageSize: FEED_ITEM_LIMIT, now });
  return buildRssFeed(sectionFeedChannel(section), page.items, { origin, now });
}

interface SitemapShape {
  taxonomy: SitemapTaxonomy;
  staticCount: number;
  articleCount: number;
}

async function sitemapShape(db: Db, now: Date): Promise<SitemapShape> {
  const [sections, authors, tags, articleCount] = await Promise.all([
    repo.listSections(db),
    repo.listAuthors(db),
    repo.listTags(db),
    repo.countPublished(db, { now }),
  ]);
  return {
    taxonomy: { sections, authors, tags },
    staticCount: 1 + sections.length + authors.length + tags.length,
    articleCount,
  };
}

async function sitemapPage(db: Db, page: number, splitSize: number, origin: string, now: Date, shape: SitemapShape): Promise<string | null> {
  const plan = sitemapPagePlan(page, splitSize, shape.staticCount, shape.articleCount);
  if (!plan) return null;
  const [articles, latest] = await Promise.all([
    plan.articleLimit > 0 ? repo.listSitemapEntries(db, { offset: plan.articleOffset, limit: plan.articleLimit, now }) : [],
    plan.staticStart === 0 ? repo.listLatest(db, { limit: 1, now }) : [],
  ]);
  const statics = staticSitemapEntries(shape.taxonomy, latest[0]?.updatedAt).slice(plan.staticStart, plan.staticEnd);
  return buildUrlset([...statics, ...articleSitemapEntries(articles, now)], origin);
}

/** /sitemap.xml: every URL while they fit in `splitSize`, otherwise the sitemap index. */
export async function buildSitemapRoot(db: Db, splitSize: number, origin: string, now: Date = new Date()): Promise<string> {
  const shape = await sitemapShape(db, now);
  const total = shape.staticCount + shape.articleCount;
  if (sitemapPageCount(total, splitSize) > 1) return buildSitemapIndexFor(total, splitSize, origin);
  return (await sitemapPage(db, 1, splitSize, origin, now, shape)) ?? buildUrlset([], origin);
}

/** /sitemaps/<page>.xml, or null when there is no such page. */
export async function buildSitemapPage(db: Db, page: number, splitSize: number, origin: string, now: Date = new Date()): Promise<string | null> {
  return sitemapPage(db, page, splitSize, origin, now, await sitemapShape(db, now));
}

/** Public articles published since `since` (at most the Google News limit), newest first. */
export function listNewsCandidates(db: Db, since: Date, now: Date = new Date()) {
  return repo.listPublishedSince(db, since, { limit: NEWS_SITEMAP_MAX, now });
}

export async function buildNewsSitemapDocument(db: Db, origin: string, now: Date = new Date()): Promise<string> {
  const candidates = await listNewsCandidates(db, new Date(now.getTime() - NEWS_WINDOW_MS), now);
  return buildNewsSitemap(candidates, { origin, now });
}
