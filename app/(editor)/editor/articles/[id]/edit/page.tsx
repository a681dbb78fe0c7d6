import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DraftWorkspace } from '@/components/editor/draft/DraftWorkspace';
import { DraftNotice } from '@/components/editor/draft/DraftNotice';
import { PublicationPanel } from '@/components/editor/draft/PublicationPanel';
import { RevisionList } from '@/components/editor/draft/RevisionList';
import { EditorShell } from '@/components/editor/EditorShell';
import { requireEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { loadDraftChoices, loadDraftEditor } from '@/lib/editorial/draft-editor';
import { initialFormState } from '@/lib/editorial/draft-form';
import { parseDraftNotice } from '@/lib/editorial/draft-notice';
import { postedFormState } from '@/lib/editorial/posted-form-state';
import { uploadedPictureOf } from '@/lib/media/upload';
import { routes } from '@/lib/routes';
import { publishDraftAction, restoreRevisionAction, saveDraftAction } from '../../draft-actions';

export const metadata: Metadata = { title: 'Edit article' };
// Per request, and without a Suspense boundary: see ../../new/page.tsx.
export const instant = false;

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function EditArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const editor = await requireEditor(routes.editorEdit(id));
  if (!ARTICLE_ID.test(id)) notFound();
  const db = await getDb();
  const [data, choices, query, posted] = await Promise.all([loadDraftEditor(db, id), loadDraftChoices(db), searchParams, postedFormState()]);
  if (!data) notFound();
  const { editable, values, revisions } = data;
  const notice = parseDraftNotice(query);
  const picture = await uploadedPictureOf(db, query.picture);
  // A refused post without JavaScript comes back with its errors and text (posted-form-state.ts).
  const initialState = posted?.articleId === editable.id ? posted : initialFormState(values, editable.id, editable.version);
  // A fresh form after each save (the URL changes), the same one when a refused post comes back.
  const formKey = ['saved', 'restored', 'published', 'opened'].map((name) => String(query[name] ?? '')).join('/');
  return (
    <EditorShell editorName={editor.name}>
      <div className="draft-page">
        <p className="draft-hint">
          <Link href={routes.editorHome()}>← All drafts</Link>
        </p>
        <h1 className="draft-title" lang={editable.snapshot.language}>
          Edit: {editable.snapshot.headline}
        </h1>
        <p className="draft-hint">
          Revision {editable.version} · {editable.live ? 'published' : editable.status}
          {' · '}
          <a href={routes.enablePreview(editable.id)}>Preview</a>
          {' · '}
          <Link href={routes.editorArticle(editable.id)}>Phone, desktop and social card</Link>
          {editable.live ? (
            <>
              {' · '}
              <a href={editable.path}>Public page</a>
            </>
          ) : null}
        </p>
        <DraftNotice notice={notice} />
        <DraftWorkspace
          action={saveDraftAction}
          initialState={initialState}
          choices={choices}
          submitLabel="Save"
          formKey={formKey}
          returnTo={routes.editorEdit(editable.id)}
          picture={picture}
        >
          <PublicationPanel article={editable} action={publishDraftAction} />
          <section aria-labelledby="revisions-title" className="draft-panel" id="revisions">
            <h2 id="revisions-title" className="draft-subtitle">
              Revisions
            </h2>
            <RevisionList articleId={editable.id} currentVersion={editable.version} revisions={revisions} restoreAction={restoreRevisionAction} />
          </section>
        </DraftWorkspace>
      </div>
    </EditorShell>
  );
}
