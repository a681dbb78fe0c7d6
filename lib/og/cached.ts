import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { LIFETIME } from '@/lib/cache/cache-lifetimes.mjs';
import { cacheTags } from '@/lib/content/cache-tags';
import { getAuthorPage, getPublishedArticleCached, getSectionPage, getTagPage } from '@/lib/content/queries';
import { isPubliclyVisible } from '@/lib/seo/visibility';
import { renderArticleCard, renderAuthorCard, renderHomeCard, renderSectionCard, renderTagCard } from './render';

/**
 * Public OG images, cached on purpose: Next does not cache an image route by itself, and a render
 * costs ~100 ms of CPU. Each PNG is a 'use cache' entry tagged like the page it
 * illustrates, so publishing a new headline (which revalidates the article's tags) replaces the
 * image too. Only published articles are ever looked up here: a draft or a future scheduled
 * article yields null, and the route answers 404.
 */

/** The article's card, or null when no public article has this slug. */
export async function articleOgPng(slug: string, host: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife(LIFETIME.articleCard);
  cacheTag(cacheTags.articleSlug(slug));
  const article = await getPublishedArticleCached(slug);
  if (!article || !isPubliclyVisible(article)) return null;
  cacheTag(cacheTags.article(article.id));
  return new Uint8Array(await renderArticleCard(article, { host }));
}

export async function sectionOgPng(slug: string, host: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife(LIFETIME.listingCard);
  cacheTag(cacheTags.taxonomy, cacheTags.section(slug));
  const data = await getSectionPage(slug, 1);
  return data ? new Uint8Array(await renderSectionCard(data.section, { host })) : null;
}

export async function tagOgPng(slug: string, host: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife(LIFETIME.listingCard);
  cacheTag(cacheTags.taxonomy, cacheTags.tag(slug));
  const data = await getTagPage(slug, 1);
  return data ? new Uint8Array(await renderTagCard(data.tag, { host })) : null;
}

export async function authorOgPng(slug: string, host: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife(LIFETIME.listingCard);
  cacheTag(cacheTags.taxonomy, cacheTags.author(slug));
  const data = await getAuthorPage(slug, 1);
  return data ? new Uint8Array(await renderAuthorCard(data.author, { host })) : null;
}

export async function homeOgPng(host: string): Promise<Uint8Array> {
  'use cache';
  cacheLife(LIFETIME.homeCard);
  cacheTag(cacheTags.home);
  return new Uint8Array(await renderHomeCard({ host }));
}

/**
 * Shared caches may keep an image for an hour; the URL of an article card carries a version, so a
 * new headline gets a new URL anyway, and an unpublished story's card disappears within the hour.
 */
export const OG_CACHE_CONTROL = 'public, max-age=600, s-maxage=3600, stale-while-revalidate=600';

export function pngResponse(png: Uint8Array | null): Response {
  if (!png) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  }
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength), 'Cache-Control': OG_CACHE_CONTROL },
  });
}
