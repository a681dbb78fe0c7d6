/**
 * How long each kind of cached data may be served, in one place: next.config.js registers these as
 * named `cacheLife` profiles and every 'use cache' function names one (`cacheLife(LIFETIME.lists)`).
 * Publishing expires the right cache tags at once (decision 0002), so these bound how stale a page can
 * get without a publish call: a scheduled article appears on lists within a minute, a renamed section
 * within an hour. Seconds throughout (stale: what a browser may reuse; revalidate: when the server
 * renders again in the background; expire: the longest it is ever served).
 */
export const CACHE_LIFETIMES = {
  /** One article by slug, and where an old slug moved: changed by publishing, which expires its tags. */
  story: { stale: 60, revalidate: 300, expire: 86_400 },
  /** Home, section, tag and author pages, related stories, Read more targets, feeds: scheduled stories appear within a minute. */
  lists: { stale: 60, revalidate: 60, expire: 3_600 },
  /** Sections, authors, topics and newsletters: rarely change, and only through publishing or the seed. */
  taxonomy: { stale: 300, revalidate: 3_600, expire: 86_400 },
  /** Sitemaps: crawlers come back hourly at most. */
  sitemaps: { stale: 300, revalidate: 300, expire: 86_400 },
  /** An article's card image: its URL carries the article's version, so a new headline is a new URL. */
  articleCard: { stale: 300, revalidate: 3_600, expire: 7 * 86_400 },
  /** Section, topic and author card images: their names change seldom. */
  listingCard: { stale: 300, revalidate: 86_400, expire: 7 * 86_400 },
  /** The home page's card image: the site's name and tagline only. */
  homeCard: { stale: 300, revalidate: 86_400, expire: 30 * 86_400 },
};

/** The profile names, for `cacheLife(LIFETIME.story)` (a typo is a type error, not a runtime surprise). */
export const LIFETIME = /** @type {{ [K in keyof typeof CACHE_LIFETIMES]: K }} */ (
  Object.fromEntries(Object.keys(CACHE_LIFETIMES).map((name) => [name, name]))
);
