/**
 * A rendered <head> back to what a Next app writes to get it: `metadata` and `viewport` exports for
 * the tags Next's metadata API renders, ReactDOM.preload() for image preloads, and plain hoisted
 * elements for anything else the page put there. Tags the framework adds on its own (charset,
 * default viewport, scripts, stylesheets, font hints) are left to the floor's own build.
 */
import { HTMLElement } from 'node-html-parser';
import { toFloorNode, type FloorNode } from './floor-tree';

type Json = Record<string, unknown>;

export interface FloorHead {
  /** Next's Metadata, as JSON. */
  metadata: Json;
  /** Next's Viewport (theme colours), as JSON. */
  viewport: Json;
  /** ReactDOM.preload(href, options) calls, as next/image makes for a hero. */
  preloads: { href: string; options: Json }[];
  /** Head elements no metadata field renders, rendered by the page (React 19 hoists them into <head>). */
  elements: FloorNode[];
  /** What was left to the framework, for the bench's log. */
  skipped: string[];
}

const OPEN_GRAPH: Record<string, string> = { 'og:title': 'title', 'og:description': 'description', 'og:url': 'url', 'og:site_name': 'siteName', 'og:locale': 'locale', 'og:type': 'type', 'og:determiner': 'determiner' };
const ARTICLE: Record<string, string> = { 'article:published_time': 'publishedTime', 'article:modified_time': 'modifiedTime', 'article:expiration_time': 'expirationTime', 'article:section': 'section' };
const TWITTER: Record<string, string> = { 'twitter:card': 'card', 'twitter:site': 'site', 'twitter:creator': 'creator', 'twitter:title': 'title', 'twitter:description': 'description' };
const IMAGE_FIELDS: Record<string, string> = { type: 'type', width: 'width', height: 'height', alt: 'alt', secure_url: 'secureUrl' };
const PLAIN_NAMES: Record<string, string> = { description: 'description', 'application-name': 'applicationName', keywords: 'keywords', robots: 'robots', generator: 'generator', referrer: 'referrer', creator: 'creator', publisher: 'publisher', category: 'category', classification: 'classification' };

/** og:image:width / twitter:image:alt on the last image listed (Next writes them right after their image). */
function setImageField(images: Json[], field: string, value: string): boolean {
  const image = images.at(-1);
  const key = IMAGE_FIELDS[field];
  if (!image || !key) return false;
  image[key] = key === 'width' || key === 'height' ? Number(value) : value;
  return true;
}

