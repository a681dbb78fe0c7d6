import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { loadUnsavedArticlePreview } from '@/lib/preview';
import { listSectionsCached } from '@/lib/content/queries';
import { republishingNote } from '@/lib/content/republishing-note';

/**
 * The frame beside the edit form: the editor's unsaved text rendered by the public article page's
 * own components. Only the editor who typed it can open it (loadUnsavedArticlePreview); proxy.ts
 * answers a real 404 to anyone else and lets only our own pages frame it.
 */

export const instant = false;

export const metadata: Metadata = {
  title: 'Unsaved preview',
  robots: { index: false, follow: false, nocache: true },
};

type Params = Promise<{ id: string }>;

export default async function UnsavedPreviewPage({ params }: { params: Params }) {
  const { id } = await params;
  const data = await loadUnsavedArticlePreview(id);
  if (!data) notFound();
  const sections = await listSectionsCached();
  return (
    <SiteChrome sections={sections}>
      {/* Exactly the public page's article (sharing included), so what the editor sees is what readers get. */}
      <ArticlePage data={data} republishingNote={republishingNote()} />
    </SiteChrome>
  );
}
