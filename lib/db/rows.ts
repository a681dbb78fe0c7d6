import type { Insertable } from 'kysely';
import type { ArticleStatus, Block, ImageRef, Language, SocialOverrides } from '@/lib/content/schema';
import type { ArticlesTable } from './tables';

/**
 * Domain -> row conversions shared by the seeders, publishing and tests, so the JSON-in-text
 * encoding is written in one place (the repository decodes it).
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

export function toArticleRow(input: ArticleRowInput): Insertable<ArticlesTable> {
  return {
    id: input.id,
    slug: input.slug,
    section_id: input.sectionId,
    status: input.status,
    language: input.language,
    headline: input.headline,
    standfirst: input.standfirst,
    hero: JSON.stringify(input.hero),
    body: JSON.stringify(input.body),
    social_title: input.social?.title ?? null,
    social_description: input.social?.description ?? null,
    social_image: input.social?.image ? JSON.stringify(input.social.image) : null,
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
