import { z } from 'zod';
import { articleSchema, LIMITS, slugSchema } from './schema';

/**
 * Plain-text fields take no control characters but tab and line breaks: PostgreSQL refuses a NUL
 * (the save failed with a 503) and SQLite stored it, as it did terminal escapes.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const plainText = <T extends z.ZodString>(field: T) => field.refine((value) => !CONTROL.test(value), 'Control characters are not allowed');

/** What an editor may change in an article (updateArticle in publish.ts). Taxonomy is referenced by slug; status changes have their own functions there. */
export const articlePatchSchema = z
  .object({
    slug: slugSchema,
    section: slugSchema,
    language: articleSchema.shape.language,
    headline: plainText(articleSchema.shape.headline),
    standfirst: plainText(articleSchema.shape.standfirst),
    hero: articleSchema.shape.hero,
    body: articleSchema.shape.body,
    authors: z.array(slugSchema).min(1).max(10),
    tags: z.array(slugSchema).max(30),
    social: articleSchema.shape.social.extend({
      title: plainText(z.string().min(1).max(LIMITS.headline)).optional(),
      description: plainText(z.string().min(1).max(LIMITS.standfirst)).optional(),
    }),
  })
  .partial()
  .strict();
export type ArticlePatch = z.input<typeof articlePatchSchema>;
