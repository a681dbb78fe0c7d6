import type { ArticleSummary } from '@/lib/content/schema';

/**
 * The one rule for "may the public see this article?": published, with a publication time that
 * has arrived. Feeds, sitemaps, JSON-LD, OG images and metadata all filter through it even though
 * the queries they read already do, so a query mistake cannot leak a draft into a crawler's hands.
 */
export function isPubliclyVisible(
  article: Pick<ArticleSummary, 'status' | 'publishedAt'>,
  now: Date = new Date(),
): boolean {
  if (article.status !== 'published' || article.publishedAt === null) return false;
  return Date.parse(article.publishedAt) <= now.getTime();
}

export class NotPublicError extends Error {
  constructor(slug: string) {
    super(`Article "${slug}" is not public`);
    this.name = 'NotPublicError';
  }
}
