import 'server-only';
import path from 'node:path';
import sharp from 'sharp';

/**
 * The pixel size of a picture this site serves from public/ (e.g. /images/demo/x.jpg), read from
 * the file by decoding its header, so editors need not type it. Anything outside public/, missing
 * or not an image gives undefined. Sizes are remembered: files under public/ do not change while
 * the server runs.
 */

const PUBLIC_DIR = path.join(process.cwd(), 'public');
const remembered = new Map<string, { width: number; height: number } | undefined>();
const MAX_REMEMBERED = 500;

function fileFor(src: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://local').pathname);
  } catch {
    return null;
  }
  const file = path.resolve(PUBLIC_DIR, `.${pathname}`);
  return file.startsWith(PUBLIC_DIR + path.sep) ? file : null;
}

export async function localImageSize(src: string): Promise<{ width: number; height: number } | undefined> {
  if (remembered.has(src)) return remembered.get(src);
  const file = fileFor(src);
  let size: { width: number; height: number } | undefined;
  if (file) {
    try {
      const { width, height } = await sharp(file).metadata();
      size = width && height ? { width, height } : undefined;
    } catch {
      size = undefined;
    }
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(src, size);
  return size;
}
