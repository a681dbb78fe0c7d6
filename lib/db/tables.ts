import type { Generated } from 'kysely';

/**
 * Row types for Kysely. One set of tables for SQLite and PostgreSQL, so column types are
 * the common ground of both: timestamps are ISO-8601 UTC strings (`2026-11-26T13:00:00.000Z`,
 * which sort correctly as text), booleans are 0/1 integers, JSON is text validated by zod on read.
 * Each feature adds its own tables in its own migration and its own interface below.
 */

export interface SectionsTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface AuthorsTable {
  id: string;
  slug: string;
  name: string;
  role: string;
  bio: string;
  /** JSON ImageRef or null. */
  avatar: string | null;
}

export interface TagsTable {
  id: string;
  slug: string;
  name: string;
}

export interface ArticlesTable {
  id: string;
  slug: string;
  section_id: string;
  status: 'draft' | 'scheduled' | 'published';
  language: string;
  headline: string;
  standfirst: string;
  /** JSON ImageRef. */
  hero: string;
  /** JSON Block[]. */
  body: string;
  social_title: string | null;
  social_description: string | null;
  /** JSON ImageRef or null. */
  social_image: string | null;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  /** Bumped by every change to the editable text; saves name the version they started from (0006). */
  version: Generated<number>;
  /**
   * JSON ArticleSnapshot the row does not hold yet: saved changes to a public article (readers see
   * the row until they are published), or a draft's new topics (created on publish). Null when none.
   */
  working_copy: string | null;
}

export interface ArticleAuthorsTable {
  article_id: string;
  author_id: string;
  position: number;
}

export interface ArticleTagsTable {
  article_id: string;
  tag_id: string;
  position: number;
}

export interface NewslettersTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  cadence: string;
  active: number;
  position: Generated<number>;
}

/** Old slugs of articles that were public under them; the article route answers them with a 308. */
export interface SlugRedirectsTable {
  slug: string;
  article_id: string;
  created_at: string;
}

export interface ContentTables {
  sections: SectionsTable;
  authors: AuthorsTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  newsletters: NewslettersTable;
  slug_redirects: SlugRedirectsTable;
}
