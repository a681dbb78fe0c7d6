import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site-name';

/**
 * Site identity, and the one place absolute URLs are made (everything a crawler, feed reader or
 * share link sees). Paths come from lib/routes.ts; this module reads SITE_URL, so it is server-side.
 */

export { SITE_NAME };
export const SITE_DESCRIPTION = `${SITE_NAME} is an independent news site: reporting, analysis and opinion on politics, climate, science and culture.`;
/** Default locale of the site; Arabic articles declare their own. */
export const SITE_LOCALE = 'en_GB';
/** The publisher logo used by JSON-LD (Google asks for a raster logo, at most 600x60). */
export const SITE_LOGO = { path: '/brand/meridian-logo.png', width: 600, height: 60 } as const;
/** The site icon (app/icon.svg), for the OpenSearch description. */
export const SITE_ICON_PATH = '/icon.svg';

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
