/**
 * First path segments that are not sections, in one place. A section lives at /<section>, its
 * articles at /<section>/<slug>; every other top-level route must be listed here, or its URLs are
 * taken for section pages (public cache headers, section surrogate keys, `?page=` rewrites, the
 * Draft Mode article rewrite). lib/http/reserved-segments.test.ts fails when an app/ folder is missing.
 * Plain JavaScript so next.config.js, proxy.ts and scripts share it.
 */

/** Top-level routes that are not public reading pages: never shared-cacheable as one (next.config.js). */
export const NOT_READER_SEGMENTS = Object.freeze([
  'api',
  'editor',
  'newsletter',
  'newsletters',
  'preview',
  'auth',
  'og',
  'unsubscribe',
  // Its own short cache rule and noindex (next.config.js).
  'search',
  'media',
  'sitemaps',
  '_next',
]);

/** Reading pages that are not sections: cacheable like sections, under their own first segment. */
export const READER_PAGE_SEGMENTS = Object.freeze(['author', 'tag']);

/** Every first segment that is not a section. */
export const NOT_SECTION_SEGMENTS = Object.freeze([...NOT_READER_SEGMENTS, ...READER_PAGE_SEGMENTS]);
