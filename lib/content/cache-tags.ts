import { cacheTags } from './cache-tag-names.mjs';
import type { ArticleSummary, TagRef } from './schema';

/** Tag names live in cache-tag-names.mjs (plain JavaScript, so next.config.js can read them too). */
export { cacheTags };

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
