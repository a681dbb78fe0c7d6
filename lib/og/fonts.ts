import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { woffCodePoints } from './woff';

/**
 * The fonts every OG card is drawn with, read once at module scope from @fontsource packages
 * (WOFF: satori cannot read WOFF2). Each file gets its own family name: satori picks fonts per
 * grapheme by name and falls back through all loaded fonts in registration order, and a glyph
 * that no font has makes it download one from the internet, which we never allow:
 * see glyph-coverage.ts, which uses the code point sets loaded here.
 *
 * Not included on purpose: Noto Sans/Naskh Arabic and Amiri crash satori (GSUB lookup type 5,
 * format 3). Arabic is laid out by Pango instead (rtl-text.ts), with IBM Plex Sans Arabic.
 */

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 500 | 600 | 700;
  style: 'normal';
}

const FONTSOURCE = join(process.cwd(), 'node_modules', '@fontsource');

function fontsource(pkg: string, file: string): Buffer {
  return readFileSync(join(FONTSOURCE, pkg, 'files', file));
}

export const FAMILY = {
  serif: 'Meridian Serif',
  serifExt: 'Meridian Serif Ext',
  serifCyrillic: 'Meridian Serif Cyrillic',
  serifGreek: 'Meridian Serif Greek',
  serifVietnamese: 'Meridian Serif Vietnamese',
  sans: 'Meridian Sans',
  sansExt: 'Meridian Sans Ext',
  sansBold: 'Meridian Sans Bold',
  arabic: 'Meridian Arabic',
  emoji: 'Meridian Emoji',
} as const;
export type FamilyName = (typeof FAMILY)[keyof typeof FAMILY];

/** Registration order is satori's fallback order; the emoji font is the only one with astral code points. */
export const OG_FONTS: readonly OgFont[] = [
  { name: FAMILY.serif, data: fontsource('source-serif-4', 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.serifExt, data: fontsource('source-serif-4', 'source-serif-4-latin-ext-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.serifCyrillic, data: fontsource('source-serif-4', 'source-serif-4-cyrillic-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.serifGreek, data: fontsource('source-serif-4', 'source-serif-4-greek-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.serifVietnamese, data: fontsource('source-serif-4', 'source-serif-4-vietnamese-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.sans, data: fontsource('inter', 'inter-latin-500-normal.woff'), weight: 500, style: 'normal' },
  { name: FAMILY.sansExt, data: fontsource('inter', 'inter-latin-ext-500-normal.woff'), weight: 500, style: 'normal' },
  { name: FAMILY.sansBold, data: fontsource('inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
  { name: FAMILY.arabic, data: fontsource('ibm-plex-sans-arabic', 'ibm-plex-sans-arabic-arabic-600-normal.woff'), weight: 600, style: 'normal' },
  { name: FAMILY.emoji, data: fontsource('noto-emoji', 'noto-emoji-emoji-400-normal.woff'), weight: 400, style: 'normal' },
];

/** Code points each family maps to a glyph, parsed from the same bytes satori receives. */
export const FONT_COVERAGE: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  OG_FONTS.map((font) => [font.name, woffCodePoints(font.data)]),
);

/** Family stacks used by the cards, as lists (for coverage checks) and CSS strings (for satori). */
export const STACKS = {
  headline: [FAMILY.serif, FAMILY.serifExt, FAMILY.serifCyrillic, FAMILY.serifGreek, FAMILY.serifVietnamese, FAMILY.emoji],
  label: [FAMILY.sans, FAMILY.sansExt, FAMILY.emoji],
  labelBold: [FAMILY.sansBold, FAMILY.sans, FAMILY.sansExt, FAMILY.emoji],
} as const satisfies Record<string, readonly FamilyName[]>;
export type StackName = keyof typeof STACKS;

export function cssFontFamily(stack: StackName): string {
  return STACKS[stack].map((name) => `'${name}'`).join(', ');
}

/** Files the Pango renderer (rtl-text.ts) registers with fontconfig; family names are the fonts' own. */
export const PANGO_FONT_FILES = {
  arabicSemiBold: join(FONTSOURCE, 'ibm-plex-sans-arabic', 'files', 'ibm-plex-sans-arabic-arabic-600-normal.woff'),
  arabicLatinSemiBold: join(FONTSOURCE, 'ibm-plex-sans-arabic', 'files', 'ibm-plex-sans-arabic-latin-600-normal.woff'),
  arabicRegular: join(FONTSOURCE, 'ibm-plex-sans-arabic', 'files', 'ibm-plex-sans-arabic-arabic-400-normal.woff'),
  arabicLatinRegular: join(FONTSOURCE, 'ibm-plex-sans-arabic', 'files', 'ibm-plex-sans-arabic-latin-400-normal.woff'),
  emoji: join(FONTSOURCE, 'noto-emoji', 'files', 'noto-emoji-emoji-400-normal.woff'),
} as const;
