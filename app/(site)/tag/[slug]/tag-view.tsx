import { notFound } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { getTagPage } from '@/lib/content/queries';
import { breadcrumbJsonLd, breadcrumbs } from '@/lib/seo/json-ld';

export async function TagView({ slug, page }: { slug: string; page: number }) {
  const data = await getTagPage(slug, page);
  if (!data || (page > 1 && page > data.page.pageCount)) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.tag(data.tag))} />
      <ListPage
        kicker="Topic"
        title={data.tag.name}
        articles={data.page.items}
        basePath={`/tag/${data.tag.slug}`}
        page={page}
        pageCount={data.page.pageCount}
      />
    </>
  );
}
