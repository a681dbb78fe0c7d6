import localFont from 'next/font/local';

/**
 * Fonts are served from our own origin (next/font/local: no build-time download, no third-party
 * request). Latin subsets only for the serif; the Arabic face is not preloaded, so browsers fetch it
 * only on pages that render Arabic text.
 */
const serif = localFont({
  src: [
    { path: '../../public/fonts/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../public/fonts/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-face',
  display: 'swap',
  // The metric-matched fallback is derived from a serif system font, so the swap barely moves text.
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

/**
 * The italic is its own family so it is not preloaded: only article bodies use it (emphasis,
 * block quotes; see `.article-body` in globals.css), usually below the fold, and preloading its
 * 21 KB on every page competed with the hero image for the phone's bandwidth.
 */
const serifItalic = localFont({
  src: [{ path: '../../public/fonts/source-serif-4-latin-400-italic.woff2', weight: '400', style: 'italic' }],
  variable: '--font-serif-italic-face',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

const arabic = localFont({
  src: [
    { path: '../../public/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../public/fonts/ibm-plex-sans-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-arabic-face',
  // `optional`, not `swap`: Arabic glyphs differ in width and height from any system fallback, so a
  // late swap re-wraps headlines and shifts the page (CLS 0.02 on a home page led by an Arabic
  // story). The face is used when it arrives within the first ~100 ms or is cached (every later page).
  display: 'optional',
  preload: false,
  fallback: ['Tahoma', 'sans-serif'],
});

/** The class names that define the font variables, for the root element of each document. */
export const fontVariables = `${serif.variable} ${serifItalic.variable} ${arabic.variable}`;
