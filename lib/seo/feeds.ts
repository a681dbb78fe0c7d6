import type { ArticleSummary, TagRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, siteUrl } from './site';
import { collapseWhitespace } from './text';
import { isPubliclyVisible } from './visibility';
import { XML_DECLARATION, element, escapeXml } from './xml';

/** RSS 2.0 (https://www.rssboard.org/rss-specification) for the site and for each section. */

export const FEED_ITEM_LIMIT = 50;

export type FeedArticle = ArticleSummary & { tags?: TagRef[] };

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the HTML page the feed mirrors, e.g. `/` or `/science`. */
  pagePath: string;
  /** Site path of the feed itself (for atom:link rel=self). */
  feedPath: string;
  language?: string;
}

export interface FeedOptions {
  origin?: string;
  now?: Date;
  limit?: number;
}

/** RFC 822 dates, as RSS requires ("Thu, 26 Nov 2026 13:00:00 GMT"). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** RSS <author> must be an e-mail address; the usual form names the people after it. */
function authorField(article: FeedArticle, host: string): string | undefined {
  if (article.authors.length === 0) return undefined;
  return `newsroom@${host} (${article.authors.map((a) => a.name).join(', ')})`;
}

function itemXml(article: FeedArticle, origin: string, host: string): string {
  const link = absoluteUrl(routes.article(article.section.slug, article.slug), origin);
  const categories = [article.section.name, ...(article.tags ?? []).map((tag) => tag.name)];
  return [
    '<item>',
    element('title', collapseWhitespace(article.headline)),
    element('link', link),
    // The id never changes, unlike the URL (a section move or a slug fix), so readers never see a repeat.
    element('guid', `${absoluteUrl(routes.home(), origin)}#article-${article.id}`, { isPermaLink: 'false' }),
    element('pubDate', rfc822(article.publishedAt ?? article.updatedAt)),
    element('description', collapseWhitespace(article.standfirst)),
    element('author', authorField(article, host)),
    ...article.authors.map((author) => element('dc:creator', author.name)),
    ...categories.map((category) => element('category', category)),
    `<media:content url="${escapeXml(absoluteUrl(article.hero.src, origin))}" medium="image" width="${article.hero.width}" height="${article.hero.height}">${element('media:description', article.hero.alt)}</media:content>`,
    '</item>',
  ].join('');
}

/**
 * The feed XML: the latest public articles first. Unpublished and future articles are dropped
 * here as well as in the query, so a feed can never announce a draft.
 */
export function buildRssFeed(channel: FeedChannel, articles: FeedArticle[], options: FeedOptions = {}): string {
  const origin = options.origin ?? siteUrl();
  const now = options.now ?? new Date();
  const host = new URL(origin).hostname;
  const items = articles
    .filter((article) => isPubliclyVisible(article, now))
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))
    .slice(0, options.limit ?? FEED_ITEM_LIMIT);
  const lastBuild = items.reduce<string | null>(
    (latest, item) => (latest === null || item.updatedAt > latest ? item.updatedAt : latest),
    null,
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', channel.title),
    element('link', absoluteUrl(channel.pagePath, origin)),
    element('description', channel.description),
    element('language', channel.language ?? 'en-gb'),
    element('generator', SITE_NAME),
    lastBuild ? element('lastBuildDate', rfc822(lastBuild)) : '',
    `<atom:link href="${escapeXml(absoluteUrl(channel.feedPath, origin))}" rel="self" type="application/rss+xml"/>`,
    '<ttl>15</ttl>',
    ...items.map((item) => itemXml(item, origin, host)),
    '</channel>',
    '</rss>',
  ].join('\n');
}

export function siteFeedChannel(): FeedChannel {
  return { title: SITE_NAME, description: SITE_DESCRIPTION, pagePath: routes.home(), feedPath: routes.feed() };
}

export function sectionFeedChannel(section: { slug: string; name: string; description: string }): FeedChannel {
  return {
    title: `${section.name} | ${SITE_NAME}`,
    description: section.description || `${section.name} from ${SITE_NAME}.`,
    pagePath: routes.section(section.slug),
    feedPath: routes.sectionFeed(section.slug),
  };
}
