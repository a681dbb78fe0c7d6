/** Types of cache-tag-names.mjs (plain JavaScript, also loaded by next.config.js). */
export declare const cacheTags: {
  readonly articles: 'articles';
  readonly home: 'home';
  readonly feeds: 'feeds';
  readonly sitemaps: 'sitemaps';
  readonly newsletters: 'newsletters';
  readonly taxonomy: 'taxonomy';
  readonly article: (id: string) => string;
  readonly articleSlug: (slug: string) => string;
  readonly section: (slug: string) => string;
  readonly tag: (slug: string) => string;
  readonly author: (slug: string) => string;
};
