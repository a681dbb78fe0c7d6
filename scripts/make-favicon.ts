/**
 * Writes public/favicon.ico from app/icon.svg: `npx tsx scripts/make-favicon.ts`. Browsers, feed readers and
 * crawlers ask for /favicon.ico whatever the page's icon links say; without it every first visit logs a 404
 * in the reader's console. A file in public/, not app/: Next would add an icon link to every page's head and payload
 * for what browsers fetch anyway. The file holds the icon at 16, 32 and 48 px as PNG images (ICO allows PNG
 * entries since Windows Vista; every current browser reads them). Re-run it when app/icon.svg changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { icoFile } from './favicon/ico';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48];

async function main() {
  const svg = fs.readFileSync(path.join(ROOT, 'app/icon.svg'));
  const images = await Promise.all(SIZES.map(async (size) => ({ size, png: await sharp(svg, { density: 72 * (size / 32) * 4 }).resize(size, size).png().toBuffer() })));
  fs.writeFileSync(path.join(ROOT, 'public/favicon.ico'), icoFile(images));
  console.log(`public/favicon.ico: ${SIZES.join(', ')} px`);
}

void main();
