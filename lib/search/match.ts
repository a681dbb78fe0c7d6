import type { SearchField } from './fields';
import type { SearchTerm } from './query';

/**
 * Query strings for the two engines, built only from normalised words (letters and digits; see
 * normalise.ts), each one quoted: no reader input is ever read as FTS5 or tsquery syntax. They are
 * still passed as bound parameters, never spliced into SQL.
 */

function tokensOf(term: SearchTerm): string[] {
  return term.kind === 'word' ? [term.token] : term.tokens;
}

/** An FTS5 string (double quotes doubled inside, though normalised words never hold one). */
function fts5String(tokens: readonly string[]): string {
  return `"${tokens.join(' ').replaceAll('"', '""')}"`;
}

/** FTS5 MATCH for "every term somewhere in the article" (terms side by side are ANDed). */
export function fts5MatchAll(terms: readonly SearchTerm[]): string {
  return terms.map((term) => fts5String(tokensOf(term))).join(' AND ');
}

/** FTS5 MATCH for "this term in this field". */
export function fts5MatchInField(term: SearchTerm, field: SearchField): string {
  return `{${field.name}} : ${fts5String(tokensOf(term))}`;
}

/** A tsquery lexeme, quoted (quotes doubled and backslashes escaped, though words never hold one). */
function lexeme(token: string, weight: string): string {
  return `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${weight ? `:${weight}` : ''}`;
}

function tsqueryTerm(term: SearchTerm, weight: string): string {
  const parts = tokensOf(term).map((token) => lexeme(token, weight));
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' <-> ')})`;
}

/** tsquery text for "every term somewhere in the article". */
export function tsqueryAll(terms: readonly SearchTerm[]): string {
  return terms.map((term) => tsqueryTerm(term, '')).join(' & ');
}

/** tsquery text for "this term in this field" (the field's weight label). */
export function tsqueryInField(term: SearchTerm, field: SearchField): string {
  return tsqueryTerm(term, field.weight);
}
