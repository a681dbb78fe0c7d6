import { connection } from 'next/server';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { authorOgPng, pngResponse } from '@/lib/og/cached';
import { discoveryOrigin } from '@/lib/seo/responses';

/** /og/author/<slug>: the branded share card of a author page. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  const { slug } = await context.params;
  if (!SLUG_PATTERN.test(slug)) return pngResponse(null);
  return pngResponse(await authorOgPng(slug, discoveryOrigin().host));
}
