import { randomBytes } from 'node:crypto';

/**
 * Keys of uploaded pictures, and the one place their public address is spelled. A key is 128
 * random bits in hex plus the stored type's extension: unguessable, and safe as a file name and a
 * URL segment by construction, so anything else a client sends as a key is simply unknown.
 */

export const MEDIA_EXTENSIONS = ['jpg', 'png', 'webp', 'avif'] as const;
export type MediaExtension = (typeof MEDIA_EXTENSIONS)[number];

const KEY = /^[0-9a-f]{32}\.(?:jpg|png|webp|avif)$/;
/** The public path prefix of uploaded pictures (next.config.js lists it for next/image). */
export const MEDIA_PATH_PREFIX = '/media/';

export function newMediaKey(extension: MediaExtension): string {
  return `${randomBytes(16).toString('hex')}.${extension}`;
}

export function isMediaKey(value: string): boolean {
  return KEY.test(value);
}

/** The address a picture is served at (app/media/[key]/route.ts). */
export function mediaPath(key: string): string {
  return `${MEDIA_PATH_PREFIX}${key}`;
}

/** The key of an uploaded picture's address (`/media/<key>`), or null for any other source. */
export function mediaKeyOf(src: string): string | null {
  if (!src.startsWith(MEDIA_PATH_PREFIX)) return null;
  const key = src.slice(MEDIA_PATH_PREFIX.length);
  return isMediaKey(key) ? key : null;
}
