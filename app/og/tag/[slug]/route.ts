import { connection } from 'next/server';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { tagOgPng, pngResponse } from '@/lib/og/cached';
import { discoveryOrigin } from '@/lib/seo/responses';

/** /og/tag/<slug>: the branded share card of a tag page. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  const { slug } = await context.params;
  if (!SLUG_PATTERN.test(slug)) return pngResponse(null);
  return pngResponse(await tagOgPng(slug, discoveryOrigin().host));
}
