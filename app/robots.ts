import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl, paths, siteUrl } from '@/lib/seo/site';

/** robots.txt: everything public is crawlable; the editor area and the API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // Written for the running site's URL (SITE_URL at start, not at build).
  await connection();
  const origin = siteUrl();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/api/'] }],
    sitemap: [absoluteUrl(paths.sitemap(), origin), absoluteUrl(paths.newsSitemap(), origin)],
  };
}
