import { connection } from 'next/server';
import { openSearchXml, OPENSEARCH_CONTENT_TYPE } from '@/lib/seo/opensearch';
import { discoveryOrigin, xmlResponse } from '@/lib/seo/responses';

/** The OpenSearch description browsers read to offer the site's search (linked from every page). */
export async function GET(): Promise<Response> {
  // Request time: written for the running site's URL (SITE_URL), not the build machine's.
  await connection();
  return xmlResponse(openSearchXml(discoveryOrigin().origin), OPENSEARCH_CONTENT_TYPE);
}