/** `body` is searched for the <img> a srcset preload belongs to: preload() wants its src as href. */
export function toFloorHead(head: HTMLElement, body: HTMLElement): FloorHead {
  const metadata: Json = {};
  const openGraph: Json = {};
  const ogImages: Json[] = [];
  const twitter: Json = {};
  const twitterImages: Json[] = [];
  const alternates: { canonical?: string; languages: Record<string, string>; media: Record<string, string>; types: Record<string, { url: string; title?: string }[]> } = { languages: {}, media: {}, types: {} };
  const authors: { name?: string; url?: string }[] = [];
  const themeColor: Json[] = [];
  const result: FloorHead = { metadata, viewport: {}, preloads: [], elements: [], skipped: [] };
  // Next writes each author as <link rel="author" href> then <meta name="author">.
  const addAuthor = (field: 'name' | 'url', value: string) => {
    const last = authors.at(-1);
    if (field === 'name' && last && last.name === undefined) last.name = value;
    else authors.push({ [field]: value });
  };

  for (const element of head.childNodes) {
    if (!(element instanceof HTMLElement)) continue;
    const tag = element.tagName.toLowerCase();
    const attr = (name: string) => element.getAttribute(name) ?? '';
    const key = attr('property') || attr('name');
    const content = attr('content');
    const rel = attr('rel');
    if (tag === 'title') metadata.title = { absolute: element.text };
    else if (tag === 'meta' && (element.hasAttribute('charset') || key === 'viewport' || key === 'next-size-adjust')) result.skipped.push(key || 'charset');
    else if (tag === 'meta' && key === 'theme-color') themeColor.push(element.hasAttribute('media') ? { media: attr('media'), color: content } : { color: content });
    else if (tag === 'meta' && PLAIN_NAMES[key]) metadata[PLAIN_NAMES[key]] = content;
    else if (tag === 'meta' && key === 'author') addAuthor('name', content);
    else if (tag === 'link' && rel === 'author') addAuthor('url', attr('href'));
    else if (tag === 'link' && rel === 'canonical') alternates.canonical = attr('href');
    else if (tag === 'link' && rel === 'alternate' && element.hasAttribute('hreflang')) alternates.languages[attr('hreflang')] = attr('href');
    else if (tag === 'link' && rel === 'alternate' && element.hasAttribute('media')) alternates.media[attr('media')] = attr('href');
    else if (tag === 'link' && rel === 'alternate' && element.hasAttribute('type')) {
      (alternates.types[attr('type')] ??= []).push(element.hasAttribute('title') ? { url: attr('href'), title: attr('title') } : { url: attr('href') });
    } else if (tag === 'meta' && OPEN_GRAPH[key]) openGraph[OPEN_GRAPH[key]] = content;
    else if (tag === 'meta' && ARTICLE[key]) openGraph[ARTICLE[key]] = content;
    else if (tag === 'meta' && key === 'article:author') ((openGraph.authors as string[] | undefined) ?? (openGraph.authors = [])).push(content);
    else if (tag === 'meta' && key === 'article:tag') ((openGraph.tags as string[] | undefined) ?? (openGraph.tags = [])).push(content);
    else if (tag === 'meta' && key === 'og:image') ogImages.push({ url: content });
    else if (tag === 'meta' && key.startsWith('og:image:') && setImageField(ogImages, key.slice('og:image:'.length), content)) continue;
    else if (tag === 'meta' && TWITTER[key]) twitter[TWITTER[key]] = content;
    else if (tag === 'meta' && key === 'twitter:image') twitterImages.push({ url: content });
    else if (tag === 'meta' && key.startsWith('twitter:image:') && setImageField(twitterImages, key.slice('twitter:image:'.length), content)) continue;
    else if (tag === 'link' && rel === 'preload' && attr('as') === 'image') {
      const srcSet = attr('imagesrcset');
      const img = body.querySelectorAll('img').find((candidate) => (srcSet ? candidate.getAttribute('srcset') === srcSet : candidate.getAttribute('src') === attr('href')));
      const options: Json = { as: 'image' };
      if (srcSet) options.imageSrcSet = srcSet;
      if (element.hasAttribute('imagesizes')) options.imageSizes = attr('imagesizes');
      if (element.hasAttribute('fetchpriority')) options.fetchPriority = attr('fetchpriority');
      result.preloads.push({ href: attr('href') || img?.getAttribute('src') || '', options });
    } else if (tag === 'script' || (tag === 'link' && (rel === 'stylesheet' || rel === 'preload'))) result.skipped.push(rel ? `${tag} ${rel}${attr('as') ? ` ${attr('as')}` : ''}` : tag);
    else {
      const node = toFloorNode(element);
      if (node) result.elements.push(node);
    }
  }

  if (authors.length) metadata.authors = authors;
  if (alternates.canonical || Object.values(alternates).some((group) => typeof group === 'object' && Object.keys(group).length)) {
    metadata.alternates = Object.fromEntries(Object.entries(alternates).filter(([, value]) => typeof value === 'string' || Object.keys(value).length));
  }
  if (ogImages.length) openGraph.images = ogImages;
  if (Object.keys(openGraph).length) metadata.openGraph = openGraph;
  if (twitterImages.length) twitter.images = twitterImages;
  if (Object.keys(twitter).length) metadata.twitter = twitter;
  if (themeColor.length) result.viewport.themeColor = themeColor;
  return result;
}
