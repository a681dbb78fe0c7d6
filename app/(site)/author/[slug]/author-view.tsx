import { notFound } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { getAuthorPage } from '@/lib/content/queries';
import { breadcrumbJsonLd, breadcrumbs } from '@/lib/seo/json-ld';

export async function AuthorView({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page);
  if (!data || (page > 1 && page > data.page.pageCount)) notFound();
  const { author } = data;
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.author(author))} />
      <ListPage
        kicker={author.role || 'Author'}
        title={author.name}
        intro={page === 1 && author.bio ? <p className="max-w-2xl text-lg">{author.bio}</p> : undefined}
        articles={data.page.items}
        basePath={`/author/${author.slug}`}
        page={page}
        pageCount={data.page.pageCount}
      />
    </>
  );
}
