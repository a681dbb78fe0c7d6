import type { SearchHit } from './search-repository';

/** What /search shows (lib/search/search-page.ts builds it; components/search/SearchView.tsx renders it). */

export const SEARCH_PAGE_SIZE = 10;

export type SearchPageModel =
  | { kind: 'empty' }
  | { kind: 'too-long'; query: string; length: number }
  | { kind: 'too-many-terms'; query: string; count: number }
  | {
      kind: 'results';
      query: string;
      /** Normalised words of the query, for highlighting. */
      tokens: ReadonlySet<string>;
      hits: SearchHit[];
      total: number;
      page: number;
      pageCount: number;
    };
