import { notFound } from 'next/navigation';
import { ListPage } from '@/components/lists/ListPage';
import { JsonLd } from '@/components/seo/JsonLd';
import { getSectionPage } from '@/lib/content/queries';
import { breadcrumbJsonLd, breadcrumbs } from '@/lib/seo/json-ld';

/** Page N of a section, or the 404 page when the section or the page does not exist. */
export async function SectionView({ slug, page }: { slug: string; page: number }) {
  const data = await getSectionPage(slug, page);
  if (!data || (page > 1 && page > data.page.pageCount)) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(breadcrumbs.section(data.section))} />
      <ListPage
        title={data.section.name}
        description={data.section.description}
        articles={data.page.items}
        basePath={`/${data.section.slug}`}
        page={page}
        pageCount={data.page.pageCount}
        showSection={false}
      />
    </>
  );
}
