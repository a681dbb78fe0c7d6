import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { routes } from '@/lib/routes';
import { JsonLd } from '@/components/seo/JsonLd';
import { republishingNote } from '@/lib/content/republishing-note';
import type { ArticlePageData } from '@/lib/content/article-page';
import { getArticlePageData, getLatestCached, getSlugRedirectCached } from '@/lib/content/queries';
import { breadcrumbJsonLd, breadcrumbs, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { buildArticleMetadata } from '@/lib/seo/metadata';

/**
 * Articles are fully static pages, regenerated when publishing revalidates their cache tags.
 * ensureStatic = 'navigation' makes the first request for an article that was not prerendered wait
 * for the complete render instead of streaming a shell, so an unknown slug answers a real 404 and an
 * article under the wrong section a real 308 (a streamed response is already committed to 200).
 */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

/** How many of the newest articles are rendered at build time; the rest render on first request. */
const PRERENDERED_ARTICLES = 30;

/**
 * The SEO builders re-check that an article is public "now". The cached query already decided that,
 * and a static render may not read the clock, so "now" is the article's own publication time.
 */
function visibilityCheckedAt(article: { publishedAt: string | null; updatedAt: string }): Date {
  return new Date(article.publishedAt ?? article.updatedAt);
}

/** The article at `slug`, or a real 308 to where an article published under that slug lives now, or a 404. */
async function articleOrMoved(slug: string): Promise<ArticlePageData> {
  const data = await getArticlePageData(slug);
  if (data) return data;
  const moved = await getSlugRedirectCached(slug);
  if (moved) permanentRedirect(moved);
  notFound();
}

export async function generateStaticParams() {
  const latest = await getLatestCached(PRERENDERED_ARTICLES);
  // ensureStatic needs at least one parameter set; an impossible slug prerenders as a 404.
  if (latest.length === 0) return [{ section: 'news', slug: 'no-articles-yet' }];
  return latest.map((article) => ({ section: article.section.slug, slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ section: string; slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const data = await getArticlePageData(slug);
  if (!data) {
    // An old address answers with the page's redirect alone (redirecting here too doubles its Location).
    if (await getSlugRedirectCached(slug)) return {};
    notFound();
  }
  return buildArticleMetadata(data.article, { now: visibilityCheckedAt(data.article) });
}

export default async function ArticleRoute({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const data = await articleOrMoved(slug);
  // One URL per article: old or mistyped section paths move permanently to the canonical one.
  if (data.article.section.slug !== section) permanentRedirect(routes.article(data.article.section.slug, data.article.slug));
  return (
    <>
      <JsonLd
        data={[
          newsArticleJsonLd(data.article, { now: visibilityCheckedAt(data.article) }),
          breadcrumbJsonLd(breadcrumbs.article(data.article)),
        ]}
      />
      <ArticlePage data={data} republishingNote={republishingNote()} />
    </>
  );
}
