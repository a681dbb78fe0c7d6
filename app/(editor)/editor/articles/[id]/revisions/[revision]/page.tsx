import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LineDiffView } from '@/components/editor/draft/LineDiffView';
import { EditorShell } from '@/components/editor/EditorShell';
import { formatDateTime } from '@/components/ui/format-date';
import { requireEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { compareRevision } from '@/lib/editorial/draft-editor';
import { restoreRevisionAction } from '../../../draft-actions';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Compare revisions' };
export const instant = false;

type Params = Promise<{ id: string; revision: string }>;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function RevisionComparePage({ params }: { params: Params }) {
  const { id, revision: revisionId } = await params;
  const editor = await requireEditor(routes.editorEdit(id));
  if (!ID.test(id) || !ID.test(revisionId)) notFound();
  const comparison = await compareRevision(await getDb(), id, revisionId);
  if (!comparison) notFound();
  const { editable, revision, hunks, identical } = comparison;
  const name = revision.kind === 'conflict' ? `the refused save from revision ${revision.version}` : `revision ${revision.version}`;
  const editHref = routes.editorEdit(id);
  return (
    <EditorShell editorName={editor.name}>
      <div className="draft-page">
        <p className="draft-hint">
          <Link href={editHref}>← Back to the article</Link>
        </p>
        <h1 className="draft-title">
          Compare {name} with the current text (revision {editable.version})
        </h1>
        <p className="draft-hint">
          {revision.editorName ? `Saved by ${revision.editorName}, ` : ''}
          {formatDateTime(revision.createdAt)}. Lines marked − are only in {name}; lines marked + are only in the current text.
        </p>
        {identical ? <p>It is the same as the current text.</p> : <LineDiffView hunks={hunks} label={`Differences between ${name} and the current text`} />}
        <form action={restoreRevisionAction} className="draft-actions">
          <input type="hidden" name="articleId" value={id} />
          <input type="hidden" name="revisionId" value={revision.id} />
          <input type="hidden" name="version" value={editable.version} />
          <button type="submit" className="draft-button-primary">
            Restore {name} as a new revision
          </button>
        </form>
      </div>
    </EditorShell>
  );
}
