'use client';

import { useEffect, useId, useRef, useState } from 'react';
import * as z from 'zod/mini';
import { formControl, insertBlock, trackCursor } from './insert-block';
import { routes } from '@/lib/routes';

interface BodyInsertsProps {
  /** The active newsletters (the page loads them with the form). */
  newsletters: readonly { slug: string; name: string }[];
}

const SEARCH_DELAY_MS = 250;
const resultsSchema = z.object({
  results: z.array(z.object({ headline: z.string(), path: z.string(), status: z.string() })),
});
type Match = z.infer<typeof resultsSchema>['results'][number];

type Search = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; results: Match[] } | { kind: 'failed' };

function announce(search: Search): string {
  switch (search.kind) {
    case 'idle':
      return '';
    case 'searching':
      return 'Searching…';
    case 'failed':
      return 'The search did not answer; try again.';
    case 'done':
      return search.results.length === 0 ? 'No article matches.' : `${search.results.length} ${search.results.length === 1 ? 'article' : 'articles'} found.`;
  }
}

/** "Insert a Read more card": search articles by headline, slug or address, insert the chosen one. */
function ReadMorePicker({ insert }: { insert: (line: string) => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ kind: 'idle' });
  const panelId = useId();
  const inputId = useId();

  useEffect(() => {
    const q = query.trim();
    if (!open || q === '') return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(routes.editorArticleLookup(q), { signal: abort.signal, headers: { Accept: 'application/json' } });
        const body = resultsSchema.safeParse(await response.json());
        setSearch(response.ok && body.success ? { kind: 'done', results: body.data.results } : { kind: 'failed' });
      } catch {
        if (!abort.signal.aborted) setSearch({ kind: 'failed' });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [open, query]);
  // An empty box or a closed panel shows no earlier answer.
  const shown: Search = open && query.trim() !== '' ? search : { kind: 'idle' };

  return (
    <div className="draft-insert">
      <button type="button" className="draft-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Insert a Read more card
      </button>
      <div id={panelId} hidden={!open} className="draft-insert-panel">
        <label htmlFor={inputId} className="draft-label">
          Find the article by headline, address or slug
        </label>
        <input
          id={inputId}
          type="search"
          className="draft-input"
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            // Never show the answer to an earlier query under a new one.
            setSearch({ kind: 'searching' });
          }}
          // Enter here must search, never submit the article form.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <p className="draft-hint" aria-live="polite" role="status">
          {announce(shown)}
        </p>
        {shown.kind === 'done' && shown.results.length > 0 ? (
          <ul className="draft-suggestion-list draft-insert-results" aria-label="Articles found">
            {shown.results.map((result) => (
              <li key={result.path}>
                <button
                  type="button"
                  className="draft-button"
                  onClick={() => {
                    insert(`::read-more[${result.path}]`);
                    setOpen(false);
                    setQuery('');
                  }}
                >
                  {result.headline} <span className="draft-hint">({result.status}, {result.path})</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** "Insert newsletter promo": one of the active newsletters. */
function NewsletterPicker({ newsletters, insert }: BodyInsertsProps & { insert: (line: string) => void }) {
  const selectId = useId();
  const [slug, setSlug] = useState(newsletters[0]?.slug ?? '');
  if (newsletters.length === 0) return null;
  return (
    <div className="draft-insert">
      <label htmlFor={selectId} className="draft-label">
        Insert newsletter promo
      </label>
      <div className="draft-insert-row">
        <select id={selectId} className="draft-input" value={slug} onChange={(event) => setSlug(event.target.value)}>
          {newsletters.map((newsletter) => (
            <option key={newsletter.slug} value={newsletter.slug}>
              {newsletter.name}
            </option>
          ))}
        </select>
        <button type="button" className="draft-button" onClick={() => insert(`::newsletter[${slug}]`)}>
          Insert
        </button>
      </div>
    </div>
  );
}

/**
 * Controls beside the body that write a Read more card or a newsletter promo into the text at the
 * cursor. Shown only with JavaScript; without it, the formatting guide says how to type them.
 */
export function BodyInserts({ newsletters }: BodyInsertsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const body = formControl(ref.current, 'body', HTMLTextAreaElement);
    if (!body) return;
    setReady(true);
    return trackCursor(body);
  }, []);

  const insert = (line: string) => {
    const body = formControl(ref.current, 'body', HTMLTextAreaElement);
    if (body) insertBlock(body, line);
  };

  return (
    <div ref={ref} className="draft-inserts" role={ready ? 'group' : undefined} aria-label={ready ? 'Insert into the text' : undefined}>
      {ready ? (
        <>
          <ReadMorePicker insert={insert} />
          <NewsletterPicker newsletters={newsletters} insert={insert} />
        </>
      ) : null}
    </div>
  );
}
