import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EditorialList } from '@/components/editor/EditorialList';
import { EditorShell } from '@/components/editor/EditorShell';
import { requireEditor } from '@/lib/auth/session';
import { listEditorial } from '@/lib/content/repository';
import { getDb } from '@/lib/db/client';
import { createShareLinkAction } from './actions';

export const metadata: Metadata = { title: 'Dashboard' };

const LIST_LIMIT = 25;

async function Dashboard() {
  const editor = await requireEditor('/editor');
  const overview = await listEditorial(await getDb(), { limit: LIST_LIMIT });
  return (
    <EditorShell editorName={editor.name}>
      <h1 className="mb-6 font-serif text-3xl font-bold">Drafts and previews</h1>
      <div className="flex flex-col gap-10">
        <EditorialList title="Drafts" empty="No drafts." articles={overview.drafts} shareAction={createShareLinkAction} />
        <EditorialList
          title="Scheduled"
          empty="Nothing is scheduled."
          articles={overview.scheduled}
          shareAction={createShareLinkAction}
        />
        <EditorialList
          title="Recently published"
          empty="Nothing published yet."
          articles={overview.recentlyPublished}
          shareAction={createShareLinkAction}
        />
      </div>
    </EditorShell>
  );
}

export default function EditorDashboardPage() {
  return (
    <Suspense fallback={<p className="p-4">Loading the dashboard…</p>}>
      <Dashboard />
    </Suspense>
  );
}
