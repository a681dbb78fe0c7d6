import type { Insertable, Updateable } from 'kysely';
import type { ArticleStatus, Block, ImageRef, Language, SocialOverrides } from '@/lib/content/schema';
import type { ArticlesTable } from './tables';

/**
 * Domain -> row conversions shared by the seeders, publishing, draft saves and tests, so the
 * JSON-in-text encoding is written in one place (lib/content/row-mapping.ts decodes it).
 */

/** Taxonomy ids derive from slugs so seeding is an idempotent upsert. */
export const sectionIdFor = (slug: string) => `section-${slug}`;
export const authorIdFor = (slug: string) => `author-${slug}`;
export const tagIdFor = (slug: string) => `tag-${slug}`;
export const newsletterIdFor = (slug: string) => `newsletter-${slug}`;

export interface ArticleRowInput {
  id: string;
  slug: string;
  sectionId: string;
  status: ArticleStatus;
  language: Language;
  headline: string;
  standfirst: string;
  hero: ImageRef;
  body: Block[];
  social?: SocialOverrides;
  publishedAt: Date | null;
  updatedAt: Date;
  createdAt?: Date;
}

interface ArticleContent {
  hero: ImageRef;
  body: Block[];
  social: SocialOverrides;
}
type ContentColumns = Pick<Updateable<ArticlesTable>, 'hero' | 'body' | 'social_title' | 'social_description' | 'social_image'>;

/**
 * The columns holding an article's hero, body and social overrides (whichever are given): the one
 * encoding of those JSON-in-text columns (lib/content/row-mapping.ts decodes them).
 */
export function articleContentColumns(content: ArticleContent): Required<ContentColumns>;
export function articleContentColumns(content: Partial<ArticleContent>): ContentColumns;
export function articleContentColumns(content: Partial<ArticleContent>): ContentColumns {
  const columns: ContentColumns = {};
  if (content.hero !== undefined) columns.hero = JSON.stringify(content.hero);
  if (content.body !== undefined) columns.body = JSON.stringify(content.body);
  if (content.social !== undefined) {
    columns.social_title = content.social.title ?? null;
    columns.social_description = content.social.description ?? null;
    columns.social_image = content.social.image ? JSON.stringify(content.social.image) : null;
  }
  return columns;
}

export function toArticleRow(input: ArticleRowInput): Insertable<ArticlesTable> {
  return {
    id: input.id,
    slug: input.slug,
    section_id: input.sectionId,
    status: input.status,
    language: input.language,
    headline: input.headline,
    standfirst: input.standfirst,
    ...articleContentColumns({ hero: input.hero, body: input.body, social: input.social ?? {} }),
    published_at: input.publishedAt?.toISOString() ?? null,
    updated_at: input.updatedAt.toISOString(),
    created_at: (input.createdAt ?? input.publishedAt ?? input.updatedAt).toISOString(),
  };
}

/** Splits rows into batches that stay under both dialects' bound-parameter limits. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
