import { FONT_COVERAGE, OG_FONTS, STACKS, type StackName } from './fonts';

/**
 * Makes text drawable with our fonts alone, so satori never goes to the network.
 *
 * Satori checks each grapheme against the font it would pick (the first font in the element's
 * font-family list, then every loaded font in order, that maps the grapheme's first code point),
 * and requires that font to map every code point of the grapheme. Any grapheme that fails is sent
 * to `loadAdditionalAsset`, which in @vercel/og downloads fonts from Google or emoji from a CDN.
 * We run the same check first and replace what would fail: a common symbol becomes a look-alike
 * we have (→ becomes ➡), an emoji sequence our font lacks is reduced to its base emoji, accented
 * letters fall back to their base letters, and anything else is dropped.
 */

const REGISTRATION_ORDER = OG_FONTS.map((font) => font.name);

/** Symbols headlines use that our fonts lack, with the closest glyph we do have. */
const LOOKALIKES: Record<string, string> = {
  '\u2192': '\u27a1', // → to ➡
  '\u2190': '\u2b05', // ← to ⬅
  '\u21d2': '\u27a1', // ⇒
  '\u2713': '\u2714', // ✓ to ✔
  '\u2717': '\u2716', // ✗ to ✖
  '\u2718': '\u2716',
  '\u2605': '\u2b50', // ★ to ⭐
  '\u2606': '\u2b50',
  '\u2260': '=/', // ≠
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2011': '-',
};

/** Code points that modify an emoji; dropping them leaves the base emoji. */
const EMOJI_MODIFIERS = /[\ufe0e\ufe0f\u200d\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u20e3]/gu;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) ?? 0);
}

function fallbackOrder(stack: readonly string[]): string[] {
  return [...stack, ...REGISTRATION_ORDER];
}

/** True when satori would draw `grapheme` from a loaded font without asking for another. */
export function isDrawable(grapheme: string, order: readonly string[]): boolean {
  const points = codePoints(grapheme);
  const first = points[0];
  if (first === undefined) return true;
  const font = order.find((name) => FONT_COVERAGE.get(name)?.has(first));
  if (!font) return false;
  const coverage = FONT_COVERAGE.get(font);
  return points.every((point) => coverage?.has(point));
}

function replacement(grapheme: string, order: readonly string[]): string {
  const lookalike = LOOKALIKES[grapheme];
  if (lookalike && Array.from(lookalike).every((char) => isDrawable(char, order))) return lookalike;
  const baseEmoji = grapheme.replace(EMOJI_MODIFIERS, '');
  if (baseEmoji && baseEmoji !== grapheme) {
    // A ZWJ sequence reduces to several emoji; keep the first one only.
    const first = Array.from(baseEmoji)[0] ?? '';
    if (first && isDrawable(first, order)) return first;
  }
  const base = grapheme.normalize('NFKD').replace(/\p{M}/gu, '');
  if (base && base !== grapheme && Array.from(base).every((char) => isDrawable(char, order))) return base;
  return '';
}

/**
 * Satori does not apply the font's ligatures for emoji sequences: a skin tone or a ZWJ family
 * would come out as separate glyphs (a swatch after a thumbs-up). Our emoji font is monochrome
 * anyway, so such sequences are drawn as their first emoji. Flags (two regional indicators) and
 * keycaps are left alone: they read acceptably as letters or digits.
 */
function simplifyEmojiSequence(grapheme: string): string {
  if (!/[\u200d\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u.test(grapheme)) return grapheme;
  return Array.from(grapheme.replace(EMOJI_MODIFIERS, ''))[0] ?? '';
}

/** `text` with every grapheme satori could not draw from our fonts replaced or removed. */
export function drawableText(text: string, stack: StackName): string {
  const order = fallbackOrder(STACKS[stack]);
  let out = '';
  for (const { segment: raw } of segmenter.segment(text.replace(/\s+/g, ' '))) {
    const segment = simplifyEmojiSequence(raw);
    out += segment === ' ' || isDrawable(segment, order) ? segment : replacement(segment, order);
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Graphemes of `text` that `drawableText` would change (for tests and logs). */
export function undrawableGraphemes(text: string, stack: StackName): string[] {
  const order = fallbackOrder(STACKS[stack]);
  return Array.from(segmenter.segment(text), (s) => s.segment).filter(
    (segment) => !/^\s$/.test(segment) && !isDrawable(segment, order),
  );
}
