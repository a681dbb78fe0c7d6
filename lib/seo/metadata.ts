import type { Metadata } from 'next';
import type { Article, Author, ImageRef, Language, Section, Tag } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { SITE_DESCRIPTION, SITE_LOCALE, SITE_NAME, absoluteUrl, siteUrl } from './site';
import { collapseWhitespace, truncate } from './text';
import { NotPublicError, isPubliclyVisible } from './visibility';

/**
 * Metadata builders: one per page type, each returning everything a link preview needs.
 * Next replaces (does not merge) a parent's `openGraph`/`twitter` objects, so every builder returns
 * complete ones. Editors' social overrides (title, description, image) win over the article's own.
 */

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;
/** Meta descriptions longer than this are cut by every search engine anyway. */
const DESCRIPTION_MAX = 300;

export interface SeoImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export interface BuildOptions {
  /** Site origin; defaults to the configured SITE_URL. */
  origin?: string;
  /** "Now", for deciding whether an article is public (tests pass a fixed time). */
  now?: Date;
}

export interface ListPageOptions extends BuildOptions {
  /** 1-based page of a paginated list; pages after the first get their own canonical URL. */
  page?: number;
}

const LOCALES: Record<Language, string> = { en: SITE_LOCALE, ar: 'ar_AR' };

export function ogLocale(language: Language): string {
  return LOCALES[language];
}

/** Indexable, with large image previews in search and Discover (Google's `max-image-preview`). */
const PUBLIC_ROBOTS: NonNullable<Metadata['robots']> = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};

const PREVIEW_ROBOTS: NonNullable<Metadata['robots']> = { index: false, follow: false, nocache: true };

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export function imageMimeType(src: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(src)?.[1]?.toLowerCase() ?? '';
  return IMAGE_TYPES[extension] ?? 'image/jpeg';
}

/** FNV-1a: a short, stable fingerprint (not a security hash) for cache-busting image URLs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A version for the article's OG image URL: it changes whenever anything drawn on the card
 * changes, so social networks (which cache images by URL for days) fetch the new card.
 */
export function articleOgVersion(
  article: Pick<Article, 'headline' | 'updatedAt' | 'section' | 'authors' | 'hero' | 'social'>,
): string {
  return fingerprint(
    JSON.stringify([
      article.updatedAt,
      article.headline,
      article.section.name,
      article.authors.map((a) => a.name),
      article.hero.src,
      article.social.title ?? null,
    ]),
  );
}

function imageFromRef(image: ImageRef, origin: string): SeoImage {
  return {
    url: absoluteUrl(image.src, origin),
    width: image.width,
    height: image.height,
    alt: image.alt,
    type: imageMimeType(image.src),
  };
}

function generatedImage(path: string, alt: string, origin: string): SeoImage {
  return { url: absoluteUrl(path, origin), width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT, alt, type: 'image/png' };
}

/** The article's share image: the editors' override when set, otherwise the generated card. */
export function articleShareImage(article: Article, origin: string = siteUrl()): SeoImage {
  if (article.social.image) return imageFromRef(article.social.image, origin);
  const title = article.social.title ?? article.headline;
  return generatedImage(
    routes.ogArticle(article.slug, articleOgVersion(article)),
    `${title} – ${article.section.name} | ${SITE_NAME}`,
    origin,
  );
}

function description(text: string): string {
  return truncate(collapseWhitespace(text), DESCRIPTION_MAX);
}

function feedAlternates(origin: string, section?: Pick<Section, 'slug' | 'name'>) {
  const feeds = [{ url: absoluteUrl(routes.feed(), origin), title: `${SITE_NAME}: latest` }];
  if (section) {
    feeds.push({ url: absoluteUrl(routes.sectionFeed(section.slug), origin), title: `${SITE_NAME}: ${section.name}` });
  }
  return { 'application/rss+xml': feeds };
}

interface WebsitePage {
  title: string;
  /** The page's own <title>; defaults to `title` (the layout template appends the site name). */
  documentTitle?: Metadata['title'];
  description: string;
  path: string;
  image: SeoImage;
  origin: string;
  section?: Pick<Section, 'slug' | 'name'>;
}

