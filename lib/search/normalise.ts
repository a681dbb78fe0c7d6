/**
 * The one text normalisation of site search, applied to indexed text and to queries alike, so both
 * databases see the same tokens (SQLite FTS5 and PostgreSQL's tsvector are fed these, never raw text).
 *
 * - Lone surrogates (invalid UTF-16, what a broken %-escape decodes to) become U+FFFD, then a separator.
 * - Case folded, then compatibility-decomposed (NFKD: ligatures, presentation forms, full-width forms),
 *   then every combining mark dropped: Latin accents and Arabic tashkeel (harakat, shadda, sukun,
 *   superscript alef) alike. Hamza above/below and madda are marks once decomposed, so أ إ آ become ا.
 * - Arabic alef wasla and the rarer alef forms become ا; tatweel (a letter by category) is dropped.
 * - Format characters (RTL marks and embeddings, zero-width joiners, soft hyphens) are dropped, so they
 *   cannot split or hide a word; everything else that is not a letter or a digit separates words.
 */

const MARKS = /\p{M}+/gu;
const FORMAT = /[\p{Cf}\u0640]+/gu;
const ALEF_FORMS = /[\u0671\u0672\u0673\u0675]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Words of `text`, normalised: lower case, no marks, letters and digits only. */
export function searchTokens(text: string): string[] {
  const folded = text
    .toWellFormed()
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(FORMAT, '')
    .replace(ALEF_FORMS, '\u0627');
  return folded.split(SEPARATORS).filter((token) => token.length > 0);
}

/** `text` as the space-separated words the indexes store. */
export function normaliseSearchText(text: string): string {
  return searchTokens(text).join(' ');
}
