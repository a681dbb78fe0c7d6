import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { listSectionsCached } from '@/lib/content/queries';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** 404 for addresses no route matches; it renders outside the public layout, so it brings the frame itself. */
export default async function NotFound() {
  // A 404 should still render if the database is away; the navigation is a nicety here.
  const sections = await listSectionsCached().catch(() => []);
  return (
    <SiteChrome sections={sections}>
      <NotFoundMessage />
    </SiteChrome>
  );
}
