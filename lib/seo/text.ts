/**
 * Small text helpers shared by metadata, JSON-LD and feeds: whitespace collapsing and
 * word-boundary truncation that never splits a surrogate pair or a grapheme.
 */

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens `text` to at most `max` characters (UTF-16 units, which is what length limits such as
 * Google's 110-character headline count), cutting at a word boundary when one is near and adding
 * an ellipsis. Text already short enough is returned unchanged.
 */
export function truncate(text: string, max: number, ellipsis = '\u2026'): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= max) return clean;
  const budget = max - ellipsis.length;
  let cut = '';
  for (const { segment } of segmenter.segment(clean)) {
    if (cut.length + segment.length > budget) break;
    cut += segment;
  }
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless it would throw away more than a third of the budget.
  if (lastSpace > budget * 0.66) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:.\-\u2013\u2014]+$/u, '')}${ellipsis}`;
}
