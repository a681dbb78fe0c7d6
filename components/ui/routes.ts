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

/** Page 1 is the bare path, so each list has one canonical first page. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}
