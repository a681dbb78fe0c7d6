import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { routes } from '@/lib/routes';

/** The search page's own form: a visible label and button; a plain GET, so it works without JavaScript. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form role="search" action={routes.search()} className="search-form">
      <label htmlFor="search-query" className="search-label">
        Search the archive
      </label>
      <div className="search-row">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-help"
          className="search-input"
        />
        <button type="submit" className="search-button">
          Search
        </button>
      </div>
      <p id="search-help" className="search-help">
        Every word must match. Put &ldquo;quotation marks&rdquo; around a phrase.
      </p>
    </form>
  );
}
