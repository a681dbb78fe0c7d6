import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/schema';
import { formatDateTime } from '@/components/ui/format-date';
import { routes } from '@/lib/routes';
import { ShareLinkButton } from './ShareLinkButton.client';
import { ShareLinkList, type LiveShareLink } from './ShareLinkList';
import type { ShareLinkState } from './share-state';

interface EditorialListProps {
  title: string;
  /** Shown when the list is empty. */
  empty: string;
  articles: ArticleSummary[];
  shareAction: (previous: ShareLinkState, form: FormData) => Promise<ShareLinkState>;
  /** Live share links per article id (articles without any may be missing). */
  shares: Readonly<Record<string, readonly LiveShareLink[]>>;
  revokeAction: (form: FormData) => Promise<void>;
}

function timesFor(article: ArticleSummary): string {
  const edited = `Edited ${formatDateTime(article.updatedAt)}`;
  if (article.status === 'scheduled' && article.publishedAt) return `Publishes ${formatDateTime(article.publishedAt)} · ${edited}`;
  if (article.status === 'published' && article.publishedAt) return `Published ${formatDateTime(article.publishedAt)} · ${edited}`;
  return edited;
}

/** One group of the dashboard (drafts, scheduled, recently published) with the preview actions. */
export function EditorialList({ title, empty, articles, shareAction, shares, revokeAction }: EditorialListProps) {
  const id = `list-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="border-b border-rule pb-1 font-serif text-2xl font-bold">
        {title} <span className="font-sans text-base font-normal text-muted">({articles.length})</span>
      </h2>
      {articles.length === 0 ? <p className="text-muted">{empty}</p> : null}
      <ul className="flex flex-col divide-y divide-rule">
        {articles.map((article) => (
          <li
            key={article.id}
            id={`article-${article.id}`}
            className="flex flex-col gap-3 py-4 md:flex-row md:flex-wrap md:items-start md:justify-between"
            data-article-id={article.id}
          >
            <div className="flex min-w-0 flex-col gap-1">
              <p className="text-xs font-semibold tracking-wide text-accent uppercase">
                {article.section.name} · <span data-testid="article-status">{article.status}</span>
              </p>
              <p lang={article.language} className="font-serif text-lg font-bold">
                {article.headline}
              </p>
              <p className="text-sm text-muted">{timesFor(article)}</p>
              <p className="text-xs text-muted">{routes.article(article.section.slug, article.slug)}</p>
            </div>
            <div className="flex shrink-0 flex-wrap items-start gap-2">
              <a
                href={routes.enablePreview(article.id)}
                aria-label={`Preview: ${article.headline}`}
                className="inline-flex min-h-11 items-center rounded bg-accent px-3 text-sm font-semibold text-accent-ink no-underline"
              >
                Preview
              </a>
              <Link
                href={routes.editorEdit(article.id)}
                aria-label={`Edit: ${article.headline}`}
                className="inline-flex min-h-11 items-center rounded border border-rule px-3 text-sm font-semibold no-underline"
              >
                Edit
              </Link>
              <Link
                href={routes.editorArticle(article.id)}
                aria-label={`Phone, desktop and social card preview: ${article.headline}`}
                className="inline-flex min-h-11 items-center rounded border border-rule px-3 text-sm font-semibold no-underline"
              >
                Devices &amp; social card
              </Link>
              {article.status === 'published' ? null : (
                <ShareLinkButton articleId={article.id} headline={article.headline} action={shareAction} />
              )}
            </div>
            {article.status === 'published' && !shares[article.id]?.length ? null : (
              <div className="md:basis-full">
                <ShareLinkList
                  articleId={article.id}
                  headline={article.headline}
                  links={shares[article.id] ?? []}
                  revokeAction={revokeAction}
                  returnTo="dashboard"
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
