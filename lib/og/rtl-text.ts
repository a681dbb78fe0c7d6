import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { PANGO_FONT_FILES } from './fonts';
import { woffToSfnt } from './woff';

/**
 * Right-to-left text for OG cards. Satori shapes Arabic letters but lays words out left to right
 * whatever `direction` says, so Arabic would read backwards. Pango (inside sharp/libvips, with
 * HarfBuzz and FriBiDi) implements the Unicode bidi algorithm and right alignment properly; we let
 * it set the text block as a transparent PNG and place that image on the card.
 *
 * Pango finds fonts through fontconfig, which does not load WOFF, so the @fontsource WOFF files are
 * unwrapped to TTF once per process into a temp folder. Nothing here touches the network.
 */

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** True when `text` contains right-to-left script and must be set by Pango. */
export function needsRtlLayout(text: string): boolean {
  return STRONG_RTL.test(text);
}

/** Pango family names of the fonts registered below (the names inside the font files). */
export const PANGO_FAMILY = {
  semiBold: 'IBM Plex Sans Arabic SemiBold',
  regular: 'IBM Plex Sans Arabic',
  emoji: 'Noto Emoji',
} as const;

let registered: Promise<void> | undefined;

function ttfPath(woffPath: string): string {
  const woff = readFileSync(woffPath);
  const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'meridian-og-fonts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${hash}.ttf`);
  if (!existsSync(file)) writeFileSync(file, woffToSfnt(woff));
  return file;
}

/** Registers our fonts with fontconfig (libvips adds each `fontfile` once per process). */
function registerFonts(): Promise<void> {
  registered ??= (async () => {
    for (const woffPath of Object.values(PANGO_FONT_FILES)) {
      await sharp({ text: { text: '.', fontfile: ttfPath(woffPath) } }).png().toBuffer();
    }
  })();
  return registered;
}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface RtlTextOptions {
  text: string;
  /** Maximum width of the block in pixels; lines wrap at word boundaries within it. */
  width: number;
  /** Maximum height; the largest size that fits is chosen, then words are cut with an ellipsis. */
  maxHeight: number;
  /** Candidate font sizes in pixels, largest first. */
  sizes: readonly number[];
  color: string;
  weight?: 'semiBold' | 'regular';
  /** Extra space between lines, in pixels. */
  lineGap?: number;
  /** Right for right-to-left articles; left when an LTR article's text merely contains RTL words. */
  align?: 'left' | 'right';
}

export interface RtlTextBlock {
  png: Buffer;
  width: number;
  height: number;
  fontSize: number;
  /** The text actually set (shortened with an ellipsis when even the smallest size overflowed). */
  text: string;
}

async function setText(text: string, size: number, options: RtlTextOptions): Promise<RtlTextBlock> {
  const family = PANGO_FAMILY[options.weight ?? 'semiBold'];
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.color}">${escapeMarkup(text)}</span>`,
      font: `${family}, ${PANGO_FAMILY.emoji}, ${size}px`,
      width: options.width,
      align: options.align ?? 'right',
      wrap: 'word',
      rgba: true,
      dpi: 72,
      spacing: options.lineGap ?? Math.round(size * 0.2),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height, fontSize: size, text };
}

/**
 * Sets `text` right-aligned, right to left, in a block no larger than width x maxHeight.
 * The block's own right edge is where the first word starts; place it flush right.
 */
export async function renderRtlText(options: RtlTextOptions): Promise<RtlTextBlock> {
  await registerFonts();
  const text = options.text.replace(/\s+/g, ' ').trim();
  const sizes = options.sizes.length > 0 ? options.sizes : [40];
  for (const size of sizes) {
    const block = await setText(text, size, options);
    if (block.height <= options.maxHeight && block.width <= options.width) return block;
  }
  // Even the smallest size overflows: keep as many words as fit, then an ellipsis.
  const smallest = sizes[sizes.length - 1] ?? 40;
  const words = text.split(' ');
  let low = 1;
  let high = words.length - 1;
  let best = await setText(`${words[0] ?? ''}\u2026`, smallest, options);
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = await setText(`${words.slice(0, middle).join(' ')}\u2026`, smallest, options);
    if (candidate.height <= options.maxHeight) {
      best = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
