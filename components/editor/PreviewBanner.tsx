import type { ArticleStatus } from '@/lib/content/schema';
import { formatDateTime } from '@/components/ui/format-date';
import { routes } from '@/lib/routes';

type PreviewBannerProps =
  | {
      mode: 'editor';
      status: ArticleStatus;
      publishedAt: string | null;
      updatedAt: string;
      /** Where "Exit preview" lands: the article's public URL (a 404 until it is published). */
      exitTo: string;
      editorName: string;
      /** Dashboard page of this article (device widths, social card, share links). */
      toolsHref: string;
    }
  | {
      mode: 'share';
      status: ArticleStatus;
      updatedAt: string;
      expiresAt: string;
    };

const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
};

/**
 * The unmistakable "this is not the public site" bar above a previewed article. It sits outside the
 * article so the article itself renders exactly as readers will get it.
 */
export function PreviewBanner(props: PreviewBannerProps) {
  const status = STATUS_LABEL[props.status];
  return (
    <aside
      aria-label="Preview"
      data-testid="preview-banner"
      className="sticky top-0 z-50 border-b-2 border-accent bg-ink text-paper"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 font-sans text-sm">
        <p role="status">
          <strong>Preview</strong> · <span data-testid="preview-status">{status}</span>
          {props.mode === 'editor' && props.status === 'scheduled' && props.publishedAt
            ? ` for ${formatDateTime(props.publishedAt)}`
            : null}
          {' · '}last edited {formatDateTime(props.updatedAt)}
          {props.mode === 'share' ? ` · shared link, works until ${formatDateTime(props.expiresAt)}` : null}
          {props.mode === 'editor' ? ` · signed in as ${props.editorName}` : null}
        </p>
        {props.mode === 'editor' ? (
          <div className="flex items-center gap-3">
            <a href={props.toolsHref} className="inline-flex min-h-11 items-center underline">
              Preview tools
            </a>
            <form method="post" action={routes.disablePreview()}>
              <input type="hidden" name="returnTo" value={props.exitTo} />
              <button type="submit" className="min-h-11 rounded bg-paper px-3 font-semibold text-ink">
                Exit preview
              </button>
            </form>
          </div>
        ) : (
          <p>Not published yet. Please do not share this link further.</p>
        )}
      </div>
    </aside>
  );
}
