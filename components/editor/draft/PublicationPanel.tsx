import { formatDateTime } from '@/components/ui/format-date';
import type { EditableArticle } from '@/lib/editorial/draft-store';

interface PublicationPanelProps {
  article: Pick<EditableArticle, 'id' | 'version' | 'live' | 'status' | 'unpublishedChanges' | 'pendingTags' | 'publishedAt'>;
  action: (form: FormData) => Promise<void>;
}

/**
 * What readers see, and the button that changes it: "Publish now" for a draft, "Update live
 * article" for a published one with saved changes. Both name the version shown, so a save made
 * meanwhile by someone else is never published unseen.
 */
export function PublicationPanel({ article, action }: PublicationPanelProps) {
  let state: string;
  let button: string | null;
  if (article.live && article.unpublishedChanges) {
    state = `Readers still see the published version. Your saved changes (revision ${article.version}) are not live yet.`;
    button = 'Update live article';
  } else if (article.live) {
    state = 'Readers see this version.';
    button = null;
  } else if (article.status === 'scheduled' && article.publishedAt) {
    state = `Scheduled for ${formatDateTime(article.publishedAt)}: readers cannot see it yet.`;
    button = 'Publish now';
  } else {
    state = 'Draft: only editors can see it.';
    button = 'Publish now';
  }
  return (
    <section aria-labelledby="publication-title" className="draft-panel" id="publication">
      <h2 id="publication-title" className="draft-subtitle">
        Publication
      </h2>
      <p>{state}</p>
      {article.pendingTags.length > 0 ? (
        <p className="draft-hint">New topics created on publication: {article.pendingTags.map((tag) => tag.name).join(', ')}.</p>
      ) : null}
      {button ? (
        <form action={action}>
          <input type="hidden" name="articleId" value={article.id} />
          <input type="hidden" name="version" value={article.version} />
          <button type="submit" className="draft-button-primary">
            {button}
          </button>
        </form>
      ) : null}
    </section>
  );
}
