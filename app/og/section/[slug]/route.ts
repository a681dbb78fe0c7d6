import { connection } from 'next/server';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { sectionOgPng, pngResponse } from '@/lib/og/cached';
import { discoveryOrigin } from '@/lib/seo/responses';

/** /og/section/<slug>: the branded share card of a section page. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  const { slug } = await context.params;
  if (!SLUG_PATTERN.test(slug)) return pngResponse(null);
  return pngResponse(await sectionOgPng(slug, discoveryOrigin().host));
}
