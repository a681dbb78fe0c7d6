import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { EditorialList } from '@/components/editor/EditorialList';
import { EditorShell } from '@/components/editor/EditorShell';
import { requireEditor } from '@/lib/auth/session';
import { listShareLinksFor } from '@/lib/preview';
import { listEditorial } from '@/lib/content/repository';
import { getDb } from '@/lib/db/client';
import { createShareLinkAction, revokeShareLinkAction } from './actions';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Dashboard' };

const LIST_LIMIT = 25;

async function Dashboard() {
  const editor = await requireEditor(routes.editorHome());
  const overview = await listEditorial(await getDb(), { limit: LIST_LIMIT });
  const listed = [...overview.drafts, ...overview.scheduled, ...overview.recentlyPublished].map((article) => article.id);
  const shares = Object.fromEntries(await listShareLinksFor(listed));
  const lists = { shareAction: createShareLinkAction, revokeAction: revokeShareLinkAction, shares };
  return (
    <EditorShell editorName={editor.name}>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Drafts and previews</h1>
        <Link href={routes.editorNewArticle()} className="inline-flex min-h-11 items-center rounded bg-accent px-3 text-sm font-semibold text-accent-ink no-underline">
          New article
        </Link>
      </div>
      <div className="flex flex-col gap-10">
        <EditorialList title="Drafts" empty="No drafts." articles={overview.drafts} {...lists} />
        <EditorialList title="Scheduled" empty="Nothing is scheduled." articles={overview.scheduled} {...lists} />
        <EditorialList title="Recently published" empty="Nothing published yet." articles={overview.recentlyPublished} {...lists} />
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
