import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site-name';

/**
 * Site identity and URL building for everything a crawler or feed reader sees. Canonical paths
 * are defined once here so pages, metadata, JSON-LD, feeds and sitemaps can never disagree.
 */

export { SITE_NAME };
export const SITE_DESCRIPTION = `${SITE_NAME} is an independent news site: reporting, analysis and opinion on politics, climate, science and culture.`;
/** Default locale of the site; Arabic articles declare their own. */
export const SITE_LOCALE = 'en_GB';
/** The publisher logo used by JSON-LD (Google asks for a raster logo, at most 600x60). */
export const SITE_LOGO = { path: '/brand/meridian-logo.png', width: 600, height: 60 } as const;

/** The configured public origin without a trailing slash, e.g. `https://news.example.org`. */
export function siteUrl(): string {
  return getEnv().SITE_URL.replace(/\/+$/, '');
}

/** Absolute URL for a site path (`/news/a-story`) or an already absolute URL (returned as is). */
export function absoluteUrl(pathOrUrl: string, origin: string = siteUrl()): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
  return `${origin}${path}`;
}

export const paths = {
  home: () => '/',
  article: (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`,
  section: (slug: string) => `/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
  feed: () => '/feed.xml',
  sectionFeed: (slug: string) => `/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  sitemapPage: (page: number) => `/sitemaps/${page}.xml`,
  newsSitemap: () => '/news-sitemap.xml',
  ogHome: () => '/og/home',
  ogArticle: (slug: string, version: string) => `/og/article/${slug}/${version}`,
  ogSection: (slug: string) => `/og/section/${slug}`,
  ogAuthor: (slug: string) => `/og/author/${slug}`,
  ogTag: (slug: string) => `/og/tag/${slug}`,
  unsavedPreview: (id: string, revision: number) => `/preview/unsaved/${id}?r=${revision}`,
  unsavedPreviewOg: (id: string, revision: number) => `/api/editor/live-preview/${id}/og?r=${revision}`,
} as const;
