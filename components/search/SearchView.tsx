import type { ReactNode } from 'react';
import { Pagination } from '@/components/lists/Pagination';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { routes } from '@/lib/routes';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from '@/lib/search/query';
import { SEARCH_PAGE_SIZE, type SearchPageModel } from '@/lib/search/search-page-model';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function Message({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="search-message">
      {children}
    </p>
  );
}

/** The whole /search page body for one answer of lib/search/search-page.ts. */
export function SearchView({ model }: { model: SearchPageModel }) {
  const query = model.kind === 'empty' ? '' : model.query;
  return (
    <div className="search-page">
      <header className="list-header">
        <PageHeading className="list-heading">
          {model.kind === 'results' ? <>Results for &ldquo;{model.query}&rdquo;</> : 'Search'}
          {model.kind === 'results' && model.page > 1 ? <span className="font-normal text-muted">, page {model.page}</span> : null}
        </PageHeading>
        <SearchForm query={query} />
      </header>
      <SearchBody model={model} />
    </div>
  );
}

function SearchBody({ model }: { model: SearchPageModel }) {
  switch (model.kind) {
    case 'empty':
      return <Message>Type a word, a name or a &ldquo;phrase in quotes&rdquo; to search every published story.</Message>;
    case 'too-long':
      return <Message>{`That search is ${count(model.length, 'character', 'characters')} long; the limit is ${MAX_QUERY_LENGTH}. Try a few distinctive words.`}</Message>;
    case 'too-many-terms':
      return <Message>{`That search has ${count(model.count, 'word', 'words')}; the limit is ${MAX_QUERY_TERMS}. Try a few distinctive words.`}</Message>;
    case 'results': {
      if (model.total === 0) return <Message>No stories match every word. Check the spelling, or try fewer or other words.</Message>;
      if (model.hits.length === 0) {
        return (
          <Message>
            {`There ${model.pageCount === 1 ? 'is' : 'are'} only ${count(model.pageCount, 'page', 'pages')} of results. `}
            <ReaderLink href={routes.search(model.query, 1)}>Back to the first page</ReaderLink>
          </Message>
        );
      }
      const start = (model.page - 1) * SEARCH_PAGE_SIZE + 1;
      return (
        <>
          <Message>{`${count(model.total, 'story', 'stories')} found. Showing ${start}–${start + model.hits.length - 1}.`}</Message>
          <SearchResults hits={model.hits} tokens={model.tokens} start={start} />
          <Pagination basePath={routes.search()} page={model.page} pageCount={model.pageCount} hrefFor={(page) => routes.search(model.query, page)} />
        </>
      );
    }
  }
}
