import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import { JsonLd } from '@/components/seo/JsonLd';
import {
  getAuthorPage,
  getSectionPage,
  getTagPage,
  listAuthorsCached,
  listSectionsCached,
  listTagsCached,
} from '@/lib/content/queries';
import type { ArticleSummary, Page } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { breadcrumbJsonLd, breadcrumbs } from '@/lib/seo/json-ld';
import { buildAuthorMetadata, buildSectionMetadata, buildTagMetadata } from '@/lib/seo/metadata';

/**
 * Section, author and tag pages: a list of stories at `/<list>` and its later pages at
 * `/<list>/page/N` (next.config.js rewrites `?page=N` there, so list pages stay fully static and a
 * page past the end is a real 404). Each kind is described once below; the six route files only
 * re-export what `listRoutes` makes, plus the segment config Next must read in the route file itself.
 */

interface ListKind<Param extends string, Data extends { page: Page<ArticleSummary> }> {
  /** The route's dynamic segment holding the slug: `[section]` or `[slug]`. */
  param: Param;
  /** Page N of the list (cached in lib/content/queries), or null when there is no such list. */
  load: (slug: string, page: number) => Promise<Data | null>;
  /** The slugs to prerender at build time. */
  slugs: () => Promise<string[]>;
  /** ensureStatic needs at least one parameter set; this impossible slug prerenders as a 404. */
  placeholder: string;
  path: (slug: string) => string;
  metadata: (data: Data, options: { page?: number }) => Metadata;
  /** The list's JSON-LD breadcrumbs and page, for an existing page N. */
  render: (data: Data, page: number) => ReactNode;
}

/**
 * Only canonical positive integers are pages: "01", "1e3" or "2abc" are not (a 404, not a
 * duplicate of another page).
 */
function parsePageParam(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

function listRoutes<Param extends string, Data extends { page: Page<ArticleSummary> }>(kind: ListKind<Param, Data>) {
  type FirstProps = { params: Promise<Record<Param, string>> };
  type LaterProps = { params: Promise<Record<Param | 'page', string>> };
  const paramsFor = (slug: string) => ({ [kind.param]: slug }) as Record<Param, string>;

  /** Page N of the list, or the 404 page when the list or the page does not exist. */
  async function ListView({ slug, page }: { slug: string; page: number }) {
    const data = await kind.load(slug, page);
    if (!data || (page > 1 && page > data.page.pageCount)) notFound();
    return kind.render(data, page);
  }

  return {
    firstPage: {
      async generateStaticParams(): Promise<Record<Param, string>[]> {
        const slugs = await kind.slugs();
        return (slugs.length > 0 ? slugs : [kind.placeholder]).map(paramsFor);
      },
      async generateMetadata({ params }: FirstProps): Promise<Metadata> {
        const slug = (await params)[kind.param];
        const data = await kind.load(slug, 1);
        if (!data) notFound();
        return kind.metadata(data, {});
      },
      async Page({ params }: FirstProps) {
        const slug = (await params)[kind.param];
        return <ListView slug={slug} page={1} />;
      },
    },
    laterPage: {
      async generateStaticParams(): Promise<Record<Param | 'page', string>[]> {
        const slugs = await kind.slugs();
        return [{ ...paramsFor(slugs[0] ?? kind.placeholder), page: '2' }];
      },
      async generateMetadata({ params }: LaterProps): Promise<Metadata> {
        const { [kind.param]: slug, page: raw } = await params;
        const page = parsePageParam(raw);
        const data = page ? await kind.load(slug, page) : null;
        if (!data || !page) notFound();
        return kind.metadata(data, { page });
      },
      async Page({ params }: LaterProps) {
        const { [kind.param]: slug, page: raw } = await params;
        const page = parsePageParam(raw);
        if (page === null) notFound();
        if (page === 1) permanentRedirect(kind.path(slug));
        return <ListView slug={slug} page={page} />;
      },
    },
  };
}

export const sectionList = listRoutes({
  param: 'section',
  load: getSectionPage,
  slugs: async () => (await listSectionsCached()).map((section) => section.slug),
  placeholder: 'no-sections-yet',
  path: routes.section,
  metadata: (data, options) => buildSectionMetadata(data.section, options),
  render: ({ section, page: list }, page) => (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.section(section))} />
      <ListPage
        title={section.name}
        description={section.description}
        articles={list.items}
        basePath={routes.section(section.slug)}
        page={page}
        pageCount={list.pageCount}
        showSection={false}
      />
    </>
  ),
});

export const authorList = listRoutes({
  param: 'slug',
  load: getAuthorPage,
  slugs: async () => (await listAuthorsCached()).map((author) => author.slug),
  placeholder: 'no-authors-yet',
  path: routes.author,
  metadata: (data, options) => buildAuthorMetadata(data.author, options),
  render: ({ author, page: list }, page) => (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.author(author))} />
      <ListPage
        kicker={author.role || 'Author'}
        title={author.name}
        intro={page === 1 && author.bio ? <p className="max-w-2xl text-lg">{author.bio}</p> : undefined}
        articles={list.items}
        basePath={routes.author(author.slug)}
        page={page}
        pageCount={list.pageCount}
      />
    </>
  ),
});

export const tagList = listRoutes({
  param: 'slug',
  load: getTagPage,
  slugs: async () => (await listTagsCached()).map((tag) => tag.slug),
  placeholder: 'no-tags-yet',
  path: routes.tag,
  metadata: (data, options) => buildTagMetadata(data.tag, options),
  render: ({ tag, page: list }, page) => (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.tag(tag))} />
      <ListPage
        kicker="Topic"
        title={tag.name}
        articles={list.items}
        basePath={routes.tag(tag.slug)}
        page={page}
        pageCount={list.pageCount}
      />
    </>
  ),
});
