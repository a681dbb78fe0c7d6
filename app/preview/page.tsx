import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { PreviewBanner } from '@/components/editor/PreviewBanner';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { loadSharedPreview } from '@/lib/preview';
import { listSectionsCached } from '@/lib/content/queries';

/**
 * /preview?token=…: a shared draft. Anyone holding a valid signed link sees that one draft,
 * read-only, with the banner. Expired, revoked or forged links are a 404; once the article is public
 * the link forwards there. proxy.ts answers those two cases with a real 404 / 307 before rendering
 * (see lib/preview/proxy-gate.ts); this page still checks the token itself, because the proxy is
 * never the guard. Never indexed, never cached, and the token never leaves in a Referer (proxy.ts
 * sets the headers, the metadata repeats them).
 */

export const instant = false;

export const metadata: Metadata = {
  title: 'Shared preview',
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SharedPreviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  if (typeof token !== 'string') notFound();
  const preview = await loadSharedPreview(token);
  if (preview.kind === 'unavailable') notFound();
  if (preview.kind === 'published') redirect(preview.path);
  const sections = await listSectionsCached();
  return (
    <>
      <PreviewBanner
        mode="share"
        status={preview.data.article.status}
        updatedAt={preview.data.article.updatedAt}
        expiresAt={preview.expiresAt.toISOString()}
      />
      <SiteChrome sections={sections}>
        <ArticlePage data={preview.data} preview />
      </SiteChrome>
    </>
  );
}
