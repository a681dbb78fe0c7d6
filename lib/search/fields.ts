/**
 * The indexed fields of an article, in ranking order, with the score a term earns by appearing in
 * each and the PostgreSQL weight label that stores it. A result's score is the sum, over the query's
 * terms, of the scores of the fields the term appears in (lib/search/search-repository.ts); why the
 * ranking is ours and why the body scores nothing: docs/decisions/0013-site-search.md.
 */
export const SEARCH_FIELDS = [
  { name: 'headline', score: 8, weight: 'A' },
  { name: 'standfirst', score: 4, weight: 'B' },
  { name: 'names', score: 2, weight: 'D' },
  { name: 'body', score: 0, weight: 'C' },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchFieldName = SearchField['name'];

/** The fields a term's score is counted in. */
export const RANKED_FIELDS = SEARCH_FIELDS.filter((field) => field.score > 0);
