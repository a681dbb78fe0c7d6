import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { parseSearchQuery, MAX_QUERY_LENGTH, queryTokens } from './query';
import { SEARCH_PAGE_SIZE, type SearchPageModel } from './search-page-model';
import { searchArticles } from './search-repository';

/**
 * What /search shows for a request's parameters: the data side of app/(site)/search/page.tsx. Total:
 * any parameters give one of these answers (a database failure propagates, as on every page).
 */

/** Repeated parameters (`?q=a&q=b`) count once, the first; anything else is no query. */
const firstString = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().optional().catch(undefined));

export const searchParamsSchema = z.object({ q: firstString, page: firstString });

/** Only canonical page numbers count ("2", not "02" or "2e0"); anything else is page 1. */
function pageOf(raw: string | undefined): number {
  return raw !== undefined && /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : 1;
}

/** The query as the form shows it again: never more than the longest query allowed. */
function echo(raw: string): string {
  return [...raw.toWellFormed().trim()].slice(0, MAX_QUERY_LENGTH).join('');
}

export async function loadSearchPage(params: unknown, now: Date = new Date()): Promise<SearchPageModel> {
  const parsed = searchParamsSchema.safeParse(params);
  const raw = parsed.success ? (parsed.data.q ?? '') : '';
  const query = parseSearchQuery(raw);
  switch (query.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'too-long':
      return { kind: 'too-long', query: echo(raw), length: query.length };
    case 'too-many-terms':
      return { kind: 'too-many-terms', query: echo(raw), count: query.count };
    case 'terms': {
      const page = pageOf(parsed.success ? parsed.data.page : undefined);
      const result = await searchArticles(await getDb(), query.terms, { page, pageSize: SEARCH_PAGE_SIZE, now });
      return {
        kind: 'results',
        query: echo(raw),
        tokens: queryTokens(query.terms),
        hits: result.items,
        total: result.total,
        page,
        pageCount: result.pageCount,
      };
    }
  }
}
