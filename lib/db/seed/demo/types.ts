import type { ArticleStatus, Block, ImageRef, Language, SocialOverrides } from '@/lib/content/schema';

/**
 * How demo articles are written down. Times are relative to the moment of seeding, so a fresh
 * install always has recent news (the Google News sitemap covers only the last 48 hours).
 */
export interface DemoArticle {
  /** Stable id, e.g. "demo-014"; readMore blocks point at these. */
  id: string;
  slug: string;
  section: string;
  status: ArticleStatus;
  language: Language;
  headline: string;
  standfirst: string;
  hero: ImageRef;
  authors: string[];
  tags: string[];
  body: Block[];
  /**
   * Published and scheduled articles: hours before seeding it was (or, negative, will be) published.
   * Drafts: null.
   */
  publishedHoursAgo: number | null;
  /** Hours before seeding of the last update; defaults to publishedHoursAgo. */
  updatedHoursAgo?: number;
  social?: SocialOverrides;
}
