import { z } from 'zod';

/**
 * Links in content may only be http(s) URLs or site-relative paths. Anything else
 * (javascript:, data:, vbscript:, protocol-relative //host) is rejected, because body
 * content ends up in href attributes that readers click.
 */
export function isSafeHref(value: string): boolean {
  if (value.length === 0 || value.length > 2048) return false;
  // Control characters and whitespace can hide a scheme from naive checks ("java\tscript:").
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  if (value.startsWith('#')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const safeHrefSchema = z.string().refine(isSafeHref, {
  message: 'Links must be http(s) URLs or site-relative paths',
});

/** Image sources are site-relative paths (under public/) or https URLs. */
export function isSafeImageSrc(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/[\u0000-\u0020]/.test(value);
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export const imageSrcSchema = z.string().max(2048).refine(isSafeImageSrc, {
  message: 'Image sources must be site-relative paths or https URLs',
});
