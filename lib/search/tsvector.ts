import { SEARCH_FIELDS, type SearchField } from './fields';
import { MAX_POSITIONS, MAX_POSITIONS_PER_WORD, type SearchDocument } from './document';

/**
 * A document as PostgreSQL tsvector text, written by us rather than by to_tsvector(), whose parser
 * would split words differently from FTS5: `'word':1A,9C 'other':2A`. Each field's words carry its
 * weight label; a one-position gap between fields keeps a phrase from matching across two of them,
 * as FTS5 phrases never cross columns. `fields` keeps only some of them (positions stay the same).
 */
export function tsvectorText(document: SearchDocument, fields: readonly SearchField[] = SEARCH_FIELDS): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const field of SEARCH_FIELDS) {
    const kept = fields.includes(field);
    for (const token of document.fields[field.name]) {
      if (!kept) {
        position += 1;
        continue;
      }
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD && position <= MAX_POSITIONS) list.push(`${position}${field.weight}`);
      positions.set(token, list);
      position += 1;
    }
    position += 1;
  }
  return [...positions]
    .filter(([, list]) => list.length > 0)
    .map(([token, list]) => `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}':${list.join(',')}`)
    .join(' ');
}
