import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SearchView } from '@/components/search/SearchView';
import { loadSearchPage } from '@/lib/search/search-page';

/**
 * /search?q=…&page=N: rendered per request (the query is the reader's), never indexed. Shared caches
 * may keep a result page briefly (next.config.js `searchPageCache`); proxy.ts rate-limits per client.
 */

// Blocking on purpose, like the preview pages: the results are the page, there is no shell to show first.
export const instant = false;

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  // Per request by nature: without this, Next tries to prerender past searchParams and logs the clock read as an error.
  await connection();
  return <SearchView model={await loadSearchPage(await searchParams)} />;
}
