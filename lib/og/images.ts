import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import sharp from 'sharp';

/**
 * Pictures for OG cards come from public/ only, as data URLs: a remote (https) hero is never
 * fetched while rendering, and the card falls back to its designed background instead.
 * Images are resized to exactly the box they fill, which keeps satori's work and the PNG small.
 */

const PUBLIC_DIR = resolve(process.cwd(), 'public');

/** The file under public/ a site-relative src names, or null if it escapes public/ or is remote. */
export function publicFilePath(src: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(src.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = resolve(join(PUBLIC_DIR, pathname));
  return file.startsWith(PUBLIC_DIR + sep) ? file : null;
}

/** A JPEG data URL of the image cropped to cover width x height, or null when it is not available. */
export async function publicImageDataUrl(src: string, width: number, height: number, options: { circle?: boolean } = {}): Promise<string | null> {
  const file = publicFilePath(src);
  if (!file) return null;
  let input: Buffer;
  try {
    // Scoped to public/ by publicFilePath(); the hint stops Turbopack tracing the whole project.
    input = await readFile(/*turbopackIgnore: true*/ file);
  } catch {
    return null;
  }
  try {
    const pipeline = sharp(input).resize(width, height, { fit: 'cover', position: 'attention' });
    const output = options.circle
      ? await pipeline.png().toBuffer()
      : await pipeline.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    return `data:image/${options.circle ? 'png' : 'jpeg'};base64,${output.toString('base64')}`;
  } catch {
    // A corrupt or unsupported file: the designed background is better than a failed card.
    return null;
  }
}

/** A PNG buffer as a data URL (for the Pango-set RTL text blocks). */
export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
