// @ts-check
/**
 * A response's Vary header with one more request header named, once (scripts/server.mjs and the
 * caches it answers from add `Accept-Encoding` when they choose gzip themselves).
 * @param {string | number | string[] | undefined} current
 * @param {string} field
 */
export function appendVary(current, field) {
  const fields = String(current ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return fields.some((part) => part.toLowerCase() === field.toLowerCase()) ? fields.join(', ') : [...fields, field].join(', ');
}
