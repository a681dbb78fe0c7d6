import { connection } from 'next/server';
import { sitemapPageXml } from '@/lib/seo/discovery';
import { discoveryOrigin, sitemapSplitSize, xmlResponse } from '@/lib/seo/responses';

/** /sitemaps/<n>.xml: the n-th child of the sitemap index. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  await connection();
  const match = /^([1-9][0-9]{0,5})\.xml$/.exec((await context.params).file);
  if (!match?.[1]) return xmlResponse(null);
  return xmlResponse(await sitemapPageXml(Number(match[1]), sitemapSplitSize(), discoveryOrigin().origin));
}