function websiteMetadata(page: WebsitePage): Metadata {
  const url = absoluteUrl(page.path, page.origin);
  const text = description(page.description);
  return {
    title: page.documentTitle ?? page.title,
    description: text,
    alternates: { canonical: url, types: feedAlternates(page.origin, page.section) },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      url,
      title: page.title,
      description: text,
      images: [page.image],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: text,
      images: [{ url: page.image.url, alt: page.image.alt, width: page.image.width, height: page.image.height }],
    },
    robots: PUBLIC_ROBOTS,
  };
}

/** For the root layout: metadataBase, the title template and site-wide defaults. */
export function buildRootMetadata(options: BuildOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  return {
    metadataBase: new URL(absoluteUrl(routes.home(), origin)),
    applicationName: SITE_NAME,
    title: { template: `%s | ${SITE_NAME}`, default: SITE_NAME },
    description: SITE_DESCRIPTION,
    alternates: { types: feedAlternates(origin) },
    robots: PUBLIC_ROBOTS,
    // Browsers find the site's search here (app/opensearch.xml); `icons.other` is Next's only free-`rel` link.
    icons: { other: [{ rel: 'search', type: 'application/opensearchdescription+xml', url: routes.opensearch() }] },
  };
}

export function buildHomeMetadata(options: BuildOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  return websiteMetadata({
    title: SITE_NAME,
    // An absolute title: the home page is not "Meridian | Meridian".
    documentTitle: { absolute: `${SITE_NAME}: independent news and analysis` },
    description: SITE_DESCRIPTION,
    path: routes.home(),
    image: generatedImage(routes.ogHome(), `${SITE_NAME}: independent news and analysis`, origin),
    origin,
  });
}

export function buildSectionMetadata(section: Section, options: ListPageOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  return websiteMetadata({
    title: section.name,
    description: section.description || `${section.name} from ${SITE_NAME}.`,
    path: routes.listPage(routes.section(section.slug), options.page),
    image: generatedImage(routes.ogSection(section.slug), `${section.name} | ${SITE_NAME}`, origin),
    origin,
    section,
  });
}

export function buildTagMetadata(tag: Tag, options: ListPageOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  return websiteMetadata({
    title: tag.name,
    description: `The latest reporting and analysis about ${tag.name.toLowerCase()} from ${SITE_NAME}.`,
    path: routes.listPage(routes.tag(tag.slug), options.page),
    image: generatedImage(routes.ogTag(tag.slug), `${tag.name} | ${SITE_NAME}`, origin),
    origin,
  });
}

export function buildAuthorMetadata(author: Author, options: ListPageOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  const role = author.role ? `${author.role}, ${SITE_NAME}` : SITE_NAME;
  return websiteMetadata({
    title: author.name,
    description: author.bio || `${author.name}, ${role}.`,
    path: routes.listPage(routes.author(author.slug), options.page),
    image: generatedImage(routes.ogAuthor(author.slug), `${author.name}, ${role}`, origin),
    origin,
  });
}

export interface ArticleMetadataOptions extends BuildOptions {
  /**
   * An editor's preview of an unpublished article: allowed, but marked noindex. Without it, asking
   * for the metadata of an article the public cannot see is a bug and throws.
   */
  preview?: boolean;
}

export function buildArticleMetadata(article: Article, options: ArticleMetadataOptions = {}): Metadata {
  const origin = options.origin ?? siteUrl();
  const isPublic = isPubliclyVisible(article, options.now);
  if (!isPublic && !options.preview) throw new NotPublicError(article.slug);

  const url = absoluteUrl(routes.article(article.section.slug, article.slug), origin);
  const shareTitle = collapseWhitespace(article.social.title ?? article.headline);
  const shareDescription = description(article.social.description ?? article.standfirst);
  const image = articleShareImage(article, origin);

  return {
    title: collapseWhitespace(article.headline),
    description: description(article.standfirst),
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(routes.author(author.slug), origin) })),
    keywords: article.tags.map((tag) => tag.name),
    alternates: { canonical: url, types: feedAlternates(origin, article.section) },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      locale: ogLocale(article.language),
      url,
      title: shareTitle,
      description: shareDescription,
      images: [image],
      ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(routes.author(author.slug), origin)),
    },
    twitter: {
      card: 'summary_large_image',
      title: shareTitle,
      description: shareDescription,
      images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    },
    robots: isPublic ? PUBLIC_ROBOTS : PREVIEW_ROBOTS,
  };
}
