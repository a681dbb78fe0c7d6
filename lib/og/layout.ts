/**
 * Geometry of the OG cards, shared by the renderer and by the pixel tests that check headlines
 * stay inside their box and Arabic is set right to left.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Article cards: a text panel beside the picture; mirrored for right-to-left articles. */
export const PANEL_WIDTH = 760;
export const PANEL_PADDING = 56;
export const PICTURE_WIDTH = CARD_WIDTH - PANEL_WIDTH;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function headlineBox(direction: 'ltr' | 'rtl'): Box {
  const panelX = direction === 'ltr' ? 0 : PICTURE_WIDTH;
  return { x: panelX + PANEL_PADDING, y: 150, width: PANEL_WIDTH - 2 * PANEL_PADDING, height: 330 };
}

export function pictureBox(direction: 'ltr' | 'rtl'): Box {
  return { x: direction === 'ltr' ? PANEL_WIDTH : 0, y: 0, width: PICTURE_WIDTH, height: CARD_HEIGHT };
}

export const COLOURS = {
  ink: '#0b1f33',
  panel: '#0b1f33',
  headline: '#ffffff',
  byline: '#d3dce6',
  muted: '#93a7bb',
} as const;

const SECTION_ACCENTS: Record<string, string> = {
  news: '#f26b43',
  analysis: '#3bb3a4',
  opinion: '#f2c14e',
  culture: '#d17a9a',
  science: '#5fb4ec',
};

export function accentFor(sectionSlug: string | undefined): string {
  return (sectionSlug && SECTION_ACCENTS[sectionSlug]) || '#f26b43';
}

/**
 * Headline size by length: short headlines are set big for thumbnails, long ones smaller, and the
 * line clamp is whatever fits the box at that size.
 */
export function headlineSize(length: number): { fontSize: number; lineHeight: number; lines: number } {
  const fontSize = length <= 45 ? 68 : length <= 70 ? 60 : length <= 100 ? 52 : length <= 140 ? 46 : 42;
  const lineHeight = 1.14;
  const lines = Math.floor(headlineBox('ltr').height / (fontSize * lineHeight));
  return { fontSize, lineHeight, lines };
}

/** Headlines are cut to this many characters before layout; the line clamp does the rest. */
export const HEADLINE_CHAR_BUDGET = 220;

/**
 * WhatsApp is reported to show no image in a link preview when the file is larger than about
 * 300 KB (other reports say 500-600 KB; we keep under the strictest). Other networks take far more.
 */
export const OG_IMAGE_MAX_BYTES = 300_000;
