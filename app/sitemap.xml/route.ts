import { connection } from 'next/server';
import { sitemapRootXml } from '@/lib/seo/discovery';
import { discoveryOrigin, sitemapSplitSize, xmlResponse } from '@/lib/seo/responses';

/** Every public URL, or an index of numbered sitemaps once they exceed SITEMAP_SPLIT_SIZE. */
export async function GET(): Promise<Response> {
  await connection();
  return xmlResponse(await sitemapRootXml(sitemapSplitSize(), discoveryOrigin().origin));
}
