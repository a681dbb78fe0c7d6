import type { Block, Inline } from '@/lib/content/schema';
import { collapseWhitespace } from '@/lib/seo/text';
import { SEARCH_FIELDS, type SearchFieldName } from './fields';
import { searchTokens } from './normalise';

/**
 * What the index holds for one article: each field's normalised words (the same list goes to FTS5
 * and to the tsvector, so the two match alike) and the body as plain text for excerpts.
 */

export interface SearchSource {
  headline: string;
  standfirst: string;
  body: readonly Block[];
  /** Author and tag names. */
  names: readonly string[];
}

export interface SearchDocument {
  fields: Record<SearchFieldName, string[]>;
  /** The body's text as readers see it (not normalised), for the result's excerpt. */
  bodyText: string;
}

/** PostgreSQL keeps word positions up to 16,383; words past that are not indexed on either database. */
export const MAX_POSITIONS = 16_383;
/** Longer "words" (a pasted hash or URL run together) are not indexed, nor searched for. */
export const MAX_TOKEN_LENGTH = 64;
/** Positions kept per distinct word in a tsvector (PostgreSQL's own bound). */
export const MAX_POSITIONS_PER_WORD = 256;

const inlineText = (content: readonly Inline[]) => content.map((run) => run.text).join('');

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return block.text;
    case 'quote':
      return [block.text, block.attribution ?? ''].join(' ');
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'image':
      return block.image.caption ?? '';
    case 'embed':
      return [block.title, block.description ?? ''].join(' ');
    case 'readMore':
    case 'newsletterPromo':
      return '';
  }
}

/** The body's words in reading order, as one line of plain text. */
export function bodyPlainText(body: readonly Block[]): string {
  return collapseWhitespace(body.map(blockText).join(' '));
}

const indexable = (text: string) => searchTokens(text).filter((token) => token.length <= MAX_TOKEN_LENGTH);

export function buildSearchDocument(source: SearchSource): SearchDocument {
  const bodyText = bodyPlainText(source.body);
  const raw: Record<SearchFieldName, string[]> = {
    headline: indexable(source.headline),
    standfirst: indexable(source.standfirst),
    names: indexable(source.names.join(' ')),
    body: indexable(bodyText),
  };
  // Fields share one position space with a one-word gap between them (tsvector.ts), and PostgreSQL keeps
  // 256 positions of a word: indexing stops where either would be passed, on both databases alike.
  let position = 1;
  const seen = new Map<string, number>();
  const fields = {} as Record<SearchFieldName, string[]>;
  for (const { name } of SEARCH_FIELDS) {
    fields[name] = [];
    for (const token of raw[name]) {
      const count = (seen.get(token) ?? 0) + 1;
      if (position > MAX_POSITIONS || count > MAX_POSITIONS_PER_WORD) break;
      seen.set(token, count);
      fields[name].push(token);
      position += 1;
    }
    position += 1;
  }
  return { fields, bodyText };
}
