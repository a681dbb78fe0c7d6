import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DevicePreview } from '@/components/editor/DevicePreview.client';
import { EditorShell } from '@/components/editor/EditorShell';
import { PendingSubmitButton } from '@/components/editor/PendingSubmitButton.client';
import { ShareLinkButton } from '@/components/editor/ShareLinkButton.client';
import { ShareLinkList } from '@/components/editor/ShareLinkList';
import { SocialCardPreview } from '@/components/editor/SocialCardPreview';
import { formatDateTime } from '@/components/ui/format-date';
import { routes } from '@/lib/routes';
import { draftSocialCard, listShareLinks, loadArticleForEditor } from '@/lib/preview';
import { requireEditor } from '@/lib/auth/session';
import { createShareLinkAction, publicationAction, revokeShareLinkAction } from '../../actions';

export const metadata: Metadata = { title: 'Preview tools' };

type Params = Promise<{ id: string }>;

async function ArticleTools({ params }: { params: Params }) {
  const { id } = await params;
  const editor = await requireEditor(routes.editorArticle(id));
  const found = await loadArticleForEditor(id);
  if (!found) notFound();
  const { article } = found;
  const previewSrc = routes.enablePreview(article.id);
  const shares = await listShareLinks(article.id);
  return (
    <EditorShell editorName={editor.name}>
      <div className="flex flex-col gap-10">
        <header className="flex flex-col gap-2">
          <p className="text-sm">
            <Link href={routes.editorHome()} className="underline">
              ← All drafts
            </Link>
          </p>
          <p className="text-xs font-semibold tracking-wide text-accent uppercase">
            {article.section.name} · {article.status}
          </p>
          <h1 lang={article.language} className="font-serif text-3xl font-bold">
            {article.headline}
          </h1>
          <p className="text-sm text-muted">
            Edited {formatDateTime(article.updatedAt)}
            {article.publishedAt ? ` · ${article.status === 'scheduled' ? 'publishes' : 'published'} ${formatDateTime(article.publishedAt)}` : ''}
            {' · '}
            {routes.article(article.section.slug, article.slug)}
          </p>
          <p>
            <a href={previewSrc} className="inline-flex min-h-11 items-center rounded bg-accent px-3 text-sm font-semibold text-accent-ink no-underline">
              Open the preview full-screen
            </a>
          </p>
        </header>

        <section aria-labelledby="devices" className="flex flex-col gap-3">
          <h2 id="devices" className="font-serif text-2xl font-bold">
            On a phone and on a desktop
          </h2>
          <DevicePreview src={previewSrc} title={`Preview of ${article.headline}`} />
        </section>

        <section aria-labelledby="social" className="flex flex-col gap-3">
          <h2 id="social" className="font-serif text-2xl font-bold">
            Social card
          </h2>
          <p className="text-sm text-muted">
            The image and text social networks will show when this article is shared, from the same metadata as the
            published page. Networks crop differently; keep faces and text away from the edges.
          </p>
          <SocialCardPreview card={draftSocialCard(article)} />
        </section>

        <section aria-labelledby="publication-title" id="publication" className="flex flex-col gap-3">
          <h2 id="publication-title" className="font-serif text-2xl font-bold">
            Publication
          </h2>
          <form action={publicationAction} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="articleId" value={article.id} />
            {article.status === 'published' ? (
              <>
                <p>Readers can see this article now.</p>
                <PendingSubmitButton
                  name="action"
                  value="unpublish"
                  pendingLabel="Unpublishing…"
                  className="min-h-11 rounded border border-rule px-3 font-semibold"
                >
                  Unpublish
                </PendingSubmitButton>
              </>
            ) : (
              <>
                <p>{article.status === 'scheduled' ? 'Scheduled: readers cannot see it yet.' : 'Draft: only editors can see it.'}</p>
                <PendingSubmitButton
                  name="action"
                  value="publish"
                  pendingLabel="Publishing…"
                  className="min-h-11 rounded bg-accent px-3 font-semibold text-accent-ink"
                >
                  Publish now
                </PendingSubmitButton>
              </>
            )}
          </form>
        </section>

        <section aria-labelledby="share-title" id="share" className="flex flex-col gap-3">
          <h2 className="font-serif text-2xl font-bold">
            <span id="share-title">Share links</span>
          </h2>
          {article.status === 'published' ? (
            <p>This article is public: share its address instead.</p>
          ) : (
            <ShareLinkButton articleId={article.id} headline={article.headline} action={createShareLinkAction} />
          )}
          <ShareLinkList articleId={article.id} headline={article.headline} links={shares} revokeAction={revokeShareLinkAction} returnTo="article" />
        </section>
      </div>
    </EditorShell>
  );
}

export default function ArticleToolsPage({ params }: { params: Params }) {
  return (
    <Suspense fallback={<p className="p-4">Loading…</p>}>
      <ArticleTools params={params} />
    </Suspense>
  );
}
