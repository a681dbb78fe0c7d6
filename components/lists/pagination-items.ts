/** A page number to link to, or a gap ("…") between distant page numbers. */
export type PaginationItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * Which page numbers to show: always the first and last, and the current page with one neighbour on
 * each side, so the control stays short on a phone however many pages there are.
 */
export function paginationItems(page: number, pageCount: number): PaginationItem[] {
  const wanted = new Set<number>([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const n of pages) {
    if (n - previous === 2) items.push({ kind: 'page', page: n - 1 });
    else if (n - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}` });
    items.push({ kind: 'page', page: n });
    previous = n;
  }
  return items;
}
