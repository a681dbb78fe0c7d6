/**
 * @jest-environment node
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {
  DEMO_IMAGE_HEIGHT,
  DEMO_IMAGE_WIDTH,
  demoImageNames,
  demoImagePath,
} from '@/lib/db/seed/demo/images';
import { demoAuthors } from '@/lib/db/seed/demo/taxonomy';

/**
 * The demo articles and author pages point at committed illustrations under public/. A missing,
 * mis-sized or blank file would show readers a broken image or a grey box, so every referenced
 * file is checked here. Regenerate with `npm run demo:images`.
 */
const publicDir = path.join(process.cwd(), 'public');
const onDisk = (src: string) => path.join(publicDir, src.replace(/^\//, ''));

// A flat fill has a standard deviation of ~0; the grain alone adds a few levels. Real scenes
// sit far above this, so a value under it means the picture is effectively empty.
const MIN_STDEV = 12;
// Pages load these over the network: keep each one light.
const MAX_BYTES = 180 * 1024;

async function describeImage(file: string) {
  const image = sharp(file);
  const [meta, stats] = await Promise.all([image.metadata(), image.stats()]);
  const spread = Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev));
  return { meta, spread };
}

describe('demo illustrations', () => {
  it.each(demoImageNames)('%s exists as a 1600x900 JPEG with visible content', async (name) => {
    const file = onDisk(demoImagePath(name));
    expect(existsSync(file)).toBe(true);
    const { meta, spread } = await describeImage(file);
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([DEMO_IMAGE_WIDTH, DEMO_IMAGE_HEIGHT]);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
    expect(spread).toBeGreaterThan(MIN_STDEV);
  });

  it('are all different pictures', async () => {
    // Tiny greyscale thumbnails: two scenes rendering the same fallback would collide here.
    const thumbs = await Promise.all(
      demoImageNames.map((name) => sharp(onDisk(demoImagePath(name))).resize(16, 9).greyscale().raw().toBuffer()),
    );
    const unique = new Set(thumbs.map((t) => t.toString('base64')));
    expect(unique.size).toBe(demoImageNames.length);
  });
});

describe('author portraits', () => {
  it.each(demoAuthors.map((a) => [a.slug, a] as const))('%s has its avatar on disk at the declared size', async (_slug, author) => {
    const avatar = author.avatar;
    if (!avatar) throw new Error(`${author.slug} has no avatar`);
    const file = onDisk(avatar.src);
    expect(existsSync(file)).toBe(true);
    const { meta, spread } = await describeImage(file);
    expect([meta.width, meta.height]).toEqual([avatar.width, avatar.height]);
    expect(spread).toBeGreaterThan(MIN_STDEV);
  });
});
