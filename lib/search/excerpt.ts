import { searchTokens } from './normalise';

/**
 * Highlighting, on the server, of the words a query matched. The result is a list of plain-text
 * pieces, each marked or not: the component renders them as text and `<mark>` elements, so nothing
 * from an article or a query is ever inserted as HTML.
 */

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** A word as readers see it: letters and digits with their marks, tatweel and joiners. */
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}\u0640]+/gu;

interface Word {
  start: number;
  end: number;
  hit: boolean;
}

function wordsOf(text: string, tokens: ReadonlySet<string>): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hit: searchTokens(match[0]).some((token) => tokens.has(token)),
  }));
}

function piecesOf(text: string, words: readonly Word[], from: number, to: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = pieces.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else pieces.push({ text: piece, mark });
  };
  let at = from;
  for (const word of words) {
    if (word.end <= from || word.start >= to || !word.hit) continue;
    push(text.slice(at, word.start), false);
    push(text.slice(word.start, word.end), true);
    at = word.end;
  }
  push(text.slice(at, to), false);
  return pieces;
}

/** `text` whole, with the query's words marked. */
export function highlight(text: string, tokens: ReadonlySet<string>): TextPiece[] {
  return piecesOf(text, wordsOf(text, tokens), 0, text.length);
}

/** Characters of context kept before the first match. */
const LEAD = 60;

/**
 * A short passage of `text` around its first matching word (or its opening, when only another
 * field matched), cut at word boundaries, with an ellipsis where text was left out.
 */
export function excerpt(text: string, tokens: ReadonlySet<string>, maxLength = 220): TextPiece[] {
  const words = wordsOf(text, tokens);
  if (words.length === 0) return [];
  const first = words.find((word) => word.hit) ?? words[0]!;
  const startWord = words.find((word) => word.start >= first.start - LEAD && word.start <= first.start) ?? first;
  // From the very start when the passage begins with the text's first word (keeping any opening punctuation).
  const from = startWord === words[0] ? 0 : startWord.start;
  let to = from;
  for (const word of words) {
    if (word.start < from) continue;
    if (word.end - from > maxLength && to > from) break;
    to = word.end;
  }
  const pieces = piecesOf(text, words, from, to);
  if (from > 0) pieces.unshift({ text: '\u2026', mark: false });
  if (to < text.trimEnd().length) pieces.push({ text: '\u2026', mark: false });
  return pieces;
}
