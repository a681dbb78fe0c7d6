import type { ArticleSummary, TagRef } from './schema';

/**
 * Cache tag names, in one place: `queries.ts` attaches them to cached reads and `publish.ts`
 * revalidates them. A typo here would silently leave stale pages, so nothing else spells a tag.
 */
export const cacheTags = {
  /** Every list of articles (latest, section, tag, author, related). */
  articles: 'articles',
  home: 'home',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  newsletters: 'newsletters',
  /** Sections, authors and tags as lists (navigation, footers). */
  taxonomy: 'taxonomy',
  article: (id: string) => `article:${id}`,
  /** Attached to a slug lookup even when it found nothing, so publishing that slug replaces a cached 404. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

type ArticleForTags = Pick<ArticleSummary, 'id' | 'slug' | 'section' | 'authors'> & { tags?: readonly TagRef[] };

/**
 * Every tag a change to this article must revalidate. Pass the article as it was before the
 * change AND as it is after (e.g. it moved section or lost a tag): both lists' pages change.
 */
export function tagsForArticle(...versions: readonly ArticleForTags[]): string[] {
  const tags = new Set<string>([cacheTags.articles, cacheTags.home, cacheTags.feeds, cacheTags.sitemaps]);
  for (const article of versions) {
    tags.add(cacheTags.article(article.id));
    tags.add(cacheTags.articleSlug(article.slug));
    tags.add(cacheTags.section(article.section.slug));
    for (const author of article.authors) tags.add(cacheTags.author(author.slug));
    for (const tag of article.tags ?? []) tags.add(cacheTags.tag(tag.slug));
  }
  return [...tags];
}
