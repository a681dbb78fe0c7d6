/**
 * XML text escaping for feeds and sitemaps. Characters XML 1.0 forbids (most C0 controls, lone
 * surrogates, U+FFFE/FFFF) are removed: one stray control character in a headline would otherwise
 * make the whole feed unparseable for every reader.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `<name>escaped text</name>`, or nothing when the value is absent. */
export function element(name: string, text: string | undefined | null, attributes: Record<string, string> = {}): string {
  if (text === undefined || text === null) return '';
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
