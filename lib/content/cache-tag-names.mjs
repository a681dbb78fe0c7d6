// @ts-check
/**
 * Cache tag names, in one place: `queries.ts` attaches them to cached reads, `publish.ts` expires
 * them (and asks a CDN to purge them), and next.config.js names them in each public URL's
 * Surrogate-Key header (lib/http/surrogate-keys.mjs). A typo here would silently leave stale pages,
 * so nothing else spells a tag. Plain JavaScript, so next.config.js can load it too.
 */
export const cacheTags = Object.freeze({
  /** Every list of articles (latest, section, tag, author, related). */
  articles: 'articles',
  home: 'home',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  newsletters: 'newsletters',
  /** Sections, authors and tags as lists (navigation, footers). */
  taxonomy: 'taxonomy',
  article: (/** @type {string} */ id) => `article:${id}`,
  /** Attached to a slug lookup even when it found nothing, so publishing that slug replaces a cached 404. */
  articleSlug: (/** @type {string} */ slug) => `article-slug:${slug}`,
  section: (/** @type {string} */ slug) => `section:${slug}`,
  tag: (/** @type {string} */ slug) => `tag:${slug}`,
  author: (/** @type {string} */ slug) => `author:${slug}`,
});
