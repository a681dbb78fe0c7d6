import 'server-only';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import type { MediaExtension } from './media-key';

/**
 * Turns an uploaded file into the picture we store: only JPEG, PNG, WebP and AVIF, recognised by
 * their first bytes and then decoded in full by sharp (a name or a declared type proves nothing),
 * turned upright by its EXIF orientation, and encoded again in the same format. Re-encoding writes
 * only pixels: EXIF (GPS position, camera serial), XMP, IPTC and comments are left behind, as is
 * anything hidden after the image data (a script appended to a PNG).
 */

/** The largest file accepted (10 MiB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a few kilobytes can declare billions of pixels; past this sharp refuses to decode. */
export const MAX_INPUT_PIXELS = 60_000_000;
/** The content schema's bound on a picture's width and height; larger pictures are scaled down to it. */
const MAX_SIDE = 10_000;

type Kind = 'jpeg' | 'png' | 'webp' | 'avif';

export interface ProcessedImage {
  data: Uint8Array;
  mime: string;
  extension: MediaExtension;
  width: number;
  height: number;
}

export type Refusal = { status: 400 | 413 | 415 | 422; message: string };
export type ProcessResult = { ok: true; image: ProcessedImage } | { ok: false; refusal: Refusal };

const TYPES: Record<Kind, { mime: string; extension: MediaExtension; sharpFormat: string }> = {
  jpeg: { mime: 'image/jpeg', extension: 'jpg', sharpFormat: 'jpeg' },
  png: { mime: 'image/png', extension: 'png', sharpFormat: 'png' },
  webp: { mime: 'image/webp', extension: 'webp', sharpFormat: 'webp' },
  avif: { mime: 'image/avif', extension: 'avif', sharpFormat: 'heif' },
};

export const NOT_A_PICTURE = 'This file is not a picture Meridian can use. Upload a JPEG, PNG, WebP or AVIF photo or graphic.';
const BROKEN = 'This picture is damaged or incomplete and cannot be opened. Export it again from your photo app and upload the new file.';

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** What the file's own first bytes say it is (ISO-BMFF brands for AVIF; HEIC and others are not AVIF). */
export function sniffKind(bytes: Uint8Array): Kind | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = Math.min(Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0), bytes.length, 256);
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return null;
}

function encoder(pipeline: Sharp, kind: Kind): Sharp {
  switch (kind) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 86, progressive: true });
    case 'png':
      return pipeline.png({ compressionLevel: 6 });
    case 'webp':
      return pipeline.webp({ quality: 86 });
    case 'avif':
      // Effort 2 of 9: AVIF encoding is slow, and next/image encodes its own variants anyway.
      return pipeline.avif({ quality: 62, effort: 2 });
  }
}

const megapixels = (pixels: number) => Math.round(pixels / 1_000_000);

export async function processImage(input: Uint8Array): Promise<ProcessResult> {
  if (input.length === 0) return { ok: false, refusal: { status: 400, message: 'The file is empty. Choose the picture again.' } };
  if (input.length > MAX_UPLOAD_BYTES) return { ok: false, refusal: { status: 413, message: 'The picture is larger than 10 MB. Export it smaller (a long side of 3000 pixels is plenty) and try again.' } };
  const kind = sniffKind(input);
  if (!kind) return { ok: false, refusal: { status: 415, message: NOT_A_PICTURE } };
  const options: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' };
  let metadata: Metadata;
  try {
    // Header only (nothing is decoded), without the pixel limit, so a bomb is named as one below.
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, refusal: { status: 400, message: BROKEN } };
  }
  // The header and the decoder must agree (an AVIF brand on HEVC data is HEIC, which we refuse).
  if (metadata.format !== TYPES[kind].sharpFormat || (kind === 'avif' && metadata.compression !== 'av1')) {
    return { ok: false, refusal: { status: 415, message: NOT_A_PICTURE } };
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > MAX_INPUT_PIXELS) {
    return {
      ok: false,
      refusal: { status: 422, message: `The picture has too many pixels (${metadata.width} × ${metadata.height}, ${megapixels(pixels)} megapixels; at most ${megapixels(MAX_INPUT_PIXELS)}). Make it smaller and try again.` },
    };
  }
  try {
    const pipeline = sharp(input, options)
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await encoder(pipeline, kind).toBuffer({ resolveWithObject: true });
    const { mime, extension } = TYPES[kind];
    return { ok: true, image: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mime, extension, width: info.width, height: info.height } };
  } catch {
    return { ok: false, refusal: { status: 400, message: BROKEN } };
  }
}
