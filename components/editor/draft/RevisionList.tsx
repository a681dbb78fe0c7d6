import { formatDateTime } from '@/components/ui/format-date';
import type { RevisionSummary } from '@/lib/editorial/revision-history';
import { routes } from '@/lib/routes';

interface RevisionListProps {
  articleId: string;
  /** The version the page shows; restoring names it, so a restore never overwrites a newer save. */
  currentVersion: number;
  revisions: readonly RevisionSummary[];
  restoreAction: (form: FormData) => Promise<void>;
}

function describe(revision: RevisionSummary): string {
  switch (revision.kind) {
    case 'baseline':
      return `Revision ${revision.version}, as it was before it was first edited here`;
    case 'restore':
      return `Revision ${revision.version}, revision ${revision.restoredFrom ?? '?'} restored`;
    case 'conflict':
      return `Refused save from revision ${revision.version}, kept (someone else had saved first)`;
    case 'save':
      return revision.autosave ? `Revision ${revision.version}, autosaved` : `Revision ${revision.version}`;
  }
}

/**
 * Every saved version of the article, newest first, each with a comparison to the current text and
 * a Restore button: plain forms posting to a server action, so it all works without JavaScript.
 */
export function RevisionList({ articleId, currentVersion, revisions, restoreAction }: RevisionListProps) {
  if (revisions.length === 0) return <p className="draft-hint">No revisions yet: the first save makes one.</p>;
  return (
    <ol className="draft-revisions" aria-label="Revisions">
      {revisions.map((revision) => {
        const isCurrent = revision.kind !== 'conflict' && revision.version === currentVersion;
        const title = describe(revision);
        return (
          <li key={revision.id} className="draft-revision" data-revision={revision.version} data-kind={revision.kind}>
            <p>
              <strong>{title}</strong>
              {isCurrent ? ' (current)' : ''}
              <br />
              <span className="draft-hint">
                {revision.autosave ? `Autosaved by ${revision.editorName ?? 'an editor'}, ` : revision.editorName ? `${revision.editorName}, ` : ''}
                {formatDateTime(revision.createdAt)}
              </span>
            </p>
            {isCurrent ? null : (
              <div className="draft-revision-actions">
                <a href={routes.editorRevision(articleId, revision.id)} className="draft-button" aria-label={`Compare with the current text: ${title}`}>
                  Compare
                </a>
                <form action={restoreAction}>
                  <input type="hidden" name="articleId" value={articleId} />
                  <input type="hidden" name="revisionId" value={revision.id} />
                  <input type="hidden" name="version" value={currentVersion} />
                  <button type="submit" className="draft-button" aria-label={`Restore: ${title}`}>
                    Restore
                  </button>
                </form>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
