import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl, siteUrl } from '@/lib/seo/site';
import { routes } from '@/lib/routes';

/** robots.txt: everything public is crawlable; the editor area and the API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // Written for the running site's URL (SITE_URL at start, not at build).
  await connection();
  const origin = siteUrl();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/api/'] }],
    sitemap: [absoluteUrl(routes.sitemap(), origin), absoluteUrl(routes.newsSitemap(), origin)],
  };
}
