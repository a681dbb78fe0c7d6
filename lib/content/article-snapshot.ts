import { z } from 'zod';
import {
  articleSchema,
  bodySchema,
  imageSchema,
  languageSchema,
  slugSchema,
  socialOverridesSchema,
  tagRefSchema,
  type Article,
} from './schema';

/**
 * Everything an editor can change about an article, in one value: what a save writes, what a
 * revision keeps and what a working copy holds until it is published. Taxonomy is referenced by
 * slug; topics carry their name too, so a topic an editor invents can be created when it goes public.
 */
export const articleSnapshotSchema = z
  .object({
    slug: slugSchema,
    section: slugSchema,
    language: languageSchema,
    headline: articleSchema.shape.headline,
    standfirst: articleSchema.shape.standfirst,
    hero: imageSchema,
    body: bodySchema,
    authors: z.array(slugSchema).min(1).max(10),
    tags: z.array(tagRefSchema).max(30),
    social: socialOverridesSchema,
  })
  .strict();
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

/** The editable part of a stored article. */
export function snapshotOfArticle(article: Article): ArticleSnapshot {
  return {
    slug: article.slug,
    section: article.section.slug,
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    hero: article.hero,
    body: article.body,
    authors: article.authors.map((author) => author.slug),
    tags: article.tags.map((tag) => ({ slug: tag.slug, name: tag.name })),
    social: article.social,
  };
}
