import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/json-ld';

/**
 * Renders structured data. The only dangerouslySetInnerHTML in the app outside trusted markup:
 * its content is JSON from our own builders, escaped by serializeJsonLd so no value can close the
 * script element (a text child would be HTML-escaped by React and break the JSON).
 */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
