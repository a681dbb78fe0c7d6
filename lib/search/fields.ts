/**
 * The indexed fields of an article, in ranking order, with the score a term earns by appearing in
 * each and the PostgreSQL weight label that stores it. The ranking is ours, the same on both
 * databases: a result's score is the sum, over the query's terms, of the scores of the fields the
 * term appears in; equal scores go newest first, then by id (lib/search/search-repository.ts).
 * The body scores nothing: every result holds every term somewhere, and checking the longest field
 * for each term of each match was most of a query's time (npm run bench:search).
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
