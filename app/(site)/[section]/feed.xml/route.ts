import { connection } from 'next/server';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { sectionFeedXml } from '@/lib/seo/discovery';
import { RSS_CONTENT_TYPE, discoveryOrigin, xmlResponse } from '@/lib/seo/responses';

/** A section's RSS feed (/science/feed.xml): its latest 50 published articles. */
export async function GET(_request: Request, context: { params: Promise<{ section: string }> }): Promise<Response> {
  await connection();
  const { section } = await context.params;
  if (!SLUG_PATTERN.test(section)) return xmlResponse(null);
  return xmlResponse(await sectionFeedXml(section, discoveryOrigin().origin), RSS_CONTENT_TYPE);
}
