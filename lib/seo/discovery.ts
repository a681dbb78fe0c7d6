import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { LIFETIME } from '@/lib/cache/cache-lifetimes.mjs';
import { cacheTags } from '@/lib/content/cache-tags';
import { getDb } from '@/lib/db/client';
import { buildSectionFeed, buildSiteFeed, buildSitemapPage, buildSitemapRoot, listNewsCandidates } from './discovery-documents';
import { NEWS_WINDOW_MS, buildNewsSitemap } from './sitemaps';

/**
 * The discovery documents for the routes, cached as finished XML under the tags publishing
 * revalidates (feeds, sitemaps, articles, the section, taxonomy). Lifetimes are short enough that
 * a scheduled article appears within a minute or five without any publish call.
 */

export async function siteFeedXml(origin: string): Promise<string> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.feeds, cacheTags.articles);
  return buildSiteFeed(await getDb(), origin);
}

/** A section's feed, or null when the section does not exist. */
export async function sectionFeedXml(sectionSlug: string, origin: string): Promise<string | null> {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.feeds, cacheTags.articles, cacheTags.section(sectionSlug), cacheTags.taxonomy);
  return buildSectionFeed(await getDb(), sectionSlug, origin);
}

export async function sitemapRootXml(splitSize: number, origin: string): Promise<string> {
  'use cache';
  cacheLife(LIFETIME.sitemaps);
  cacheTag(cacheTags.sitemaps, cacheTags.articles, cacheTags.taxonomy);
  return buildSitemapRoot(await getDb(), splitSize, origin);
}

export async function sitemapPageXml(page: number, splitSize: number, origin: string): Promise<string | null> {
  'use cache';
  cacheLife(LIFETIME.sitemaps);
  cacheTag(cacheTags.sitemaps, cacheTags.articles, cacheTags.taxonomy);
  return buildSitemapPage(await getDb(), page, splitSize, origin);
}

/**
 * Candidates for the Google News sitemap, keyed by the hour the 48-hour window starts in so one
 * cache entry serves a whole hour; the document is then trimmed to exactly 48 hours per request.
 */
async function newsCandidates(windowStartHourIso: string) {
  'use cache';
  cacheLife(LIFETIME.lists);
  cacheTag(cacheTags.feeds, cacheTags.sitemaps, cacheTags.articles);
  return listNewsCandidates(await getDb(), new Date(windowStartHourIso));
}

export async function newsSitemapXml(origin: string, now: Date): Promise<string> {
  const start = new Date(now.getTime() - NEWS_WINDOW_MS);
  start.setUTCMinutes(0, 0, 0);
  return buildNewsSitemap(await newsCandidates(start.toISOString()), { origin, now });
}
