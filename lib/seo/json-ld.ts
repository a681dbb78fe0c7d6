import type { Article, Author, Section, Tag } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { SITE_DESCRIPTION, SITE_LOGO, SITE_NAME, absoluteUrl, siteUrl } from './site';
import { articleShareImage } from './metadata';
import { collapseWhitespace, truncate } from './text';
import { NotPublicError, isPubliclyVisible } from './visibility';

/**
 * schema.org structured data (after bbc/simorgh's LinkedData). Builders return plain
 * objects; `serializeJsonLd` turns them into text that is safe inside a <script> element.
 */

/** Google truncates (and its rich-result test warns on) NewsArticle headlines over 110 characters. */
export const JSON_LD_HEADLINE_MAX = 110;

export type JsonLdObject = { '@context'?: 'https://schema.org'; '@type': string } & Record<string, unknown>;

export interface JsonLdOptions {
  origin?: string;
  now?: Date;
}

const LANGUAGE_TAGS = { en: 'en-GB', ar: 'ar' } as const;

function homeUrl(origin: string): string {
  return absoluteUrl(routes.home(), origin);
}

function organisationId(origin: string): string {
  return `${homeUrl(origin)}#organization`;
}

function websiteId(origin: string): string {
  return `${homeUrl(origin)}#website`;
}

/** The publisher, as a NewsMediaOrganization with its logo. */
export function organisationJsonLd(origin: string = siteUrl()): JsonLdObject {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organisationId(origin),
    name: SITE_NAME,
    url: homeUrl(origin),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(SITE_LOGO.path, origin),
      width: SITE_LOGO.width,
      height: SITE_LOGO.height,
    },
  };
}

/** Home page: the WebSite and its organisation, linked by @id. */
export function websiteJsonLd(options: JsonLdOptions = {}): JsonLdObject {
  const origin = options.origin ?? siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(origin),
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: homeUrl(origin),
    inLanguage: LANGUAGE_TAGS.en,
    publisher: organisationJsonLd(origin),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: absoluteUrl(routes.searchTemplate('search_term_string'), origin) },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function newsArticleJsonLd(article: Article, options: JsonLdOptions = {}): JsonLdObject {
  if (!isPubliclyVisible(article, options.now) || article.publishedAt === null) {
    throw new NotPublicError(article.slug);
  }
  const origin = options.origin ?? siteUrl();
  const url = absoluteUrl(routes.article(article.section.slug, article.slug), origin);
  const share = articleShareImage(article, origin);
  const hero = absoluteUrl(article.hero.src, origin);
  // Google recommends several aspect ratios; we have the hero and the 1.91:1 card.
  const images = Array.from(new Set([hero, share.url]));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncate(article.headline, JSON_LD_HEADLINE_MAX),
    description: collapseWhitespace(article.standfirst),
    image: images,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(routes.author(author.slug), origin),
    })),
    publisher: organisationJsonLd(origin),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: LANGUAGE_TAGS[article.language],
    articleSection: article.section.name,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name).join(', ') } : {}),
    isAccessibleForFree: true,
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbJsonLd(crumbs: Crumb[], options: JsonLdOptions = {}): JsonLdObject {
  const origin = options.origin ?? siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: collapseWhitespace(crumb.name),
      item: absoluteUrl(crumb.path, origin),
    })),
  };
}

const home: Crumb = { name: SITE_NAME, path: routes.home() };

export const breadcrumbs = {
  article: (article: Pick<Article, 'section' | 'slug' | 'headline'>): Crumb[] => [
    home,
    { name: article.section.name, path: routes.section(article.section.slug) },
    { name: truncate(article.headline, JSON_LD_HEADLINE_MAX), path: routes.article(article.section.slug, article.slug) },
  ],
  section: (section: Pick<Section, 'slug' | 'name'>): Crumb[] => [
    home,
    { name: section.name, path: routes.section(section.slug) },
  ],
  tag: (tag: Tag): Crumb[] => [home, { name: tag.name, path: routes.tag(tag.slug) }],
  author: (author: Pick<Author, 'slug' | 'name'>): Crumb[] => [home, { name: author.name, path: routes.author(author.slug) }],
};

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone is not enough:
 * a headline containing `</script>` would end the element, and `<!--` would change how the HTML
 * parser reads the rest of it. Escaping <, > and & as \u003c etc. keeps the JSON value identical
 * while leaving nothing the HTML parser reacts to; U+2028/2029 are escaped for older JS parsers.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char] ?? char);
}
