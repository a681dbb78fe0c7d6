import type { Metadata } from 'next';
import Link from 'next/link';
import { DraftWorkspace } from '@/components/editor/draft/DraftWorkspace';
import { EditorShell } from '@/components/editor/EditorShell';
import { requireEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { loadDraftChoices } from '@/lib/editorial/draft-editor';
import { EMPTY_VALUES, initialFormState } from '@/lib/editorial/draft-form';
import { postedFormState } from '@/lib/editorial/posted-form-state';
import { uploadedPictureOf } from '@/lib/media/upload';
import { saveDraftAction } from '../draft-actions';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New article' };
// Per request, and without a Suspense boundary: the form must be in the HTML itself so it works
// without JavaScript (a streamed chunk needs a script to be revealed).
export const instant = false;

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const editor = await requireEditor(routes.editorNewArticle());
  const db = await getDb();
  const [choices, picture] = await Promise.all([loadDraftChoices(db), searchParams.then((query) => uploadedPictureOf(db, query.picture))]);
  const values = { ...EMPTY_VALUES, section: choices.sections[0]?.slug ?? '' };
  // A refused post without JavaScript comes back with its errors and text (posted-form-state.ts).
  const initialState = (await postedFormState()) ?? initialFormState(values, null, null);
  return (
    <EditorShell editorName={editor.name}>
      <div className="draft-page">
        <p className="draft-hint">
          <Link href={routes.editorHome()}>← All drafts</Link>
        </p>
        <h1 className="draft-title">New article</h1>
        <p className="draft-hint">It stays a draft, seen only by editors, until you publish it.</p>
        <DraftWorkspace
          action={saveDraftAction}
          initialState={initialState}
          choices={choices}
          submitLabel="Create draft"
          formKey="new"
          returnTo={routes.editorNewArticle()}
          picture={picture}
        />
      </div>
    </EditorShell>
  );
}
