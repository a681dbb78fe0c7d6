/**
 * What every private response carries, in one place: editor pages and APIs, previews, sign-in,
 * refusals and outage answers. No cache may keep it (not a browser's back/forward store either:
 * `no-store`; `max-age=0` for caches that ignore no-store), and no search engine may index it.
 * Plain JavaScript so next.config.js and scripts/server.mjs share it with the app.
 */
export const PRIVATE_CACHE_CONTROL = 'private, no-store, max-age=0';
export const NOT_INDEXED = 'noindex, nofollow';

export const PRIVATE_HEADERS = Object.freeze({ 'Cache-Control': PRIVATE_CACHE_CONTROL, 'X-Robots-Tag': NOT_INDEXED });
/** Previews and share links: their URLs carry tokens that must not travel to another site. */
export const PRIVATE_NO_REFERRER_HEADERS = Object.freeze({ ...PRIVATE_HEADERS, 'Referrer-Policy': 'no-referrer' });
