import type { Metadata } from 'next';
import { ArticleCard } from '@/components/lists/ArticleCard';
import { ArticleList } from '@/components/lists/ArticleList';
import { SectionRail } from '@/components/lists/SectionRail';
import { PageHeading } from '@/components/ui/PageHeading';
import { JsonLd } from '@/components/seo/JsonLd';
import { getHomePageData } from '@/lib/content/queries';
import { organisationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { buildHomeMetadata } from '@/lib/seo/metadata';
import { SITE_NAME } from '@/lib/site-name';

export function generateMetadata(): Metadata {
  return buildHomeMetadata();
}

const TOP_STORIES = 4;

// Rendered complete before the first byte like every reader page; `next dev`'s instant-navigation
// check would otherwise report that as an error. Production is unchanged.
export const instant = false;

export default async function HomePage() {
  const { latest, sections } = await getHomePageData();
  const [lead, ...rest] = latest;
  const top = rest.slice(0, TOP_STORIES);
  const more = rest.slice(TOP_STORIES);
  return (
    <>
      <JsonLd data={[websiteJsonLd(), organisationJsonLd()]} />
      <PageHeading className="home-heading">
        {SITE_NAME}: top stories
      </PageHeading>
      {lead ? (
        <section aria-label="Lead story" className="mt-6">
          <ArticleCard article={lead} variant="lead" priority />
        </section>
      ) : (
        <p className="mt-6">No stories have been published yet.</p>
      )}
      {top.length > 0 ? (
        <section aria-labelledby="top-stories" className="rail mt-10">
          <h2 id="top-stories" className="rail-heading">
            Top stories
          </h2>
          <ArticleList articles={top} headingLevel={3} />
        </section>
      ) : null}
      <div className="mt-12 flex flex-col gap-12">
        {sections.map(({ section, articles }) => (
          <SectionRail key={section.slug} section={section} articles={articles} />
        ))}
      </div>
      {more.length > 0 ? (
        <section aria-labelledby="latest" className="offscreen-deferred rail mt-12">
          <h2 id="latest" className="rail-heading mb-2">
            Latest
          </h2>
          <ArticleList articles={more} variant="compact" headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
