import { connection } from 'next/server';
import { newsSitemapXml } from '@/lib/seo/discovery';
import { discoveryOrigin, xmlResponse } from '@/lib/seo/responses';

/** Google News sitemap: articles published in the last 48 hours. */
export async function GET(): Promise<Response> {
  await connection();
  return xmlResponse(await newsSitemapXml(discoveryOrigin().origin, new Date()));
}
