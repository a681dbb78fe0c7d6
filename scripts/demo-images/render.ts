import sharp from 'sharp';
import type { DemoImageName } from '@/lib/db/seed/demo/images';
import { mulberry32 } from '@/lib/util/seeded-random';
import { drawPortrait } from './portraits';
import { H, Scene, W } from './scene';
import { scenes } from './scenes';
import { clamp } from './svg';

/** Rasterising: SVG scene -> seeded grain -> progressive mozjpeg JPEG, the same bytes on every run. */

const AVATAR_SIZE = 400;
const JPEG = { quality: 78, progressive: true, mozjpeg: true } as const;

/** FNV-1a: turns an image name into a stable 32-bit seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function svgDocument(s: Scene, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}"><defs>${s.defs.join('')}</defs>${body}</svg>`;
}

/**
 * Rasterises the SVG and adds luminance grain from the seeded generator (libvips' own noise
 * is not seedable, so it would change the bytes on every run). The grain is drawn in 2x2 cells:
 * it reads as print texture at full size while costing mozjpeg far fewer bytes than per-pixel noise.
 */
async function render(svg: string, width: number, height: number, seed: number, grain: number): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 })
    .resize(width, height)
    .flatten({ background: '#000000' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rand = mulberry32(seed ^ 0x9e3779b9);
  const cellsX = Math.ceil(info.width / 2);
  const cellsY = Math.ceil(info.height / 2);
  const noise = new Float32Array(cellsX * cellsY);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (rand() + rand() - 1) * grain;
  const channels = info.channels;
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const n = noise[(y >> 1) * cellsX + (x >> 1)] ?? 0;
      const i = (y * info.width + x) * channels;
      for (let c = 0; c < 3; c += 1) data[i + c] = clamp(Math.round((data[i + c] ?? 0) + n), 0, 255);
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels } }).jpeg(JPEG).toBuffer();
}

export async function renderIllustration(name: DemoImageName): Promise<Buffer> {
  const scene = scenes[name].draw;
  const seed = hashSeed(name);
  const s = new Scene(mulberry32(seed), W, H);
  const body = scene(s);
  return render(svgDocument(s, body), W, H, seed, 7);
}

export async function renderPortrait(slug: string): Promise<Buffer> {
  const seed = hashSeed(`author:${slug}`);
  const s = new Scene(mulberry32(seed), AVATAR_SIZE, AVATAR_SIZE);
  const body = drawPortrait(s, slug);
  return render(svgDocument(s, body), AVATAR_SIZE, AVATAR_SIZE, seed, 5);
}
