import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Pictures generated for the media tests and the upload benchmark: ordinary ones in each accepted
 * format, a photo carrying EXIF with a GPS position and an orientation, a photo-like JPEG of a
 * chosen size, and hostile files (a PNG header on a script, a decompression bomb). Nothing here is
 * a real photograph.
 */

export async function solidPicture(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

/** A 200 x 100 JPEG whose EXIF says "rotate 90° clockwise" and carries a GPS position and a camera make. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'Serial-0042' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();
}

/** Whether the EXIF block of a file holds a GPS directory (its pointer tag 0x8825, either byte order). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** A photo-like JPEG of about `targetBytes`: gradients plus per-pixel noise (noise defeats compression). */
export async function photoLikeJpeg(targetBytes: number, seed = 1): Promise<Buffer> {
  let width = 2400;
  for (let attempt = 0; attempt < 6; attempt++) {
    const height = Math.round((width * 2) / 3);
    const pixels = Buffer.alloc(width * height * 3);
    let state = seed >>> 0 || 1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        const noise = (state >>> 24) - 128;
        const at = (y * width + x) * 3;
        pixels[at] = Math.max(0, Math.min(255, (x * 255) / width + noise * 0.35));
        pixels[at + 1] = Math.max(0, Math.min(255, (y * 255) / height + noise * 0.35));
        pixels[at + 2] = Math.max(0, Math.min(255, 128 + 60 * Math.sin(x / 90) * Math.cos(y / 70) + noise * 0.35));
      }
    }
    const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
    const ratio = targetBytes / jpeg.length;
    if (Math.abs(ratio - 1) < 0.12) return jpeg;
    width = Math.round(width * Math.sqrt(ratio));
  }
  throw new Error(`could not make a JPEG of about ${targetBytes} bytes`);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid, small PNG that declares `side` x `side` pixels of greyscale: a few kilobytes of zeros
 * compressed, which would decode to side² bytes (30000² = 900 MB) if anything tried.
 */
export function decompressionBombPng(side = 30_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(side + 1); // filter byte + pixels, all zero
  // A few rows only: a decoder that honours the header still has to produce all of them.
  const data = deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)), { level: 9 });
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

/** A PNG signature (and name, and declared type) in front of a script. */
export function scriptDressedAsPng(): Buffer {
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('<?php system($_GET["c"]); ?><script>alert(document.cookie)</script>')]);
}

/** A real PNG with a script appended after its end (a polyglot): decodes fine, the script must not survive. */
export async function pngWithTrailingScript(): Promise<Buffer> {
  return Buffer.concat([await solidPicture('png'), Buffer.from('<script>alert(document.cookie)</script><?php echo 1; ?>')]);
}
