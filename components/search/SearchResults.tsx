import { formatDate } from '@/components/ui/format-date';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { routes } from '@/lib/routes';
import { textDirection } from '@/lib/content/schema';
import { excerpt, highlight } from '@/lib/search/excerpt';
import type { SearchHit } from '@/lib/search/search-repository';
import { Highlighted } from './Highlighted';

interface SearchResultsProps {
  hits: readonly SearchHit[];
  tokens: ReadonlySet<string>;
  /** Position of the first hit in the whole result list (for the ordered list's numbering). */
  start: number;
}

/** One page of results: section, headline (the link), standfirst, date and an excerpt, words marked. */
export function SearchResults({ hits, tokens, start }: SearchResultsProps) {
  return (
    <ol className="search-results" start={start}>
      {hits.map(({ article, bodyText }) => (
        <li key={article.id} lang={article.language} dir={textDirection(article.language)} className="search-result">
          <p className="kicker-small">{article.section.name}</p>
          <h2 className="card-headline">
            <ReaderLink href={routes.article(article.section.slug, article.slug)} className="card-link">
              <Highlighted pieces={highlight(article.headline, tokens)} />
            </ReaderLink>
          </h2>
          {article.standfirst ? (
            <p className="text-muted">
              <Highlighted pieces={highlight(article.standfirst, tokens)} />
            </p>
          ) : null}
          <p className="search-excerpt">
            <Highlighted pieces={excerpt(bodyText, tokens)} />
          </p>
          {article.publishedAt ? (
            <p className="card-meta">
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.language)}</time>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
