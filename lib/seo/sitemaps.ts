import type { ArticleSummary, Language } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { SITE_NAME, absoluteUrl, siteUrl } from './site';
import { collapseWhitespace } from './text';
import { isPubliclyVisible } from './visibility';
import { XML_DECLARATION, element } from './xml';

/**
 * Sitemaps (https://www.sitemaps.org/protocol.html) and the Google News sitemap
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
 * A sitemap holds at most 50,000 URLs; beyond the split size /sitemap.xml becomes an index of
 * numbered child sitemaps.
 */

export const SITEMAP_MAX_URLS = 50_000;
/** Google News sitemaps: articles from the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_MAX = 1_000;

export interface SitemapEntry {
  /** Site path or absolute URL. */
  loc: string;
  lastmod?: string;
  images?: string[];
}

const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">';

export function buildUrlset(entries: SitemapEntry[], origin: string = siteUrl()): string {
  const urls = entries.map((entry) =>
    [
      '<url>',
      element('loc', absoluteUrl(entry.loc, origin)),
      element('lastmod', entry.lastmod),
      ...(entry.images ?? []).map((image) => `<image:image>${element('image:loc', absoluteUrl(image, origin))}</image:image>`),
      '</url>',
    ].join(''),
  );
  return [XML_DECLARATION, URLSET_OPEN, ...urls, '</urlset>'].join('\n');
}

export function buildSitemapIndex(sitemaps: { loc: string; lastmod?: string }[], origin: string = siteUrl()): string {
  const items = sitemaps.map(
    (sitemap) => `<sitemap>${element('loc', absoluteUrl(sitemap.loc, origin))}${element('lastmod', sitemap.lastmod)}</sitemap>`,
  );
  return [XML_DECLARATION, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, '</sitemapindex>'].join(
    '\n',
  );
}

/** Clamp a configured split size into what the protocol allows. */
export function effectiveSplitSize(configured: number | undefined): number {
  if (!configured || !Number.isFinite(configured) || configured < 1) return SITEMAP_MAX_URLS;
  return Math.min(Math.floor(configured), SITEMAP_MAX_URLS);
}

/** How many child sitemaps `count` URLs need; 1 means /sitemap.xml is a plain urlset. */
export function sitemapPageCount(count: number, splitSize: number): number {
  return Math.max(1, Math.ceil(count / effectiveSplitSize(splitSize)));
}

/** /sitemap.xml when split: an index of /sitemaps/1.xml … /sitemaps/N.xml. */
export function buildSitemapIndexFor(totalUrls: number, splitSize: number, origin: string = siteUrl()): string {
  const pages = sitemapPageCount(totalUrls, splitSize);
  return buildSitemapIndex(
    Array.from({ length: pages }, (_, i) => ({ loc: routes.sitemapPage(i + 1) })),
    origin,
  );
}

/**
 * Which URLs child sitemap `page` (1-based) holds. The URL list is the site's own pages (home,
 * sections, authors, tags) followed by the articles oldest first, so earlier files stay stable as
 * the archive grows; this maps a page to a slice of each. Null when the page does not exist.
 */
export function sitemapPagePlan(
  page: number,
  splitSize: number,
  staticCount: number,
  articleCount: number,
): { staticStart: number; staticEnd: number; articleOffset: number; articleLimit: number } | null {
  const size = effectiveSplitSize(splitSize);
  const total = staticCount + articleCount;
  if (!Number.isInteger(page) || page < 1 || page > sitemapPageCount(total, size)) return null;
  const start = (page - 1) * size;
  const end = Math.min(page * size, total);
  return {
    staticStart: Math.min(start, staticCount),
    staticEnd: Math.min(end, staticCount),
    articleOffset: Math.max(0, start - staticCount),
    articleLimit: Math.max(0, end - Math.max(start, staticCount)),
  };
}

export interface SitemapTaxonomy {
  sections: { slug: string }[];
  authors: { slug: string }[];
  tags: { slug: string }[];
}

/** The site's own pages: home, sections, authors and tags. */
export function staticSitemapEntries(taxonomy: SitemapTaxonomy, lastPublished?: string): SitemapEntry[] {
  return [
    { loc: routes.home(), lastmod: lastPublished },
    ...taxonomy.sections.map((section) => ({ loc: routes.section(section.slug) })),
    ...taxonomy.authors.map((author) => ({ loc: routes.author(author.slug) })),
    ...taxonomy.tags.map((tag) => ({ loc: routes.tag(tag.slug) })),
  ];
}

export interface ArticleLocation {
  slug: string;
  /** Section slug. */
  section: string;
  publishedAt: string;
  updatedAt: string;
  /** When known, added as an image-sitemap entry. */
  image?: string;
}

/** Article URLs; anything with a publication time still in the future is left out. */
export function articleSitemapEntries(articles: ArticleLocation[], now: Date = new Date()): SitemapEntry[] {
  return articles
    .filter((article) => Date.parse(article.publishedAt) <= now.getTime())
    .map((article) => ({
      loc: routes.article(article.section, article.slug),
      lastmod: article.updatedAt,
      ...(article.image ? { images: [article.image] } : {}),
    }));
}

export type NewsArticle = Pick<
  ArticleSummary,
  'slug' | 'section' | 'status' | 'publishedAt' | 'headline' | 'language'
>;

const NEWS_LANGUAGES: Record<Language, string> = { en: 'en', ar: 'ar' };

/** Google News sitemap: public articles first published in the 48 hours before `now`. */
export function buildNewsSitemap(articles: NewsArticle[], options: { origin?: string; now?: Date } = {}): string {
  const origin = options.origin ?? siteUrl();
  const now = options.now ?? new Date();
  const recent = articles
    .filter((article) => isPubliclyVisible(article, now))
    .filter((article) => now.getTime() - Date.parse(article.publishedAt ?? '') <= NEWS_WINDOW_MS)
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))
    .slice(0, NEWS_SITEMAP_MAX);
  const urls = recent.map((article) =>
    [
      '<url>',
      element('loc', absoluteUrl(routes.article(article.section.slug, article.slug), origin)),
      '<news:news>',
      `<news:publication>${element('news:name', SITE_NAME)}${element('news:language', NEWS_LANGUAGES[article.language])}</news:publication>`,
      element('news:publication_date', article.publishedAt),
      element('news:title', collapseWhitespace(article.headline)),
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n');
}
