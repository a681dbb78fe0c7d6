import { connection } from 'next/server';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { articleOgPng, pngResponse } from '@/lib/og/cached';
import { discoveryOrigin } from '@/lib/seo/responses';

/**
 * /og/article/<slug>/<version>: the share card of a published article (404 for anything else).
 * The version only busts social networks' caches; the image served is always the current one.
 */
export async function GET(_request: Request, context: { params: Promise<{ slug: string; version: string }> }): Promise<Response> {
  await connection();
  const { slug } = await context.params;
  if (!SLUG_PATTERN.test(slug)) return pngResponse(null);
  return pngResponse(await articleOgPng(slug, discoveryOrigin().host));
}
