import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { PreviewBanner } from '@/components/editor/PreviewBanner';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { routes } from '@/lib/routes';
import { loadEditorPreview } from '@/lib/preview';
import { listSectionsCached } from '@/lib/content/queries';

/**
 * An editor's Draft Mode view of /<section>/<slug>. proxy.ts rewrites article-shaped URLs here when
 * the Draft Mode cookie is present and the editor session is live, so the address bar keeps the
 * article's own URL, and answers a real 404 itself when /preview/draft is asked for without one.
 * The check that matters is still this page's loadEditorPreview (Draft Mode AND a live editor
 * session): anyone else gets a 404, and a request that skips the proxy simply reaches the public
 * page, which never reads drafts.
 */

export const instant = false;

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false, nocache: true },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DraftPreviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { section, slug } = await searchParams;
  if (typeof section !== 'string' || typeof slug !== 'string') notFound();
  const preview = await loadEditorPreview(section, slug);
  if (!preview) notFound();
  const { data, editor } = preview;
  const sections = await listSectionsCached();
  return (
    <>
      <PreviewBanner
        mode="editor"
        status={data.article.status}
        publishedAt={data.article.publishedAt}
        updatedAt={data.article.updatedAt}
        exitTo={routes.article(data.article.section.slug, data.article.slug)}
        editorName={editor.name}
        toolsHref={routes.editorArticle(data.article.id)}
      />
      <SiteChrome sections={sections}>
        <ArticlePage data={data} preview />
      </SiteChrome>
    </>
  );
}
