/**
 * Generates Meridian's original demo illustrations into public/images/demo/.
 *
 * Every picture is drawn as an SVG scene (flat, layered, editorial style; one file per picture
 * under scenes/), rasterised by sharp, given a light film grain and written as a progressive
 * mozjpeg JPEG. The scenes are built from a seeded pseudo-random generator keyed on the image
 * name, so every run produces the same bytes and the committed files only change when a scene
 * changes. The alt texts in lib/db/seed/demo/images.ts describe what each scene draws (each scene
 * file points at its own): change both together.
 *
 * Usage: npm run demo:images [-- name ...]   (no names: every illustration and author portrait)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoImageNames } from '@/lib/db/seed/demo/images';
import { demoAuthors } from '@/lib/db/seed/demo/taxonomy';
import { renderIllustration, renderPortrait } from './render';

const OUT_DIR = path.join(process.cwd(), 'public', 'images', 'demo');

async function writeImage(file: string, buffer: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, buffer);
  const rel = path.relative(process.cwd(), file);
  console.log(`wrote ${rel} (${(buffer.length / 1024).toFixed(1)} KB)`);
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const pick = (name: string) => wanted.size === 0 || wanted.has(name);
  for (const name of demoImageNames) {
    if (!pick(name)) continue;
    await writeImage(path.join(OUT_DIR, `${name}.jpg`), await renderIllustration(name));
  }
  for (const author of demoAuthors) {
    if (!pick(author.slug)) continue;
    await writeImage(path.join(OUT_DIR, 'authors', `${author.slug}.jpg`), await renderPortrait(author.slug));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
