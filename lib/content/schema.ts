import { z } from 'zod';
import { imageSrcSchema, safeHrefSchema } from './safe-url';

/**
 * The content model. Every piece of content is validated with these schemas
 * when it leaves the database, so a bad row becomes a clear error instead of broken HTML.
 * Types are inferred from the schemas: there is one source of truth.
 */

export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;
export const slugSchema = z.string().regex(SLUG_PATTERN, 'Slugs are 1-120 characters of a-z, 0-9 and -');

/** Upper bounds keep one oversize row from producing a multi-megabyte page. */
export const LIMITS = {
  headline: 300,
  standfirst: 600,
  inlineText: 10_000,
  blockText: 2_000,
  caption: 600,
  alt: 400,
  credit: 200,
  blocks: 500,
  listItems: 100,
  inlinesPerParagraph: 200,
} as const;

const isoDateTime = z.iso.datetime({ offset: true });

export const imageSchema = z.object({
  src: imageSrcSchema,
  alt: z.string().min(1).max(LIMITS.alt),
  caption: z.string().max(LIMITS.caption).optional(),
  credit: z.string().max(LIMITS.credit).optional(),
  width: z.number().int().positive().max(10_000),
  height: z.number().int().positive().max(10_000),
});
export type ImageRef = z.infer<typeof imageSchema>;

/** A run of text with optional marks; a run with href is a link. */
export const inlineSchema = z.object({
  text: z.string().min(1).max(LIMITS.inlineText),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHrefSchema.optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

const inlinesSchema = z.array(inlineSchema).min(1).max(LIMITS.inlinesPerParagraph);

export const paragraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  content: inlinesSchema,
});

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  text: z.string().min(1).max(LIMITS.blockText),
});

export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: imageSchema,
});

export const quoteBlockSchema = z.object({
  type: z.literal('quote'),
  /** `pull` is a display quote lifted from the story; `block` quotes a source at length. */
  variant: z.enum(['block', 'pull']),
  text: z.string().min(1).max(LIMITS.blockText),
  attribution: z.string().max(LIMITS.credit).optional(),
});

export const listBlockSchema = z.object({
  type: z.literal('list'),
  style: z.enum(['bulleted', 'numbered']),
  items: z.array(inlinesSchema).min(1).max(LIMITS.listItems),
});

export const readMoreBlockSchema = z.object({
  type: z.literal('readMore'),
  articleId: z.string().min(1).max(64),
});

export const newsletterPromoBlockSchema = z.object({
  type: z.literal('newsletterPromo'),
  newsletter: slugSchema,
});

/** Providers we render as a link card (never an iframe), with the hosts their URLs may use. */
export const EMBED_PROVIDERS = {
  youtube: ['www.youtube.com', 'youtube.com', 'youtu.be'],
  vimeo: ['vimeo.com', 'player.vimeo.com'],
  bluesky: ['bsky.app'],
  mastodon: null, // federated: any https host
  soundcloud: ['soundcloud.com'],
} as const satisfies Record<string, readonly string[] | null>;
export type EmbedProvider = keyof typeof EMBED_PROVIDERS;

export const embedBlockSchema = z
  .object({
    type: z.literal('embed'),
    provider: z.enum(Object.keys(EMBED_PROVIDERS) as [EmbedProvider, ...EmbedProvider[]]),
    url: z.url({ protocol: /^https$/ }).max(2048),
    title: z.string().min(1).max(LIMITS.blockText),
    description: z.string().max(LIMITS.caption).optional(),
  })
  .refine(
    (embed) => {
      const hosts = EMBED_PROVIDERS[embed.provider];
      return hosts === null || (hosts as readonly string[]).includes(new URL(embed.url).hostname);
    },
    { message: 'Embed URL host does not belong to its provider', path: ['url'] },
  );

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  imageBlockSchema,
  quoteBlockSchema,
  listBlockSchema,
  readMoreBlockSchema,
  newsletterPromoBlockSchema,
  embedBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

export const bodySchema = z.array(blockSchema).max(LIMITS.blocks);

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published'] as const;
export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/** BCP 47 language tags we publish in; `dir` follows from the language. */
export const languageSchema = z.enum(['en', 'ar']);
export type Language = z.infer<typeof languageSchema>;
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);
export function textDirection(language: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export const sectionRefSchema = z.object({ slug: slugSchema, name: z.string().min(1).max(80) });
export type SectionRef = z.infer<typeof sectionRefSchema>;

export const sectionSchema = sectionRefSchema.extend({
  description: z.string().max(LIMITS.standfirst),
  position: z.number().int(),
});
export type Section = z.infer<typeof sectionSchema>;

export const authorRefSchema = z.object({ slug: slugSchema, name: z.string().min(1).max(120) });
export type AuthorRef = z.infer<typeof authorRefSchema>;

export const authorSchema = authorRefSchema.extend({
  /** Job title shown in bylines, e.g. "Climate correspondent". */
  role: z.string().max(120),
  bio: z.string().max(2_000),
  avatar: imageSchema.nullable(),
});
export type Author = z.infer<typeof authorSchema>;

export const tagRefSchema = z.object({ slug: slugSchema, name: z.string().min(1).max(80) });
export type TagRef = z.infer<typeof tagRefSchema>;
export type Tag = TagRef;

export const socialOverridesSchema = z.object({
  title: z.string().min(1).max(LIMITS.headline).optional(),
  description: z.string().min(1).max(LIMITS.standfirst).optional(),
  image: imageSchema.optional(),
});
export type SocialOverrides = z.infer<typeof socialOverridesSchema>;

/** What lists, cards and feeds need: an article without its body. */
export const articleSummarySchema = z.object({
  id: z.string().min(1).max(64),
  slug: slugSchema,
  status: articleStatusSchema,
  section: sectionRefSchema,
  headline: z.string().min(1).max(LIMITS.headline),
  standfirst: z.string().max(LIMITS.standfirst),
  hero: imageSchema,
  authors: z.array(authorRefSchema).max(10),
  language: languageSchema,
  /** When readers first saw it (or will, for scheduled articles). Null for drafts never published. */
  publishedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  tags: z.array(tagRefSchema).max(30),
  body: bodySchema,
  social: socialOverridesSchema,
});
export type Article = z.infer<typeof articleSchema>;

export const newsletterSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1).max(120),
  description: z.string().max(LIMITS.standfirst),
  /** Human wording such as "Every weekday morning". */
  cadence: z.string().max(80),
  active: z.boolean(),
});
export type Newsletter = z.infer<typeof newsletterSchema>;

/** A page of a list, with what pagination controls need. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}
