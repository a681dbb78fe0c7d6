import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import { serialiseBody } from '@/lib/editorial/draft-text';
import { isMediaKey, mediaPath, newMediaKey } from './media-key';
import { processImage, type Refusal } from './process-image';
import { findMedia, insertMedia } from './repository';
import type { Storage } from './storage';

/**
 * One upload, all or nothing: the picture is checked and re-encoded, stored under a new random
 * key, then its row written. If the row cannot be written the file is removed again, so a refused
 * or failed upload leaves no file and no row (a crash between the two leaves only a file no row
 * names, which is never served).
 */

export interface UploadInput {
  bytes: Uint8Array;
  /** The description, already checked (upload-fields.ts). */
  alt: string;
  editorId: string;
  now?: Date;
}

export interface UploadedPicture {
  key: string;
  src: string;
  width: number;
  height: number;
  alt: string;
  /** The body text line that shows this picture, exactly as the draft syntax wants it. */
  text: string;
}

export type UploadResult = { ok: true; picture: UploadedPicture } | { ok: false; refusal: Refusal };

export async function uploadPicture(db: Kysely<Database>, storage: Storage, input: UploadInput): Promise<UploadResult> {
  const processed = await processImage(input.bytes);
  if (!processed.ok) return processed;
  const { data, mime, extension, width, height } = processed.image;
  const key = newMediaKey(extension);
  await storage.put(key, data);
  try {
    await insertMedia(db, { key, mime, width, height, bytes: data.byteLength, alt: input.alt, uploaded_by: input.editorId, created_at: (input.now ?? new Date()).toISOString() });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  return { ok: true, picture: describePicture({ key, width, height, alt: input.alt }) };
}

/** Address, size and the text to paste, for a stored picture. */
export function describePicture(row: { key: string; width: number; height: number; alt: string }): UploadedPicture {
  const src = mediaPath(row.key);
  const image = { src, alt: row.alt, width: row.width, height: row.height };
  // Its size is read from the media table when the draft is saved, so the line leaves it out.
  return { key: row.key, src, width: row.width, height: row.height, alt: row.alt, text: serialiseBody([{ type: 'image', image }], { sizeIsImplied: () => true }) };
}

/** The picture a plain upload came back with (`?picture=<key>` on the edit page), or null. */
export async function uploadedPictureOf(db: Kysely<Database>, value: string | string[] | undefined): Promise<UploadedPicture | null> {
  const key = Array.isArray(value) ? value[0] : value;
  if (!key || !isMediaKey(key)) return null;
  const row = await findMedia(db, key);
  return row ? describePicture({ key: row.key, width: Number(row.width), height: Number(row.height), alt: row.alt ?? '' }) : null;
}
