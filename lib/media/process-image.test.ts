/**
 * @jest-environment node
 *
 * The upload processing (lib/media/process-image.ts) on generated files: what is accepted, what is
 * stored (metadata gone, orientation applied, the same format), and what is refused with which
 * status, decided by the bytes alone.
 */
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES, NOT_A_PICTURE, processImage, sniffKind } from '@/lib/media/process-image';
import { decompressionBombPng, exifHasGps, jpegWithGps, pngWithTrailingScript, scriptDressedAsPng, solidPicture } from '@/tests/helpers/pictures';

jest.mock('server-only', () => ({}));

async function processed(input: Uint8Array) {
  const result = await processImage(input);
  if (!result.ok) throw new Error(`refused: ${result.refusal.status} ${result.refusal.message}`);
  return result.image;
}

describe('processImage', () => {
  it('strips EXIF (GPS position and camera included) by re-encoding, and turns the picture upright first', async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    // The fixture really carries what must go.
    expect(before.orientation).toBe(6);
    expect(exifHasGps(before.exif)).toBe(true);
    expect(input.includes(Buffer.from('SpyCam'))).toBe(true);

    const image = await processed(input);
    const after = await sharp(Buffer.from(image.data)).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(Buffer.from(image.data).includes(Buffer.from('SpyCam'))).toBe(false);
    expect(Buffer.from(image.data).includes(Buffer.from('Exif\0\0'))).toBe(false);
    // 200 x 100 stored sideways with "rotate 90°": upright it is 100 x 200.
    expect([image.width, image.height, after.width, after.height]).toEqual([100, 200, 100, 200]);
    expect([image.mime, image.extension, after.format]).toEqual(['image/jpeg', 'jpg', 'jpeg']);
  });

  it.each([
    ['jpeg', 'image/jpeg', 'jpg', 'jpeg'],
    ['png', 'image/png', 'png', 'png'],
    ['webp', 'image/webp', 'webp', 'webp'],
    ['avif', 'image/avif', 'avif', 'heif'],
  ] as const)('accepts %s and stores it in the same format', async (format, mime, extension, decoded) => {
    const image = await processed(await solidPicture(format, 64, 48));
    expect([image.mime, image.extension, image.width, image.height]).toEqual([mime, extension, 64, 48]);
    expect((await sharp(Buffer.from(image.data)).metadata()).format).toBe(decoded);
  });

  it('drops whatever follows the image data (a script appended to a real PNG)', async () => {
    const image = await processed(await pngWithTrailingScript());
    expect(Buffer.from(image.data).includes(Buffer.from('<script>'))).toBe(false);
    expect(Buffer.from(image.data).includes(Buffer.from('<?php'))).toBe(false);
  });

  it('refuses other formats and non-pictures by their bytes with 415', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'white' } }).tiff().toBuffer();
    for (const input of [await solidPicture('gif'), svg, tiff, Buffer.from('just some text'), Buffer.from('%PDF-1.7\n')]) {
      const result = await processImage(input);
      expect(result).toEqual({ ok: false, refusal: { status: 415, message: NOT_A_PICTURE } });
    }
  });

  it('refuses a PNG signature in front of a script as a damaged picture (400)', async () => {
    const result = await processImage(scriptDressedAsPng());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.status).toBe(400);
  });

  it('refuses a truncated picture (400) and an empty file (400)', async () => {
    const whole = await solidPicture('jpeg', 300, 200);
    for (const input of [whole.subarray(0, Math.floor(whole.length / 2)), Buffer.alloc(0)]) {
      const result = await processImage(input);
      expect(result.ok ? 0 : result.refusal.status).toBe(400);
    }
  });

  it('refuses a decompression bomb (30000 x 30000 declared in a few KB) with 422, without decoding it', async () => {
    const bomb = decompressionBombPng(30_000);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const started = performance.now();
    const result = await processImage(bomb);
    expect(result.ok ? 0 : result.refusal.status).toBe(422);
    if (!result.ok) expect(result.refusal.message).toMatch(/30000 × 30000, 900 megapixels/);
    // Decoding 900 megapixels would take seconds and a gigabyte; the header alone takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses more than 10 MB with 413 before decoding', async () => {
    const result = await processImage(new Uint8Array(MAX_UPLOAD_BYTES + 1));
    expect(result.ok ? 0 : result.refusal.status).toBe(413);
  });

  it('tells AVIF from other ISO-BMFF files by its brand', () => {
    const box = (major: string, ...compatible: string[]) => {
      const brands = Buffer.from([major, '\0\0\0\0', ...compatible].join(''), 'latin1');
      const size = Buffer.alloc(4);
      size.writeUInt32BE(8 + brands.length);
      return Buffer.concat([size, Buffer.from('ftyp', 'latin1'), brands]);
    };
    expect(sniffKind(box('avif', 'mif1'))).toBe('avif');
    expect(sniffKind(box('mif1', 'mif1', 'avif'))).toBe('avif');
    expect(sniffKind(box('heic', 'mif1', 'heic'))).toBeNull();
    expect(sniffKind(box('isom', 'mp41'))).toBeNull();
  });
});
