import { searchTokens } from './normalise';

/**
 * The reader's query, parsed by us (never by the database's query syntax): words and "quoted
 * phrases", every one required. Anything else a query language would read as an operator (`*`,
 * `-`, `NEAR`, `OR`, parentheses, column filters, SQL) is either a separator or a plain word here,
 * and the database statements are built only from the normalised words (lib/search/match.ts).
 */

/** Longest query, in characters (code points), before it is refused with a page saying so. */
export const MAX_QUERY_LENGTH = 200;
/** Most words and phrases in one query: each adds a few index look-ups to the ranking. */
export const MAX_QUERY_TERMS = 32;

export type SearchTerm = { kind: 'word'; token: string } | { kind: 'phrase'; tokens: string[] };

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'too-many-terms'; count: number }
  | { kind: 'terms'; terms: SearchTerm[] };

function termOf(tokens: string[], quoted: boolean): SearchTerm | null {
  const [first] = tokens;
  if (first === undefined) return null;
  return quoted && tokens.length > 1 ? { kind: 'phrase', tokens } : { kind: 'word', token: first };
}

function keyOf(term: SearchTerm): string {
  return term.kind === 'word' ? term.token : `"${term.tokens.join(' ')}"`;
}

/** Parses what a reader typed; total (never throws), whatever the input. */
export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw.toWellFormed().trim();
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH) return { kind: 'too-long', length };
  const terms: SearchTerm[] = [];
  // Even pieces are outside quotes, odd ones inside; an unbalanced last quote just ends a phrase.
  text.split('"').forEach((piece, index) => {
    const tokens = searchTokens(piece);
    if (index % 2 === 1) {
      const term = termOf(tokens, true);
      if (term) terms.push(term);
      return;
    }
    for (const token of tokens) terms.push({ kind: 'word', token });
  });
  const unique = [...new Map(terms.map((term) => [keyOf(term), term])).values()];
  if (unique.length === 0) return { kind: 'empty' };
  if (unique.length > MAX_QUERY_TERMS) return { kind: 'too-many-terms', count: unique.length };
  return { kind: 'terms', terms: unique };
}

/** Every normalised word the query mentions (for highlighting). */
export function queryTokens(terms: readonly SearchTerm[]): Set<string> {
  return new Set(terms.flatMap((term) => (term.kind === 'word' ? [term.token] : term.tokens)));
}
