/**
 * Public URL builders, so every link to an article, section, author or tag is spelled one way
 * (and a change of URL scheme is one edit).
 */
export function articleHref(article: { slug: string; section: { slug: string } }): string {
  return `/${article.section.slug}/${article.slug}`;
}

export function sectionHref(slug: string): string {
  return `/${slug}`;
}

export function authorHref(slug: string): string {
  return `/author/${slug}`;
}

export function tagHref(slug: string): string {
  return `/tag/${slug}`;
}

/** A page of search results (page 1 without `page`, like the lists). */
export function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** Page 1 is the bare path, so each list has one canonical first page. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}
