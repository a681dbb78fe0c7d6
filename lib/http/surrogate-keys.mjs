// @ts-check
/**
 * Surrogate-Key (Fastly, space-separated) and Cache-Tag (Cloudflare, Akamai; comma-separated)
 * headers naming the cache tags of each public URL, so a CDN in front can purge exactly what
 * lib/content/publish.ts expires in our own caches (it sends the same tags to CDN_PURGE_URL).
 * The rules are next.config.js headers: `:param` in a value is the URL's segment (Next fills it in).
 */
import { cacheTags } from '../content/cache-tag-names.mjs';

/** Well under every CDN's limit (Fastly 16 KB, Cloudflare 16 KB); our longest value is ~300. */
export const MAX_SURROGATE_KEY_LENGTH = 1024;

/** A tag a CDN accepts in both headers: visible ASCII, no space or comma. */
const PURGEABLE = /^[\x21-\x2b\x2d-\x7e]{1,256}$/;

/**
 * The two headers naming `tags`, dropping tags a CDN cannot take and cutting at a whole tag
 * within MAX_SURROGATE_KEY_LENGTH.
 * @param {readonly string[]} tags
 */
export function surrogateKeyHeaders(tags) {
  /** @type {string[]} */
  const kept = [];
  let length = 0;
  for (const tag of new Set(tags)) {
    if (!PURGEABLE.test(tag)) continue;
    if (length + tag.length + (kept.length > 0 ? 1 : 0) > MAX_SURROGATE_KEY_LENGTH) break;
    length += tag.length + (kept.length > 0 ? 1 : 0);
    kept.push(tag);
  }
  return [
    { key: 'Surrogate-Key', value: kept.join(' ') },
    { key: 'Cache-Tag', value: kept.join(',') },
  ];
}

const SLUG = '([a-z0-9-]{1,120})';
const PAGE = '/page/:page([0-9]{1,6})';

/**
 * One next.config.js header rule per public URL shape. Later rules win for the same header, so
 * /tag/… and /author/… come after the article shape they also match.
 * @param {string} readerSegment the pattern of a section segment (next.config.js)
 */
export function surrogateKeyRules(readerSegment) {
  const lists = [cacheTags.articles, cacheTags.taxonomy];
  /** @type {[string, string[]][]} */
  const shapes = [
    ['/', [cacheTags.home, ...lists]],
    [`/:section${readerSegment}`, [cacheTags.section(':section'), ...lists]],
    [`/:section${readerSegment}${PAGE}`, [cacheTags.section(':section'), ...lists]],
    [`/:section${readerSegment}/:slug${SLUG}`, [cacheTags.articleSlug(':slug'), cacheTags.section(':section'), ...lists]],
    [`/tag/:slug${SLUG}`, [cacheTags.tag(':slug'), ...lists]],
    [`/tag/:slug${SLUG}${PAGE}`, [cacheTags.tag(':slug'), ...lists]],
    [`/author/:slug${SLUG}`, [cacheTags.author(':slug'), ...lists]],
    [`/author/:slug${SLUG}${PAGE}`, [cacheTags.author(':slug'), ...lists]],
    ['/newsletters', [cacheTags.newsletters, cacheTags.taxonomy]],
    ['/search', [cacheTags.articles]],
    ['/feed.xml', [cacheTags.feeds, cacheTags.articles]],
    [`/:section${readerSegment}/feed.xml`, [cacheTags.feeds, cacheTags.section(':section'), cacheTags.articles]],
    ['/sitemap.xml', [cacheTags.sitemaps, cacheTags.articles]],
    ['/news-sitemap.xml', [cacheTags.sitemaps, cacheTags.articles]],
    ['/sitemaps/:file', [cacheTags.sitemaps, cacheTags.articles]],
    [`/og/article/:slug${SLUG}/:version`, [cacheTags.articleSlug(':slug')]],
    [`/og/section/:slug${SLUG}`, [cacheTags.section(':slug'), cacheTags.taxonomy]],
    [`/og/tag/:slug${SLUG}`, [cacheTags.tag(':slug'), cacheTags.taxonomy]],
    [`/og/author/:slug${SLUG}`, [cacheTags.author(':slug'), cacheTags.taxonomy]],
    ['/og/home', [cacheTags.home]],
  ];
  return shapes.map(([source, tags]) => ({ source, headers: surrogateKeyHeaders(tags) }));
}
