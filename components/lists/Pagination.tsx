import { ReaderLink } from '@/components/ui/ReaderLink';
import { routes } from '@/lib/routes';
import { paginationItems } from './pagination-items';

interface PaginationProps {
  /** The list's path without a query, e.g. "/news". */
  basePath: string;
  page: number;
  pageCount: number;
  /** Where page N lives, when it is not `basePath?page=N` (search results keep their query). */
  hrefFor?: (page: number) => string;
}

const itemClass = 'page-link';

/** Previous/next and page-number links for a paginated list; nothing when there is one page. */
export function Pagination({ basePath, page, pageCount, hrefFor = (n) => routes.listPage(basePath, n) }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <ReaderLink href={hrefFor(page - 1)} rel="prev" className={itemClass}>
              <span aria-hidden="true">←&nbsp;</span>Previous
            </ReaderLink>
          </li>
        ) : null}
        {paginationItems(page, pageCount).map((item) =>
          item.kind === 'gap' ? (
            <li key={item.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item.page}>
              <ReaderLink
                href={hrefFor(item.page)}
                aria-current={item.page === page ? 'page' : undefined}
                aria-label={`Page ${item.page}`}
                className={itemClass}
              >
                {item.page}
              </ReaderLink>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <ReaderLink href={hrefFor(page + 1)} rel="next" className={itemClass}>
              Next<span aria-hidden="true">&nbsp;→</span>
            </ReaderLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
