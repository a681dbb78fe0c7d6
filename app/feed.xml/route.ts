import { connection } from 'next/server';
import { siteFeedXml } from '@/lib/seo/discovery';
import { RSS_CONTENT_TYPE, discoveryOrigin, xmlResponse } from '@/lib/seo/responses';

/** The site-wide RSS feed: the latest 50 published articles. */
export async function GET(): Promise<Response> {
  // Request time, not build time: the feed is written for the running site's URL and database.
  await connection();
  return xmlResponse(await siteFeedXml(discoveryOrigin().origin), RSS_CONTENT_TYPE);
}
