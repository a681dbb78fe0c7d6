import { routes } from '@/lib/routes';
import { SITE_DESCRIPTION, SITE_ICON_PATH, SITE_NAME, absoluteUrl } from './site';
import { escapeXml, XML_DECLARATION } from './xml';

/**
 * The OpenSearch description (/opensearch.xml) that lets browsers offer the site's search from the
 * address bar. https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md
 */

export const OPENSEARCH_CONTENT_TYPE = 'application/opensearchdescription+xml; charset=utf-8';

export function openSearchXml(origin: string): string {
  const template = escapeXml(absoluteUrl(routes.searchTemplate('searchTerms'), origin));
  return [
    XML_DECLARATION,
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    // ShortName is at most 16 characters by the specification.
    `<ShortName>${escapeXml(SITE_NAME.slice(0, 16))}</ShortName>`,
    `<Description>${escapeXml(`Search ${SITE_NAME}: ${SITE_DESCRIPTION}`.slice(0, 1024))}</Description>`,
    '<InputEncoding>UTF-8</InputEncoding>',
    `<Image height="16" width="16" type="image/svg+xml">${escapeXml(absoluteUrl(SITE_ICON_PATH, origin))}</Image>`,
    `<Url type="text/html" method="get" template="${template}"/>`,
    `<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(routes.opensearch(), origin))}"/>`,
    '</OpenSearchDescription>',
  ].join('\n');
}
