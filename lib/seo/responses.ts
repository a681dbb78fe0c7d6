import { getEnv } from '@/lib/env';
import { siteUrl } from './site';

/** Responses for the discovery routes: typed, cacheable by shared caches for a short while. */

export const DISCOVERY_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300';

export function xmlResponse(xml: string | null, contentType = 'application/xml; charset=utf-8'): Response {
  if (xml === null) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  }
  return new Response(xml, {
    headers: { 'Content-Type': contentType, 'Cache-Control': DISCOVERY_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

/** The origin and host the documents are written for (runtime configuration, not build time). */
export function discoveryOrigin(): { origin: string; host: string } {
  const origin = siteUrl();
  return { origin, host: new URL(origin).host };
}

export function sitemapSplitSize(): number {
  return getEnv().SITEMAP_SPLIT_SIZE;
}
